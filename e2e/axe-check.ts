// What axe-core finds on a page that matters here, for every spec that checks a page with it.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** Moderate in axe's terms, but reported from a workshop as confusing screen-reader users. */
const reportedRules = new Set(['heading-order', 'landmark-no-duplicate-banner', 'landmark-unique'])

/** What axe finds on the page that is serious or critical, or was reported, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter(
      (violation) =>
        violation.impact === 'serious' ||
        violation.impact === 'critical' ||
        reportedRules.has(violation.id),
    )
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    )
}
