/**
 * The value-zone templates' contents: the mortgage personas against the offerings, and a blank
 * zone.
 */
import {
  createShapeId,
  getIndexAbove,
  type IndexKey,
  type TLPageId,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import {
  newOfferingItem,
  newPersonaNeed,
  newValueLink,
  type TLOfferingItem,
  type TLPersonaNeed,
} from '@/lib/shapes'
import {
  organisationShapeType,
  personaShapeType,
  valueZoneShapeType,
  type OfferingKind,
} from '@/lib/model'

/**
 * The "Persona value zone" templates: the mortgage example's personas lined up against the
 * offerings of the mortgage cubes (docs/domain.md §2–3), and a blank value-zone board. Each
 * builder fills a board's store (at creation, before anyone joins), with the personas on the
 * left, the value zone in the middle and the organisation on the right.
 */

/** Where the three columns of a value-zone board sit. */
const layout = {
  personaX: 0,
  zoneX: 380,
  organisationX: 880,
  /** Room for a persona's five or six needs with their links, and the gap to the next. */
  personaHeight: 560,
  personaGap: 40,
  /** Two personas tall. */
  height: 1160,
} as const

interface PersonaSketch {
  name: string
  description: string
  face: string
  needs: { text: string; stated: boolean; fulfilledBy?: string; note?: string }[]
}

/** The self-service retail customer and the corporate property client of the seeds. */
const mortgagePersonas: PersonaSketch[] = [
  {
    name: 'Self-service home buyer',
    description: 'Retail customer buying a first home, does everything in the mobile app',
    face: 'HB',
    needs: [
      { text: 'Apply for a home loan from my phone', stated: true, fulfilledBy: 'Home Loan' },
      {
        text: 'Know within two days whether I get the loan',
        stated: true,
        fulfilledBy: 'Credit Application',
        note: 'automated decision',
      },
      { text: 'See my repayment plan before I sign', stated: true },
      {
        text: 'The money is paid out on the agreed day',
        stated: false,
        fulfilledBy: 'Loan disbursement',
      },
      { text: 'Told at once when something is missing in my application', stated: false },
      { text: 'My personal data is kept safe', stated: false },
    ],
  },
  {
    name: 'Corporate property client',
    description: 'Property company financing real estate with a relationship manager at a branch',
    face: 'CP',
    needs: [
      { text: 'A personal advisor at the branch', stated: true, fulfilledBy: 'Real Estate Loan' },
      {
        text: 'ESG figures for our financed properties',
        stated: true,
        fulfilledBy: 'ESG reporting',
      },
      { text: 'Several properties financed in one agreement', stated: true },
      {
        text: 'Onboarding never asks for the same documents twice',
        stated: false,
        fulfilledBy: 'KYC',
        note: 'one KYC for all products',
      },
      { text: 'Loan terms in line with the market', stated: false },
    ],
  },
]

/** The offerings of the mortgage cubes, with the goals and processes behind them. */
const mortgageOrganisation: { name: string; items: [OfferingKind, string][] } = {
  name: 'Nordic Bank: mortgages',
  items: [
    ['goal', 'Grow mortgage lending with low credit losses'],
    ['goal', 'Serve every customer through the channel they prefer'],
    ['process', 'Loan Application'],
    ['process', 'Credit Granting'],
    ['product', 'Home Loan'],
    ['product', 'Real Estate Loan'],
    ['product', 'Mortgage Loan'],
    ['service', 'Credit Application'],
    ['service', 'KYC'],
    ['service', 'Loan disbursement'],
    ['service', 'ESG reporting'],
  ],
}

/** Fills `store` with the mortgage example's value zone; some needs are deliberately unmet. */
export function buildPersonaValueZone(store: TLStore, pageId: TLPageId): void {
  const board = new BoardWriter(store, pageId)
  const organisationId = board.shape(organisationShapeType, layout.organisationX, 0, {
    w: 360,
    h: layout.height,
    name: mortgageOrganisation.name,
  })
  const offerings = new Map<string, TLOfferingItem>()
  for (const [kind, text] of mortgageOrganisation.items) {
    const item = newOfferingItem(store, { organisationId, kind, text })
    store.put([item])
    offerings.set(text, item)
  }
  board.shape(valueZoneShapeType, layout.zoneX, 0, { w: 460, h: layout.height })

  mortgagePersonas.forEach((sketch, at) => {
    const personaId = board.shape(
      personaShapeType,
      layout.personaX,
      at * (layout.personaHeight + layout.personaGap),
      {
        w: 340,
        h: layout.personaHeight,
        name: sketch.name,
        description: sketch.description,
        face: sketch.face,
      },
    )
    for (const need of sketch.needs) {
      const record: TLPersonaNeed = newPersonaNeed(store, {
        personaId,
        text: need.text,
        stated: need.stated,
      })
      store.put([record])
      const offering = need.fulfilledBy ? offerings.get(need.fulfilledBy) : undefined
      if (need.fulfilledBy && !offering) {
        throw new Error(
          `template need "${need.text}" names an unknown offering "${need.fulfilledBy}"`,
        )
      }
      if (offering) {
        store.put([newValueLink({ needId: record.id, offeringId: offering.id, note: need.note })])
      }
    }
  })
}

/** Fills `store` with an empty persona, value zone and organisation, ready to write on. */
export function buildBlankValueZone(store: TLStore, pageId: TLPageId): void {
  const board = new BoardWriter(store, pageId)
  board.shape(personaShapeType, layout.personaX, 0, {
    w: 340,
    h: layout.personaHeight,
    name: '',
    description: '',
    face: '',
  })
  board.shape(valueZoneShapeType, layout.zoneX, 0, { w: 460, h: layout.height })
  board.shape(organisationShapeType, layout.organisationX, 0, {
    w: 360,
    h: layout.height,
    name: '',
  })
}

/** Puts complete shape records on one page, each above the last. */
class BoardWriter {
  private index: IndexKey | null = null

  constructor(
    private readonly store: TLStore,
    private readonly pageId: TLPageId,
  ) {
    for (const record of store.allRecords()) {
      if (
        record.typeName === 'shape' &&
        record.parentId === pageId &&
        (!this.index || record.index > this.index)
      ) {
        this.index = record.index
      }
    }
  }

  shape<
    Type extends typeof personaShapeType | typeof organisationShapeType | typeof valueZoneShapeType,
  >(type: Type, x: number, y: number, props: TLShape<Type>['props']): TLShapeId {
    this.index = getIndexAbove(this.index)
    const id = createShapeId()
    const shape = {
      id,
      typeName: 'shape',
      type,
      x,
      y,
      rotation: 0,
      index: this.index,
      parentId: this.pageId,
      isLocked: false,
      opacity: 1,
      meta: {},
      props,
    } as TLShape<Type>
    this.store.put([shape])
    return id
  }
}
