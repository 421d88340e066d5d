/** The principles matrix shape, its parts bundled: schema, util, tool and styles. */
import './principles.css'
import { defineShape } from '../define-shape'
import { principlesShapeSchema } from './schema'
import { principlesTool } from './tool'
import { PrinciplesShapeUtil } from './util'

export const principlesShape = defineShape({
  schema: principlesShapeSchema,
  util: PrinciplesShapeUtil,
  tool: principlesTool,
})
