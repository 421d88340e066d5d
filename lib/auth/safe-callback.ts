/** A path on this site to go to after signing in; anything else (other sites) goes home. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  if (value.includes('\\')) return '/'
  return value
}
