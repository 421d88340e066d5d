// The departments of the cubes on a board, and the colours they take there.
import { computed, type Computed, type Editor } from 'tldraw'
import { cubeShapeType } from '@/lib/model'
import { departmentColoursOf, type DepartmentColours } from './department-colours'
import type { TLCubeShape } from './schema'

const departmentsPerEditor = new WeakMap<Editor, Computed<string>>()
const coloursPerEditor = new WeakMap<Editor, Computed<Map<string, DepartmentColours>>>()

/**
 * The departments the editor's cubes name, as written, sorted and one per line: worked out
 * once for the board and again only when a department is named or renamed (a cube moving
 * leaves it as it is, so what reads it is not drawn again on every drag).
 */
export function cubeDepartmentsOn(editor: Editor): Computed<string> {
  let departments = departmentsPerEditor.get(editor)
  if (!departments) {
    const cubes = editor.store.query.records('shape', () => ({ type: { eq: cubeShapeType } }))
    departments = computed('board departments', () =>
      [...new Set((cubes.get() as TLCubeShape[]).map((cube) => cube.props.department))]
        .sort()
        .join('\n'),
    )
    departmentsPerEditor.set(editor, departments)
  }
  return departments
}

/**
 * The colours of the departments on the editor's board, worked out once for all its cubes
 * (each cube reads its own from it) and again only when a department is named or renamed.
 */
export function departmentColoursOn(editor: Editor): Computed<Map<string, DepartmentColours>> {
  let colours = coloursPerEditor.get(editor)
  if (!colours) {
    const departments = cubeDepartmentsOn(editor)
    colours = computed('department colours', () =>
      departmentColoursOf(departments.get().split('\n')),
    )
    coloursPerEditor.set(editor, colours)
  }
  return colours
}
