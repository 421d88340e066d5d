/** The service-link shape, its parts bundled; links are made with the link dialog, not a tool. */
import { defineShape } from '../define-shape'
import { serviceLinkShapeSchema } from './schema'
import { ServiceLinkShapeUtil } from './util'

export const serviceLinkShape = defineShape({
  schema: serviceLinkShapeSchema,
  util: ServiceLinkShapeUtil,
})
