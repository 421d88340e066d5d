// Refusals and reasons as pages show them on their own: a sentence.

/**
 * Refusals are written as clauses ("guests cannot …"), to fit into API errors and longer
 * messages; a page showing one by itself makes it a sentence: capital first, full stop.
 */
export function asSentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`
}
