/** The journey shape, its parts bundled: schema, util, tool and styles. */
// The record lists' styles are the value-zone cards'.
import '../value-zone/value-zone.css'
import './journey.css'
import { defineShape } from '../define-shape'
import { journeyShapeSchema } from './schema'
import { journeyTool } from './tool'
import { JourneyShapeUtil } from './util'

export const journeyShape = defineShape({
  schema: journeyShapeSchema,
  util: JourneyShapeUtil,
  tool: journeyTool,
})
