/**
 * The persona value-zone board: personas and their needs, an organisation's offerings and
 * the value zone between them. Its organisations take services from cubes on the board, so
 * it holds cubes and their links too, and the experience maps whose stages name its personas.
 */
import { cubeShapeType, serviceLinkShapeType } from '../../model/cubes/vocabulary'
import {
  organisationShapeType,
  personaShapeType,
  valueZoneShapeType,
} from '../../model/value-zone/vocabulary'
import { journeyShapeType } from '../../model/journey/vocabulary'
import { principlesShapeType } from '../../model/principles/vocabulary'
import { agendaStep, defineKind } from '../define-kind'

export const valueZoneKind = defineKind({
  id: 'value-zone',
  name: 'Value-zone board',
  shapes: [personaShapeType, organisationShapeType, valueZoneShapeType],
  sharedShapes: [cubeShapeType, serviceLinkShapeType, journeyShapeType, principlesShapeType],
  toolbar: [
    cubeShapeType,
    personaShapeType,
    valueZoneShapeType,
    organisationShapeType,
    principlesShapeType,
  ],
  templates: [
    {
      id: 'persona-value-zone',
      name: 'Persona value zone',
      description:
        'Two mortgage personas (a self-service home buyer, a corporate property client) with stated and unstated needs, the mortgage offerings, and the needs still unmet.',
    },
    {
      id: 'blank-value-zone',
      name: 'Blank value-zone board',
      description: 'A persona, a value zone and an organisation, empty, ready for your own.',
    },
  ],
  agenda: [
    agendaStep(1, 'Personas', 15),
    agendaStep(2, 'Stated and unstated needs', 20),
    agendaStep(3, 'Value zone: match offerings', 20),
    agendaStep(4, 'Gaps and next steps', 10),
  ],
  sections: ['value-zone', 'cubes', 'principles'],
})
