/** The value-zone shape, its parts bundled: schema, util, tool and styles. */
import './value-zone.css'
import { defineShape } from '../define-shape'
import { valueZoneShapeSchema } from './schema'
import { valueZoneTool } from './tool'
import { ValueZoneShapeUtil } from './util'

export const valueZoneShape = defineShape({
  schema: valueZoneShapeSchema,
  util: ValueZoneShapeUtil,
  tool: valueZoneTool,
})
