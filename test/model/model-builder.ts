import {
  emptyBoardModel,
  faceOfItemKind,
  type BoardModel,
  type FaceItemKind,
  type OfferingKind,
} from '@/lib/model'

/**
 * Builds models by name for query tests: ids are the names, so expectations read as the
 * board does ("Home Loan" depends on "Mortgage Loan").
 */
export class ModelBuilder {
  private readonly model: BoardModel = emptyBoardModel()

  cube(title: string, department: string, items: [FaceItemKind, string][] = []): this {
    const departmentId = department.toLowerCase()
    const existing = this.model.departments.find((d) => d.id === departmentId)
    if (existing) existing.cubeIds.push(title)
    else this.model.departments.push({ id: departmentId, name: department, cubeIds: [title] })
    this.model.cubes.push({ id: title, title, departmentId })
    for (const [kind, text] of items) this.item(title, kind, text)
    return this
  }

  item(cubeId: string, kind: FaceItemKind, text: string, processId: string | null = null): this {
    const order = this.model.items.filter(
      (item) => item.cubeId === cubeId && item.kind === kind && item.processId === processId,
    ).length
    this.model.items.push({
      id: `${cubeId}/${text}`,
      cubeId,
      face: faceOfItemKind[kind],
      kind,
      text,
      terms: '',
      processId,
      order,
    })
    return this
  }

  /** `provider`'s service `service` serves `consumer`'s step `step` (items made as needed). */
  link(provider: string, service: string, consumer: string, step: string): this {
    const serviceId = `${provider}/${service}`
    const stepId = `${consumer}/${step}`
    if (!this.model.items.some((item) => item.id === serviceId)) {
      this.item(provider, 'service', service)
    }
    if (!this.model.items.some((item) => item.id === stepId)) {
      this.item(consumer, 'process', `${step} process`)
      this.item(consumer, 'process-step', step, `${consumer}/${step} process`)
    }
    this.model.serviceLinks.push({
      id: `${serviceId} -> ${stepId}`,
      serviceId,
      stepId,
      providerCubeId: provider,
      consumerCubeId: consumer,
      label: '',
    })
    return this
  }

  /** A persona with stated needs (`needs`), named by their text. */
  persona(name: string, needs: string[] = []): this {
    this.model.personas.push({ id: name, name, description: '', face: '' })
    for (const text of needs) this.need(name, text)
    return this
  }

  need(personaId: string, text: string, stated = true): this {
    const order = this.model.needs.filter((need) => need.personaId === personaId).length
    this.model.needs.push({ id: `${personaId}/${text}`, personaId, text, stated, order })
    return this
  }

  organisation(name: string, offerings: [OfferingKind, string][] = []): this {
    this.model.organisations.push({ id: name, name })
    for (const [kind, text] of offerings) this.offering(name, kind, text)
    return this
  }

  /** An offering; with `cubeItemId`, that cube's service (named as the service is). */
  offering(
    organisationId: string,
    kind: OfferingKind,
    text: string,
    cubeItemId: string | null = null,
  ): this {
    const order = this.model.offerings.filter(
      (offering) => offering.organisationId === organisationId && offering.kind === kind,
    ).length
    this.model.offerings.push({
      id: `${organisationId}/${text}`,
      organisationId,
      kind,
      text,
      cubeItemId,
      order,
    })
    return this
  }

  /** The need (`persona/need`) is fulfilled by the offering (`organisation/offering`). */
  fulfil(needId: string, offeringId: string): this {
    this.model.fulfilments.push({ id: `${needId} -> ${offeringId}`, needId, offeringId, note: '' })
    return this
  }

  build(): BoardModel {
    return structuredClone(this.model)
  }
}

/** docs/domain.md §2's network, as far as the article names services and steps. */
export function mortgageNetwork(): ModelBuilder {
  return new ModelBuilder()
    .cube('Home Loan', 'Retail Sales')
    .cube('Real Estate Loan', 'Corporate Sales')
    .cube('Mortgage Loan', 'Loan Management')
    .cube('Credit Risk', 'Risk Department')
    .cube('Customer Lifecycle Management', 'CLM Department')
    .cube('Payments', 'Payment Department')
    .cube('Reporting', 'Reporting')
    .link('Mortgage Loan', 'Loan management', 'Home Loan', 'Manage the loan')
    .link('Mortgage Loan', 'Loan management', 'Real Estate Loan', 'Manage the loan')
    .link('Credit Risk', 'Credit Application', 'Mortgage Loan', 'Credit Application')
    .link('Customer Lifecycle Management', 'KYC', 'Credit Risk', 'KYC')
    .link('Payments', 'Disbursement', 'Mortgage Loan', 'Disburse the loan')
}
