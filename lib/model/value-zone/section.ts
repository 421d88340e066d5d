/** The persona value zone as a section of the shared model (see ../section.ts). */
import { quoted } from '../names'
import { listIds, type ModelSection } from '../section'
import { valueZoneChanges } from './changes'
import { checkValueZone } from './check'
import { valueZoneHandout } from './handout'
import { needLabel, offeringLabel } from './names'
import { valueZoneReader } from './read'
import { searchValueZone } from './search'
import { valueZoneTables } from './tables'

export const valueZoneSection: ModelSection = {
  id: 'value-zone',
  reader: valueZoneReader,
  recordIds: (model) =>
    listIds(model, ['personas', 'needs', 'organisations', 'offerings', 'fulfilments']),
  things(model) {
    const personas = new Map(model.personas.map((persona) => [persona.id, persona.name]))
    const organisations = new Map(model.organisations.map((o) => [o.id, o.name]))
    return [
      ...model.personas.map((persona) => ({
        id: persona.id,
        label: `Persona ${quoted(persona.name)}`,
        text: persona.name,
        group: 'Personas',
      })),
      ...model.needs.map((need) => ({
        id: need.id,
        label: needLabel(need),
        text: need.text,
        group: personas.get(need.personaId) || 'Persona',
      })),
      ...model.organisations.map((organisation) => ({
        id: organisation.id,
        label: `Organisation ${quoted(organisation.name)}`,
        text: organisation.name,
        group: 'Organisations',
      })),
      ...model.offerings.map((offering) => ({
        id: offering.id,
        label: offeringLabel(offering),
        text: offering.text,
        group: organisations.get(offering.organisationId) || 'Organisation',
      })),
    ]
  },
  check: checkValueZone,
  changes: valueZoneChanges,
  search: searchValueZone,
  tables: valueZoneTables,
  handout: valueZoneHandout,
}
