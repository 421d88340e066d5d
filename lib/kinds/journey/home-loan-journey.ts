/**
 * The "Home loan journey" template's map: the self-service home buyer's journey through the
 * mortgage example (docs/domain.md §3b), its touchpoints linked to the Mortgage loan
 * network's cubes, with the two pain points of the seed workshops.
 */
import {
  laneKindNames,
  standardLaneKinds,
  type FaceItemKind,
  type Journey,
  type LaneKind,
  type PainSeverity,
} from '@/lib/model'
import { mortgageLoanNetwork } from '../cube-network/mortgage-loan-network'

/** One touchpoint as a workshop writes it: what, who, and what in the cube network it is. */
interface TouchpointSketch {
  text: string
  department: string
  /** [cube key, item kind, item text] of the Mortgage loan network. */
  link?: [string, FaceItemKind, string]
  pain?: { severity: PainSeverity; note: string }
}

interface StageSketch {
  key: string
  name: string
  experience: -2 | -1 | 0 | 1 | 2
  lanes: Partial<Record<LaneKind, TouchpointSketch[]>>
}

const retail = 'Retail Sales'

/** The phases, their stages and what happens in each lane, left to right. */
const homeLoanPhases: { key: string; name: string; stages: StageSketch[] }[] = [
  {
    key: 'become-aware',
    name: 'Become aware',
    stages: [
      {
        key: 'looks-for-a-loan',
        name: 'Looks for a home loan',
        experience: 1,
        lanes: {
          'customer-actions': [
            {
              text: 'Finds a home and compares loans',
              department: retail,
              link: ['home-loan', 'journey-step', 'Find a home'],
            },
          ],
          'front-stage': [
            {
              text: 'Loan calculator in the mobile app',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
            },
          ],
          'on-stage': [
            {
              text: 'Home loan campaign',
              department: retail,
              link: ['home-loan', 'product', 'Home Loan'],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'apply',
    name: 'Apply',
    stages: [
      {
        key: 'applies-in-the-app',
        name: 'Applies in the app',
        experience: 0,
        lanes: {
          'customer-actions': [
            {
              text: 'Fills in the application',
              department: retail,
              link: ['home-loan', 'journey-step', 'Apply in the app'],
            },
          ],
          'front-stage': [
            {
              text: 'Application form in the mobile app',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
            },
          ],
          'back-stage': [
            {
              text: 'Loan application registered',
              department: 'Loan Management',
              link: ['mortgage-loan', 'service', 'Loan Application'],
            },
          ],
        },
      },
      {
        key: 'sends-documents',
        name: 'Sends documents',
        experience: -2,
        lanes: {
          'customer-actions': [{ text: 'Uploads payslips and ID', department: retail }],
          'front-stage': [
            {
              text: 'Asked for the same documents twice',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
              pain: {
                severity: 2,
                note: 'KYC and the credit check each ask for payslips and ID',
              },
            },
          ],
          'back-stage': [
            {
              text: 'Customer identified and screened',
              department: 'CLM Department',
              link: ['customer-lifecycle-management', 'service', 'KYC'],
            },
          ],
        },
      },
      {
        key: 'waits-for-the-credit-check',
        name: 'Waits for the credit check',
        experience: -1,
        lanes: {
          'customer-actions': [{ text: 'Waits for an answer', department: retail }],
          'front-stage': [
            {
              text: 'No word while the credit check runs',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
              pain: { severity: 3, note: 'The app shows nothing for up to four hours' },
            },
          ],
          'on-stage': [
            {
              text: 'Advisor calls when the check stalls',
              department: retail,
              link: ['home-loan', 'product', 'Home Loan'],
            },
          ],
          'back-stage': [
            {
              text: 'Credit check',
              department: 'Risk Department',
              link: ['credit-risk', 'service', 'Credit Application'],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'decision',
    name: 'Decision',
    stages: [
      {
        key: 'gets-the-decision',
        name: 'Gets the decision',
        experience: 1,
        lanes: {
          'customer-actions': [{ text: 'Reads the decision', department: retail }],
          'front-stage': [
            {
              text: 'Decision shown in the mobile app',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
            },
          ],
          'back-stage': [
            {
              text: 'Credit decision',
              department: 'Risk Department',
              link: ['credit-risk', 'process-step', 'Credit decision'],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'pay-out',
    name: 'Pay out',
    stages: [
      {
        key: 'signs-and-gets-the-money',
        name: 'Signs and gets the money',
        experience: 2,
        lanes: {
          'customer-actions': [
            {
              text: 'Signs the loan agreement',
              department: retail,
              link: ['home-loan', 'journey-step', 'Sign digitally'],
            },
          ],
          'front-stage': [
            {
              text: 'Meets an advisor at the branch office',
              department: 'Corporate Sales',
              link: ['real-estate-loan', 'channel', 'Branch office'],
            },
          ],
          'back-stage': [
            {
              text: 'Loan paid out',
              department: 'Payment Department',
              link: ['payments', 'service', 'Loan disbursement'],
            },
          ],
        },
      },
    ],
  },
  {
    key: 'live-with-the-loan',
    name: 'Live with the loan',
    stages: [
      {
        key: 'pays-every-month',
        name: 'Pays every month',
        experience: 1,
        lanes: {
          'customer-actions': [{ text: 'Pays the monthly instalment', department: retail }],
          'front-stage': [
            {
              text: 'Loan overview in the mobile app',
              department: retail,
              link: ['home-loan', 'channel', 'Mobile app'],
            },
          ],
          'on-stage': [{ text: 'Yearly loan review', department: retail }],
          'back-stage': [
            {
              text: 'Interest and amortisation',
              department: 'Loan Management',
              link: ['mortgage-loan', 'service', 'Loan Administration'],
            },
          ],
        },
      },
    ],
  },
]

/** The home loan journey as a model journey, with ids that read ("journey_stage:sends-documents"). */
export function homeLoanJourney(): Journey {
  const departmentId = (name: string) => {
    const found = mortgageLoanNetwork.departments.find((department) => department.name === name)
    if (!found) throw new Error(`template: no department "${name}" in the Mortgage loan network`)
    return found.id
  }
  const itemId = ([cubeKey, kind, text]: [string, FaceItemKind, string]) => {
    const found = mortgageLoanNetwork.items.find(
      (item) => item.cubeId === `shape:${cubeKey}` && item.kind === kind && item.text === text,
    )
    if (!found) throw new Error(`template: no ${kind} "${text}" on cube ${cubeKey}`)
    return found.id
  }
  const laneId = (kind: LaneKind) => `journey_lane:${kind}`
  const stages = homeLoanPhases.flatMap((phase) => phase.stages)
  return {
    id: 'shape:home-loan-journey',
    title: 'Home loan journey',
    phases: homeLoanPhases.map((phase) => ({
      id: `journey_phase:${phase.key}`,
      name: phase.name,
      stages: phase.stages.map((stage) => ({
        id: `journey_stage:${stage.key}`,
        name: stage.name,
        // The persona is the board's; the template sets it once the personas are drawn.
        personaId: null,
        experience: stage.experience,
      })),
    })),
    lanes: standardLaneKinds.map((kind) => ({ id: laneId(kind), kind, name: laneKindNames[kind] })),
    touchpoints: stages.flatMap((stage) =>
      standardLaneKinds.flatMap((kind) =>
        (stage.lanes[kind] ?? []).map((t, n) => ({
          id: `journey_touchpoint:${stage.key}/${kind}/${n + 1}`,
          stageId: `journey_stage:${stage.key}`,
          laneId: laneId(kind),
          text: t.text,
          departmentId: departmentId(t.department),
          painPoint: t.pain ?? null,
          linkedId: t.link ? itemId(t.link) : null,
        })),
      ),
    ),
  }
}
