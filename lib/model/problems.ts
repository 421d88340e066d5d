/**
 * What is wrong with a model file, each problem with its place in the file and the rule it
 * breaks: an import is checked, never cleaned, so every problem is named and nothing is
 * dropped or merged silently.
 */

/** One problem of a model file. */
export interface ModelProblem {
  /** Where it is, as a JSON path: `$.serviceLinks[3].stepId`. */
  path: string
  /** The same place as keys and indices: `['serviceLinks', 3, 'stepId']`. */
  at: (string | number)[]
  /** The rule it breaks, a short stable name (`unique-id`, `one-provider-per-step`, …). */
  rule: string
  /** What is wrong, in a sentence. */
  message: string
}

/** Collects problems, writing each one's path from its parts. */
export class ModelProblems {
  readonly found: ModelProblem[] = []

  add(path: readonly (string | number)[], rule: string, message: string): void {
    this.found.push({ path: jsonPath(path), at: [...path], rule, message })
  }
}

/** `['items', 3, 'cubeId']` → `$.items[3].cubeId` */
export function jsonPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (path, part) =>
      typeof part === 'number'
        ? `${path}[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(part))
          ? `${path}.${String(part)}`
          : `${path}[${JSON.stringify(String(part))}]`,
    '$',
  )
}

/** Checks that each group's `order` runs 0, 1, 2, … (as the export writes it). */
export function checkOrders<T extends { order: number }>(
  problems: ModelProblems,
  list: string,
  things: readonly T[],
  groupOf: (thing: T) => string,
  groupName: string,
): void {
  const orders = new Map<string, number[]>()
  things.forEach((thing, at) => {
    const group = orders.get(groupOf(thing)) ?? []
    group.push(at)
    orders.set(groupOf(thing), group)
  })
  for (const positions of orders.values()) {
    const seen = positions.map((at) => things[at]!.order).sort((a, b) => a - b)
    if (seen.every((order, at) => order === at)) continue
    for (const at of positions) {
      problems.add(
        [list, at, 'order'],
        'order-sequence',
        `the orders within one ${groupName} must run 0, 1, 2, … without gaps or repeats; this ${groupName} has ${seen.join(', ')}`,
      )
    }
  }
}

/** The words a zod issue code stands for, as a rule name of a model problem. */
const shapeRules: Record<string, string> = {
  invalid_type: 'type',
  invalid_value: 'value',
  too_big: 'limit',
  too_small: 'minimum',
  unrecognized_keys: 'known-fields',
}

/**
 * The problems of a model file as zod found them: its own rule names for the shape of the
 * file, the board's rules (added by the model schema with their rule) as they are.
 */
export function problemsOfIssues(
  issues: readonly { code: string; path: PropertyKey[]; message: string; params?: unknown }[],
): ModelProblem[] {
  return issues.map((issue) => {
    const params = (issue.params ?? {}) as { rule?: unknown }
    const rule =
      typeof params.rule === 'string' ? params.rule : (shapeRules[issue.code] ?? issue.code)
    const at = issue.path.filter((part) => typeof part !== 'symbol') as (string | number)[]
    return { path: jsonPath(at), at, rule, message: issue.message }
  })
}
