/**
 * The shared model of a board (plain TypeScript: no React, tldraw, Yjs or database): its
 * types, its vocabulary, how it is read from a board's records, the questions it answers
 * and its exports. Everything outside lib/model imports it from here.
 */
export * from './board-model'
export * from './cubes/vocabulary'
export * from './value-zone/vocabulary'
export * from './journey/vocabulary'
export * from './principles/vocabulary'
export * from './record-marks'
export type { KindWords } from './words'
export {
  modelSectionIds,
  type HandoutSection,
  type ModelMatch,
  type ModelSection,
  type ModelSectionId,
  type NamedThing,
} from './section'
export { modelSections, modelThings } from './sections'
export { modelFromRecords } from './read-records'
export { boardModelSchema } from './model-schema'
export { isStorableText, modelProblems, storableCopy, storableJson } from './model-check'
export { jsonPath, problemsOfIssues, type ModelProblem } from './problems'
export { counted, quoted } from './names'
export { conflictText, cubeTitles, cycleText, itemLabel } from './cubes/names'
export { needLabel, offeringLabel } from './value-zone/names'
export { stageLabel, stagesOf, touchpointLabel } from './journey/names'
export {
  checkTouchpointLink,
  linkableKindsByLane,
  type TouchpointLinkVerdict,
  type TouchpointTarget,
} from './journey/touchpoint-link-rules'
export {
  cycleAnalysis,
  dependenciesOf,
  dependencyCycles,
  type CubeDependencies,
  type CycleAnalysis,
  type CycleLimits,
  type DependencyStep,
} from './cubes/dependencies'
export {
  departmentRelations,
  foldedDepartment,
  type DepartmentExchange,
  type DepartmentRelations,
} from './cubes/departments'
export {
  checkServiceLink,
  keptAndConflictingLinks,
  type DrawnLink,
  type ExistingServiceLink,
  type LinkableItem,
  type ServiceLinkVerdict,
} from './cubes/service-link-rules'
export { serviceNetworkMermaid } from './cubes/mermaid'
export {
  coverageByPersona,
  modelCoverage,
  formatPercent,
  type CoverageLink,
  type CoverageNeed,
  type NeedCount,
  type PersonaCoverage,
  type ValueZoneCoverage,
} from './value-zone/coverage'
export {
  checkValueLink,
  type ValueLinkEnd,
  type ValueLinkVerdict,
} from './value-zone/value-link-rules'
export {
  modelAnalysis,
  modelAnswer,
  type ModelAnalysis,
  type ModelAnswer,
  type ModelQuestion,
} from './analysis'
export {
  failedCubeIds,
  impactChoices,
  impactNames,
  impactOf,
  type Impact,
  type ImpactChoice,
} from './impact'
export type { NamedItem, ReachedCube } from './cubes/analysis'
export { boardGaps, type BoardGaps, type CubeWithEmptyFaces } from './gaps'
export { formatCsv, type CsvTable } from './export/csv'
export { modelTables } from './export/tables'
export {
  exportFileName,
  exportFilesOf,
  isModelExportFile,
  modelExportFile,
  modelExportFiles,
  type ModelExportFile,
} from './export/files'
export { handoutSections } from './handout'
export {
  modelChanges,
  storedModel,
  type ModelChange,
  type ModelChangeKind,
  type Revisit,
} from './model-changes'
export { searchModel } from './search'
export {
  traceNetworkOf,
  unpackTraceNetwork,
  type TraceNetwork,
  type TracedCubes,
} from './cubes/trace-network'
