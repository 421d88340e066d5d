/**
 * What may be linked in the value zone: a need to the offering (product or service) that
 * fulfils it, and nothing else (docs/domain.md §3). Plain data in, a verdict with a reason out,
 * so the board can say why it refuses a link before anyone tries it.
 */

/** One end of a proposed link, as the rules see it. */
export type ValueLinkEnd =
  { kind: 'need'; id: string } | { kind: 'goal' | 'process' | 'product' | 'service'; id: string }

export type ValueLinkVerdict = { allowed: true } | { allowed: false; reason: string }

const notAnOffering: Record<'goal' | 'process', string> = {
  goal: 'A business goal is not an offering: link the need to a product or service that serves the goal.',
  process:
    'A process is not an offering: link the need to the product or service the process delivers.',
}

/** Whether `from` may be "fulfilled by" `to`, given the links already on the board. */
export function checkValueLink(
  from: ValueLinkEnd | undefined,
  to: ValueLinkEnd | undefined,
  existing: readonly { needId: string; offeringId: string }[],
): ValueLinkVerdict {
  if (!from || !to) return refuse('Pick a need and the offering that fulfils it.')
  if (from.kind !== 'need') {
    return refuse('A value-zone link starts at a need: pick what the persona needs first.')
  }
  if (to.kind === 'need') return refuse('A need is fulfilled by an offering, not by another need.')
  if (to.kind === 'goal' || to.kind === 'process') return refuse(notAnOffering[to.kind])
  if (existing.some((link) => link.needId === from.id && link.offeringId === to.id)) {
    return refuse('This need is already fulfilled by that offering.')
  }
  return { allowed: true }
}

function refuse(reason: string): ValueLinkVerdict {
  return { allowed: false, reason }
}
