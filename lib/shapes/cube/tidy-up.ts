/**
 * "Tidy up": moves the cubes of the current page to where the network layout puts them
 * (consumers above providers, departments together, no overlaps), as one undo step.
 */
import type { Editor, TLShapeId } from 'tldraw'
import { modelFromRecords } from '@/lib/model'
import { layoutNetwork } from '@/lib/model/layout/network-layout'
import type { TLCubeShape } from './schema'
import { cubeDisplaySize } from './util'

/** What a tidy-up did, or why it did nothing. */
export type TidyUpResult = { moved: number } | { refused: string }

/**
 * Lays out the current page's cubes as their network, from where the cubes' top-left corner
 * is now so the board does not jump away, and shows them all. Cubes in frames come out onto
 * the page (a frame would hide a cube laid out beyond its edge). `mayMove` says whether this
 * person may move a cube (locks); when one may not, nothing moves.
 */
export function tidyUpCubes(
  editor: Editor,
  mayMove: (cube: TLCubeShape) => boolean = () => true,
): TidyUpResult {
  const cubes = editor
    .getCurrentPageShapes()
    .filter((shape): shape is TLCubeShape => shape.type === 'cube')
  if (cubes.length === 0) return { refused: 'There are no cubes on this board to tidy up.' }
  const locked = cubes.filter((cube) => !mayMove(cube)).length
  if (locked > 0) {
    return {
      refused: `${locked === 1 ? 'One cube is' : `${locked} cubes are`} locked; a facilitator can tidy up the board.`,
    }
  }
  const model = modelFromRecords(editor.store.allRecords())
  const inModel = new Map(model.cubes.map((cube) => [cube.id, cube]))
  const byId = new Map(cubes.map((cube) => [cube.id as string, cube]))
  const layout = layoutNetwork(
    {
      // A private cube is not in the model yet: it goes with the cubes without a department.
      cubes: cubes.map(
        (cube) => inModel.get(cube.id) ?? { id: cube.id, title: '', departmentId: '' },
      ),
      serviceLinks: model.serviceLinks,
    },
    { sizeOf: (id) => cubeDisplaySize(byId.get(id)!) },
  )
  const origin = cubes
    .map((cube) => editor.getShapePageBounds(cube)!)
    .reduce((at, bounds) => ({ x: Math.min(at.x, bounds.x), y: Math.min(at.y, bounds.y) }), {
      x: Infinity,
      y: Infinity,
    })
  const pageId = editor.getCurrentPageId()
  editor.markHistoryStoppingPoint('tidy up')
  editor.run(() => {
    const framed = cubes.filter((cube) => cube.parentId !== pageId).map((cube) => cube.id)
    if (framed.length > 0) editor.reparentShapes(framed, pageId)
    editor.updateShapes(
      cubes.map((cube) => {
        const box = layout.cubes[cube.id]!
        return {
          id: cube.id as TLShapeId,
          type: 'cube' as const,
          x: origin.x + box.x,
          y: origin.y + box.y,
          rotation: 0,
        }
      }),
    )
  })
  editor.zoomToFit({ animation: { duration: 200 } })
  return { moved: cubes.length }
}
