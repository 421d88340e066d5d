// Loads the app's server modules outside Next's bundler (npm start, the model worker, test
// server processes, benches): 'server-only' resolves to its empty module, as Next resolves
// it for server code. Only that one specifier gets the react-server condition; React and
// Next themselves must keep resolving as the client-and-server build expects.
import { register } from 'node:module'

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier !== 'server-only') return next(specifier, context)
  return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] })
}`
register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url)
