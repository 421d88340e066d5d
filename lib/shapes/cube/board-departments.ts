// The departments of the cubes on a board, and the colours they take there.
import { computed, type Computed, type Editor } from 'tldraw'
import { cubeShapeType } from '@/lib/model'
import { departmentColoursOf, type DepartmentColours } from './department-colours'
import type { TLCubeShape } from './schema'

const perEditor = new WeakMap<Editor, Computed<Map<string, DepartmentColours>>>()

/**
 * The colours of the departments on the editor's board, worked out once for all its cubes
 * (each cube reads its own from it) and again only when a department is named or renamed.
 */
export function departmentColoursOn(editor: Editor): Computed<Map<string, DepartmentColours>> {
  let colours = perEditor.get(editor)
  if (!colours) {
    const cubes = editor.store.query.records('shape', () => ({ type: { eq: cubeShapeType } }))
    const departments = computed('board departments', () =>
      [...new Set((cubes.get() as TLCubeShape[]).map((cube) => cube.props.department))]
        .sort()
        .join('\n'),
    )
    colours = computed('department colours', () =>
      departmentColoursOf(departments.get().split('\n')),
    )
    perEditor.set(editor, colours)
  }
  return colours
}
