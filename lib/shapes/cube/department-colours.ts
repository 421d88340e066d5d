/**
 * The colours a cube takes from its department: twelve light tints that stay clearly apart
 * for people with every common kind of colour blindness (test/shapes/cube/department-colours.test.ts
 * checks it), given out in the order departments appear on the board, so up to twelve
 * departments never share one. The department's name is always written on the cube as
 * well, because colour must never be the only signal.
 */
import { computed, type Computed, type Editor } from 'tldraw'
import { foldedDepartment } from '@/lib/model/cubes/departments'

export interface DepartmentColours {
  /** The top face, where the title and the department are written. */
  top: string
  /** The left side face (lit), a little darker than the top. */
  left: string
  /** The right side face (in shade), darker again: the three tones make it read as a box. */
  right: string
  /** Edges, face headings and the department's name: dark enough to read on every face. */
  edge: string
}

/**
 * Twelve tints (CIE L* 76–91) chosen so every pair differs by at least ΔE 9 (CIE76) in
 * normal vision and in simulated protanopia, deuteranopia and tritanopia, by lightness as
 * well as hue; dark text on every face keeps a contrast of 6:1 or more. In the order they
 * are given out: each differs most from those before it.
 */
export const departmentTints = [
  '#a1bfd7',
  '#dbb772',
  '#64ceab',
  '#dcecb6',
  '#c0b2fb',
  '#c1ecfb',
  '#7ef1d3',
  '#c4bd89',
  '#f7da90',
  '#c8d3fd',
  '#8ecfcb',
  '#faa4a9',
] as const

const noDepartment = '#eceef1'

/** The three face tones and the edge of one tint: shades of it, mixed towards black. */
function coloursOf(tint: string): DepartmentColours {
  return {
    top: tint,
    left: shade(tint, 0.05),
    right: shade(tint, 0.1),
    edge: shade(tint, 0.68),
  }
}

function shade(hex: string, towardsBlack: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  return `#${channels
    .map((channel) =>
      Math.round(channel * (1 - towardsBlack))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

const palette = departmentTints.map(coloursOf)
const neutral = coloursOf(noDepartment)

/**
 * Colours by department, for departments in the order they appear on the board: the nth
 * department gets the nth tint (after twelve they repeat), so the first twelve never share
 * one and a department keeps its colour when others are added after it.
 */
export function departmentPalette(
  departmentsInOrder: readonly string[],
): (department: string) => DepartmentColours {
  const byId = new Map<string, DepartmentColours>()
  for (const written of departmentsInOrder) {
    const { id } = foldedDepartment(written)
    if (id && !byId.has(id)) byId.set(id, palette[byId.size % palette.length]!)
  }
  return (department) => byId.get(foldedDepartment(department).id) ?? neutral
}

const boardPalettes = new WeakMap<Editor, Computed<(department: string) => DepartmentColours>>()

/**
 * The colours of a department on the editor's page. Departments count in the order they
 * appeared: by each one's oldest cube in the page's stacking order (new shapes go on top),
 * which every participant's store agrees on. Worked out once per change of the page, for
 * all cubes together.
 */
export function boardDepartmentColours(editor: Editor, department: string): DepartmentColours {
  let palette = boardPalettes.get(editor)
  if (!palette) {
    palette = computed('department palette', () =>
      departmentPalette(
        editor
          .getCurrentPageShapesSorted()
          .flatMap((shape) => (shape.type === 'cube' ? [shape.props.department] : [])),
      ),
    )
    boardPalettes.set(editor, palette)
  }
  return palette.get()(department)
}
