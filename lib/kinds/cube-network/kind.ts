/**
 * The cube board: departments' offerings as cubes, linked into a service network. Its
 * session goes on to personas, the value zone and the experience map, so it holds those
 * shapes too.
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

export const cubeNetworkKind = defineKind({
  id: 'cube',
  name: 'Cube board',
  shapes: [cubeShapeType, serviceLinkShapeType],
  sharedShapes: [
    personaShapeType,
    organisationShapeType,
    valueZoneShapeType,
    journeyShapeType,
    principlesShapeType,
  ],
  toolbar: [
    cubeShapeType,
    personaShapeType,
    valueZoneShapeType,
    organisationShapeType,
    principlesShapeType,
  ],
  templates: [
    {
      id: 'blank-cube',
      name: 'Blank cube board',
      description: 'An empty board for drawing your own cubes and service links.',
    },
    {
      id: 'mortgage-loan-network',
      name: 'Mortgage loan network',
      description:
        'The worked example: Home Loan and Real Estate Loan, the Mortgage Loan behind both, Credit Risk, Customer Lifecycle Management, Payments and Reporting, with their service links.',
    },
  ],
  agenda: [
    agendaStep(1, 'Map the cubes', 20),
    agendaStep(2, 'Link services', 20),
    agendaStep(3, 'Personas', 15),
    agendaStep(4, 'Value zone', 20),
  ],
  sections: ['cubes', 'value-zone', 'principles'],
})
