/** tldraw's style panel, shown only when there is a style to set. */
import {
  DefaultStylePanel,
  useEditor,
  useRelevantStyles,
  useValue,
  type TLUiStylePanelProps,
} from 'tldraw'

/**
 * Cubes, personas, organisations and value zones have no tldraw styles (colour, fill, dash,
 * size): for them tldraw's panel held only an opacity slider that did nothing visible. It
 * shows when the selection, or the shape the current tool makes, has a style to set. With
 * nothing selected and the select tool in hand, tldraw would offer the styles of shapes yet
 * to be drawn, covering the board's corner in every workshop; they show once a drawing
 * tool is picked.
 */
export function StylePanelWhenStyled(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const styles = useRelevantStyles()
  const idle = useValue(
    'nothing to style',
    () => editor.isIn('select') && editor.getSelectedShapeIds().length === 0,
    [editor],
  )
  if (idle || !styles || styles.size === 0) return null
  return <DefaultStylePanel {...props} styles={styles} />
}
