/**
 * The service-link shape, its parts bundled with the styles of drawing one by dragging;
 * links are made with the link dialog or by dragging from a service, not with a tool.
 */
import './link-drag.css'
import { defineShape } from '../define-shape'
import { serviceLinkShapeSchema } from './schema'
import { ServiceLinkShapeUtil } from './util'

export const serviceLinkShape = defineShape({
  schema: serviceLinkShapeSchema,
  util: ServiceLinkShapeUtil,
})
