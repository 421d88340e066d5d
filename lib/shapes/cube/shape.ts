/** The cube shape, its parts bundled: schema, util, tool and styles. */
import './cube.css'
import { defineShape } from '../define-shape'
import { cubeShapeSchema } from './schema'
import { cubeTool } from './tool'
import { CubeShapeUtil } from './util'

export const cubeShape = defineShape({
  schema: cubeShapeSchema,
  util: CubeShapeUtil,
  tool: cubeTool,
})
