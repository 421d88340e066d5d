import type { BoardModel, CubeFace } from './board-model'

/** The faces as the board names them. */
export const faceNames: Record<CubeFace, string> = {
  'front-stage': 'Front Stage',
  experience: 'Experience',
  'back-stage': 'Back Stage',
}

/** Cube titles by id, with a stand-in for a cube nobody named yet. */
export function cubeTitles(model: BoardModel): Map<string, string> {
  return new Map(model.cubes.map((cube) => [cube.id, cube.title || 'Untitled cube']))
}

/** "A → B → C → A": a dependency cycle written out, back to where it started. */
export function cycleText(cycle: string[], titles: Map<string, string>): string {
  return [...cycle, cycle[0]!].map((id) => titles.get(id)).join(' → ')
}
