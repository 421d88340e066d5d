/** tldraw's toolbar, tool list and style panel with a board kind's tools: id, label, icon and key each. */
import {
  DefaultStylePanel,
  DefaultToolbar,
  DefaultToolbarContent,
  ToolbarItem,
  useEditor,
  useValue,
  type TLComponents,
  type TLStateNodeConstructor,
  type TLUiOverrides,
  type TLUiStylePanelProps,
} from 'tldraw'
import type { ShapeTool } from '@/lib/shapes/define-shape'
import { unstyledShapeTypes } from '@/lib/shapes/shared/card-types'

export interface BoardToolbar {
  /** The tools themselves, for `<Tldraw tools>`. */
  tools: readonly TLStateNodeConstructor[]
  /** Puts the tools in tldraw's tool list, with their labels and keys. */
  overrides: TLUiOverrides
  /** tldraw's toolbar with these tools first after select and hand. */
  components: TLComponents
}

export function boardToolbar(tools: readonly ShapeTool[]): BoardToolbar {
  const idOf = (tool: ShapeTool) => tool.tool.id
  return {
    tools: tools.map((tool) => tool.tool),
    overrides: {
      tools(editor, existing) {
        for (const tool of tools) {
          existing[idOf(tool)] = {
            id: idOf(tool),
            label: `tool.${idOf(tool)}`,
            icon: tool.icon,
            kbd: tool.kbd,
            onSelect() {
              editor.setCurrentTool(idOf(tool))
            },
          }
        }
        return existing
      },
      translations: {
        en: Object.fromEntries(tools.map((tool) => [`tool.${idOf(tool)}`, tool.label])),
      },
    },
    components: {
      StylePanel: BoardStylePanel,
      Toolbar: (props) => (
        <DefaultToolbar {...props}>
          {tools.map((tool) => (
            <ToolbarItem key={idOf(tool)} tool={idOf(tool)} />
          ))}
          <DefaultToolbarContent />
        </DefaultToolbar>
      ),
    },
  }
}

/**
 * tldraw's style panel, except while it could only change Cubeboard's own shapes (a cube,
 * persona… selected, or its tool in hand): their look comes from the board, not the styles.
 */
function BoardStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor()
  const stylesDoNothing = useValue(
    'styles do nothing',
    () => {
      const selected = editor.getSelectedShapes()
      if (selected.length > 0) {
        return selected.every((shape) => unstyledShapeTypes.includes(shape.type))
      }
      return unstyledShapeTypes.includes(editor.getCurrentToolId())
    },
    [editor],
  )
  return stylesDoNothing ? null : <DefaultStylePanel {...props} />
}
