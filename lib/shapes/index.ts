/**
 * Cubeboard's shapes as data and store helpers, without React: schemas, records and their
 * queries, the board store, side effects and links. The React parts (utils, views, tools)
 * are reached through definitions.ts.
 */
export { boardSchema, createBoardStore, firstPageId, type BoardStoreOptions } from './board-store'
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
  cubeShapeMigrations,
  cubeShapeProps,
  cubeShapeSchema,
  cubeShapeVersions,
  type CubeShapeProps,
  type TLCubeShape,
} from './cube/schema'
export { deleteItemsWithTheirCube } from './cube/side-effects'
export {
  coloursOfDepartment,
  departmentColoursOf,
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
export { organisationShapeSchema, type TLOrganisationShape } from './organisation/schema'
export {
  needsOf,
  newPersonaNeed,
  personaNeedValidator,
  type TLPersonaNeed,
  type TLPersonaNeedId,
} from './persona/need-record'
export { personaFace, personaShapeSchema, type TLPersonaShape } from './persona/schema'
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
  refusalAsNeed,
  refusalAsOffering,
  valueZoneCoverageOf,
} from './value-zone/board'
export { valueZoneShapeSchema, type TLValueZoneShape } from './value-zone/schema'
export {
  deleteNeedsWithTheirPersona,
  deleteOfferingsWithTheirOrganisation,
  deleteValueLinksWithTheirEnds,
  removeNeeds,
  removeOfferingItems,
} from './value-zone/side-effects'
export { recordsFromModel } from './records-from-model'
export { tidyUp } from './cube/tidy-up'
export { typeIntoShapes } from './shared/type-into-shapes'
export { undoKeysWhileEditing } from './shared/undo-keys'
export {
  serviceLinkShapeMigrations,
  serviceLinkShapeProps,
  serviceLinkShapeSchema,
  serviceLinkShapeVersions,
  type ServiceLinkShapeProps,
  type TLServiceLinkShape,
} from './service-link/schema'
export {
  canLink,
  deleteLinksWithTheirItems,
  keepLinksOnThePage,
  linkService,
  serviceLinksOf,
} from './service-link/links'
export { linkServiceUndoably } from './service-link/link-drag'
export {
  itemHolderTypes,
  privateRecordTypes,
  schemasOf,
  shapeHolding,
  shapeSchemas,
  shapeTypesInModel,
} from './schemas'
export { keepRecordsWhole, type ShapeSchema } from './shape-schema'
