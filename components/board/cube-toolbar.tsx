import {
  DefaultToolbar,
  DefaultToolbarContent,
  ToolbarItem,
  type TLComponents,
  type TLUiOverrides,
} from 'tldraw'

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

/** Puts the cube tool in tldraw's tool list, under the "c" key. */
export const cubeToolOverrides: TLUiOverrides = {
  tools(editor, tools) {
    tools.cube = {
      id: 'cube',
      label: 'tool.cube',
      icon: <CubeIcon />,
      kbd: 'c',
      onSelect() {
        editor.setCurrentTool('cube')
      },
    }
    return tools
  },
  translations: { en: { 'tool.cube': 'Cube' } },
}

/** tldraw's toolbar with the cube tool first after select and hand. */
export const cubeToolbarComponents: TLComponents = {
  Toolbar: (props) => (
    <DefaultToolbar {...props}>
      <ToolbarItem tool="cube" />
      <DefaultToolbarContent />
    </DefaultToolbar>
  ),
}
