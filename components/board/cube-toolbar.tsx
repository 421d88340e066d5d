import {
  DefaultStylePanel,
  DefaultToolbar,
  DefaultToolbarContent,
  ToolbarItem,
  useEditor,
  useValue,
  type TLComponents,
  type TLUiOverrides,
  type TLUiStylePanelProps,
} from 'tldraw'
import { unstyledShapeTypes } from '@/lib/shapes/shared/card-types'

/** The cube tool's icon: a small isometric box, drawn like the cubes themselves. */
function CubeIcon() {
  return (
    <div>
      <svg viewBox="0 0 30 30" width="100%" height="100%" aria-hidden="true">
        <g fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
          <polygon points="15,4 26,9 15,14 4,9" />
          <polyline points="4,9 4,21 15,26 26,21 26,9" />
          <line x1="15" y1="14" x2="15" y2="26" />
        </g>
      </svg>
    </div>
  )
}

/** A value-zone tool's icon: a glyph, so each reads at a glance in the toolbar. */
function GlyphIcon({ glyph }: { glyph: string }) {
  return (
    <div aria-hidden="true" style={{ fontSize: 16, lineHeight: 1 }}>
      {glyph}
    </div>
  )
}

/** Cubeboard's tools: id, label, icon and key (tldraw's own keys left as they are). */
const boardTools = [
  { id: 'cube', label: 'Cube', icon: <CubeIcon />, kbd: 'c' },
  { id: 'persona', label: 'Persona', icon: <GlyphIcon glyph="☺" />, kbd: 'p' },
  { id: 'value_zone', label: 'Value zone', icon: <GlyphIcon glyph="⇄" /> },
  { id: 'organisation', label: 'Organisation', icon: <GlyphIcon glyph="▦" /> },
] as const

/** Puts Cubeboard's tools in tldraw's tool list ("c" cube, "p" persona). */
export const cubeToolOverrides: TLUiOverrides = {
  tools(editor, tools) {
    for (const tool of boardTools) {
      tools[tool.id] = {
        id: tool.id,
        label: `tool.${tool.id}`,
        icon: tool.icon,
        kbd: 'kbd' in tool ? tool.kbd : undefined,
        onSelect() {
          editor.setCurrentTool(tool.id)
        },
      }
    }
    return tools
  },
  translations: {
    en: Object.fromEntries(boardTools.map((tool) => [`tool.${tool.id}`, tool.label])),
  },
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
      if (selected.length > 0)
        return selected.every((shape) => unstyledShapeTypes.includes(shape.type))
      return unstyledShapeTypes.includes(editor.getCurrentToolId())
    },
    [editor],
  )
  return stylesDoNothing ? null : <DefaultStylePanel {...props} />
}

/** tldraw's toolbar with Cubeboard's tools first after select and hand, and its style panel. */
export const cubeToolbarComponents: TLComponents = {
  StylePanel: BoardStylePanel,
  Toolbar: (props) => (
    <DefaultToolbar {...props}>
      {boardTools.map((tool) => (
        <ToolbarItem key={tool.id} tool={tool.id} />
      ))}
      <DefaultToolbarContent />
    </DefaultToolbar>
  ),
}
