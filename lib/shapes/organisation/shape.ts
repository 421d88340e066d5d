/** The organisation shape, its parts bundled: schema, util, tool and styles. */
import '../value-zone/value-zone.css'
import { defineShape } from '../define-shape'
import { organisationShapeSchema } from './schema'
import { organisationTool } from './tool'
import { OrganisationShapeUtil } from './util'

export const organisationShape = defineShape({
  schema: organisationShapeSchema,
  util: OrganisationShapeUtil,
  tool: organisationTool,
})
