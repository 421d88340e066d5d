/**
 * Every board kind, in the order the dashboard and the template picker list them. A new kind
 * is a folder beside these with its kind.ts (and templates.ts), and one line here.
 */
import { cubeNetworkKind } from './cube-network/kind'
import type { BoardKindDefinition } from './define-kind'
import { journeyKind } from './journey/kind'
import { valueZoneKind } from './value-zone/kind'

export const boardKinds = [cubeNetworkKind, valueZoneKind, journeyKind] as const

export type BoardKind = (typeof boardKinds)[number]['id']

export const boardKindIds = boardKinds.map((kind) => kind.id) as [BoardKind, ...BoardKind[]]

/** The kind of a board made without saying which. */
export const defaultBoardKind: BoardKind = cubeNetworkKind.id

export function boardKind(id: BoardKind): BoardKindDefinition {
  return boardKinds.find((kind) => kind.id === id)!
}
