// Lets a bench load the app's server modules outside Next: 'server-only' resolves to its empty module, as Next resolves it on the server.
import { register } from 'node:module'

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier !== 'server-only') return next(specifier, context)
  return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] })
}`
register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url)
