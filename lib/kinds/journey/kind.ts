/**
 * The customer-experience map board: a journey's phases and stages against the lanes of what
 * the customer does and sees and what the business does on and behind the stage. Its
 * touchpoints point at cubes' channels, services and processes and its stages at personas,
 * so it holds the cube network and the value zone too: all three kinds meet on one board.
 */
import { cubeShapeType, serviceLinkShapeType } from '../../model/cubes/vocabulary'
import { journeyShapeType } from '../../model/journey/vocabulary'
import {
  organisationShapeType,
  personaShapeType,
  valueZoneShapeType,
} from '../../model/value-zone/vocabulary'
import { principlesShapeType } from '../../model/principles/vocabulary'
import { agendaStep, defineKind } from '../define-kind'

export const journeyKind = defineKind({
  id: 'journey',
  name: 'Experience map board',
  shapes: [journeyShapeType],
  sharedShapes: [
    cubeShapeType,
    serviceLinkShapeType,
    personaShapeType,
    organisationShapeType,
    valueZoneShapeType,
    principlesShapeType,
  ],
  toolbar: [
    journeyShapeType,
    cubeShapeType,
    personaShapeType,
    valueZoneShapeType,
    organisationShapeType,
    principlesShapeType,
  ],
  templates: [
    {
      id: 'blank-journey',
      name: 'Blank experience map',
      description:
        'One experience map with the four standard lanes (customer actions, front-stage channels, on-stage activities, back-stage capabilities), one phase and one stage.',
    },
    {
      id: 'home-loan-journey',
      name: 'Home loan journey',
      description:
        'The self-service home buyer’s journey from becoming aware to living with the loan, linked to the Mortgage loan network’s cubes and the two mortgage personas, with two pain points.',
    },
  ],
  agenda: [
    agendaStep(1, 'Phases and stages', 15),
    agendaStep(2, 'Touchpoints, lane by lane', 25),
    agendaStep(3, 'Experience line and pain points', 15),
    agendaStep(4, 'Link to the cubes: who feels it if it fails', 15),
  ],
  sections: ['journey', 'cubes', 'value-zone', 'principles'],
})
