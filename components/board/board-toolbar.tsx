/** tldraw's toolbar and tool list with a board kind's tools: id, label, icon and key each. */
import {
  DefaultToolbar,
  DefaultToolbarContent,
  ToolbarItem,
  type TLComponents,
  type TLStateNodeConstructor,
  type TLUiOverrides,
} from 'tldraw'
import type { ShapeTool } from '@/lib/shapes/define-shape'

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
