export {
  cubeboardRecords,
  cubeboardShapeUtils,
  cubeboardTools,
  createBoardStore,
  firstPageId,
  type BoardStoreOptions,
} from './board-store'
export {
  byIndex,
  createCubeItemId,
  cubeItemMigrations,
  cubeItemRecordInfo,
  cubeItemsOf,
  cubeItemValidator,
  cubeItemVersions,
  groupOf,
  indexAfterMove,
  isCubeItem,
  newCubeItem,
  type TLCubeItem,
  type TLCubeItemId,
} from './cube/item-record'
export {
  compactCubeSize,
  cubeShapeMigrations,
  cubeShapeProps,
  cubeShapeVersions,
  CubeShapeUtil,
  type CubeShapeProps,
  type TLCubeShape,
} from './cube/util'
export { deleteItemsWithTheirCube } from './cube/side-effects'
export { CubeTool } from './cube/tool'
export {
  boardDepartmentColours,
  departmentPalette,
  type DepartmentColours,
} from './cube/department-colours'
export {
  newOfferingItem,
  offeringItemName,
  offeringItemsOf,
  offeringItemValidator,
  type TLOfferingItem,
  type TLOfferingItemId,
} from './organisation/offering-record'
export { OrganisationShapeUtil, type TLOrganisationShape } from './organisation/util'
export {
  needsOf,
  newPersonaNeed,
  personaNeedValidator,
  type TLPersonaNeed,
  type TLPersonaNeedId,
} from './persona/need-record'
export { personaFace, PersonaShapeUtil, type TLPersonaShape } from './persona/util'
export {
  newValueLink,
  valueLinksOf,
  valueLinkValidator,
  type TLValueLink,
} from './value-zone/value-link-record'
export {
  checkValueLinkIn,
  linkEndOf,
  linkNeedToOffering,
  valueZoneCoverageOf,
} from './value-zone/board'
export { ValueZoneShapeUtil, type TLValueZoneShape } from './value-zone/util'
export {
  deleteValueZoneRecordsWithTheirShape,
  removeNeeds,
  removeOfferingItems,
} from './value-zone/side-effects'
export { OrganisationTool, PersonaTool, ValueZoneTool } from './value-zone/tools'
export { recordsFromModel } from './records-from-model'
export {
  serviceLinkShapeMigrations,
  serviceLinkShapeProps,
  serviceLinkShapeType,
  serviceLinkShapeVersions,
  ServiceLinkShapeUtil,
  type ServiceLinkShapeProps,
  type TLServiceLinkShape,
} from './service-link/util'
export {
  canLink,
  deleteLinksWithTheirItems,
  linkService,
  serviceLinksOf,
} from './service-link/links'
