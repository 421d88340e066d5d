/**
 * The journey grid's measures, shared by the view (column widths, the experience line) and by
 * boards built from a model (a first size before the view measures the grid). No React.
 */
import type { Journey } from '@/lib/model'

export const journeyLayout = {
  /** The lanes' names, left of the cells. */
  laneHeaderWidth: 200,
  stageWidth: 230,
  /** Height of the experience line's band; −2 at the bottom, +2 at the top. */
  experienceHeight: 120,
  /** Room above the lanes: title, phases, stages and the experience line. */
  headerHeight: 330,
  /** An empty cell, and what each touchpoint adds to it. */
  cellHeight: 70,
  touchpointHeight: 60,
  /** Between two journeys built from one model. */
  gap: 80,

  /** The columns of a journey: each stage, and one for a phase that has none yet. */
  columnsOf<Phase extends { stages: readonly unknown[] }>(phases: readonly Phase[]): number {
    return phases.reduce((sum, phase) => sum + Math.max(1, phase.stages.length), 0)
  },

  /** The size a journey takes before its view has measured it. */
  sizeOf(journey: Journey): { w: number; h: number } {
    const w = this.laneHeaderWidth + Math.max(1, this.columnsOf(journey.phases)) * this.stageWidth
    const lanes = journey.lanes.map((lane) => {
      const perCell = new Map<string, number>()
      for (const t of journey.touchpoints) {
        if (t.laneId === lane.id) perCell.set(t.stageId, (perCell.get(t.stageId) ?? 0) + 1)
      }
      return this.cellHeight + Math.max(0, ...perCell.values()) * this.touchpointHeight
    })
    return { w, h: this.headerHeight + lanes.reduce((sum, h) => sum + h, 0) }
  },

  /** Where a stage's experience sits in the band: +2 near the top, −2 near the bottom. */
  experienceY(score: number): number {
    const margin = 16
    return margin + ((2 - score) / 4) * (this.experienceHeight - 2 * margin)
  },
}
