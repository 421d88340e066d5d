/**
 * The model's answers as one JSON document, for scripts and pages
 * (`GET /api/boards/<id>/model/analysis`, documented in the README): each section's part,
 * their gaps side by side.
 */
import type { BoardModel } from './board-model'
import { cubeNetworkAnalysis, type CubeNetworkAnalysis } from './cubes/analysis'
import { valueZoneAnalysis, type ValueZoneAnalysis } from './value-zone/analysis'

export interface ModelAnalysis
  extends Omit<CubeNetworkAnalysis, 'gaps'>, Omit<ValueZoneAnalysis, 'gaps'> {
  gaps: CubeNetworkAnalysis['gaps'] & ValueZoneAnalysis['gaps']
}

export function modelAnalysis(model: BoardModel): ModelAnalysis {
  const cubes = cubeNetworkAnalysis(model)
  const valueZone = valueZoneAnalysis(model)
  return { ...cubes, ...valueZone, gaps: { ...cubes.gaps, ...valueZone.gaps } }
}
