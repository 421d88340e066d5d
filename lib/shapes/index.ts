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
  cubeFaces,
  cubeItemMigrations,
  cubeItemRecordInfo,
  cubeItemsOf,
  cubeItemTypeName,
  cubeItemValidator,
  cubeItemVersions,
  faceOfKind,
  groupOf,
  indexAfterMove,
  isCubeItem,
  itemKindsByFace,
  kindsWithTerms,
  newCubeItem,
  type CubeFace,
  type CubeItemKind,
  type TLCubeItem,
  type TLCubeItemId,
} from './cube-item-record'
export {
  compactCubeSize,
  cubeShapeMigrations,
  cubeShapeProps,
  cubeShapeVersions,
  CubeShapeUtil,
  type CubeShapeProps,
  type TLCubeShape,
} from './cube-shape'
export { deleteItemsWithTheirCube } from './cube-side-effects'
export { CubeTool } from './cube-tool'
export { departmentColours, type DepartmentColours } from './department-colours'
export { recordsFromModel } from './records-from-model'
export {
  serviceLinkShapeMigrations,
  serviceLinkShapeProps,
  serviceLinkShapeType,
  serviceLinkShapeVersions,
  ServiceLinkShapeUtil,
  type ServiceLinkShapeProps,
  type TLServiceLinkShape,
} from './service-link-shape'
export { canLink, deleteLinksWithTheirItems, linkService, serviceLinksOf } from './service-links'
