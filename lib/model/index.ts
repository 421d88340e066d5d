export * from './board-model'
export { modelFromRecords } from './read-records'
export {
  dependenciesOf,
  dependencyCycles,
  type CubeDependencies,
  type DependencyStep,
} from './dependencies'
export {
  departmentRelations,
  type DepartmentExchange,
  type DepartmentRelations,
} from './departments'
export { boardGaps, type BoardGaps, type CubeWithEmptyFaces } from './gaps'
export { formatCsv, type CsvTable } from './export/csv'
export { modelTables } from './export/tables'
export { serviceNetworkMermaid } from './export/mermaid'
export {
  exportFileName,
  isModelExportFile,
  modelExportFile,
  modelExportFiles,
  type ModelExportFile,
} from './export/files'
export { handoutSections, type HandoutSection } from './handout'
export { cubeTitles, cycleText, itemLabel, needLabel, offeringLabel, quoted } from './names'
export * from './cubes/vocabulary'
export * from './value-zone/vocabulary'
export * from './record-marks'
export { modelSectionIds, type KindWords, type ModelSectionId } from './words'
export {
  modelChanges,
  storedModel,
  type ModelChange,
  type ModelChangeKind,
  type Revisit,
} from './model-changes'
export { searchModel, type ModelMatch } from './search'
export { boardModelSchema } from './model-schema'
export {
  checkServiceLink,
  type ExistingServiceLink,
  type LinkableItem,
  type ServiceLinkVerdict,
} from './service-link-rules'
export {
  coverageByPersona,
  modelCoverage,
  formatPercent,
  type CoverageLink,
  type CoverageNeed,
  type NeedCount,
  type PersonaCoverage,
  type ValueZoneCoverage,
} from './value-zone-coverage'
export { checkValueLink, type ValueLinkEnd, type ValueLinkVerdict } from './value-link-rules'
