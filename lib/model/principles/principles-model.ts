/**
 * The principles matrix's part of the shared model: the principles (five standard ones and
 * any a workshop adds) against the board's business units (its departments), each cell
 * saying who is responsible and who contributes (docs/domain.md §4).
 */
import type { PrincipleKey, PrincipleRole } from './vocabulary'

export interface PrinciplesMatrix {
  id: string
  title: string
  /** In order, top to bottom. */
  rows: PrincipleRow[]
  /** Row by row, in department order. */
  cells: PrincipleCell[]
}

export interface PrincipleRow {
  id: string
  /** One of the five principles, or null for one the workshop adds. */
  key: PrincipleKey | null
  name: string
}

export interface PrincipleCell {
  rowId: string
  departmentId: string
  role: PrincipleRole
  /** Why, or how; '' when none is written. */
  note: string
}

/** The principles matrices of a board. */
export interface PrinciplesMatrices {
  principles: PrinciplesMatrix[]
}
