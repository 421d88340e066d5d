/** The persona shape, its parts bundled: schema, util, tool and styles. */
import '../value-zone/value-zone.css'
import { defineShape } from '../define-shape'
import { personaShapeSchema } from './schema'
import { personaTool } from './tool'
import { PersonaShapeUtil } from './util'

export const personaShape = defineShape({
  schema: personaShapeSchema,
  util: PersonaShapeUtil,
  tool: personaTool,
})
