/** tldraw's style panel, shown only when there is a style to set. */
import { DefaultStylePanel, useRelevantStyles, type TLUiStylePanelProps } from 'tldraw'

/**
 * Cubes, personas, organisations and value zones have no tldraw styles (colour, fill, dash,
 * size): for them tldraw's panel held only an opacity slider that did nothing visible. It
 * shows when the selection, or the shape the current tool makes, has a style to set.
 */
export function StylePanelWhenStyled(props: TLUiStylePanelProps) {
  const styles = useRelevantStyles()
  if (!styles || styles.size === 0) return null
  return <DefaultStylePanel {...props} styles={styles} />
}
