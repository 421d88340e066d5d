// ESLint: Next's rules, Prettier's formatting, and the import boundaries between the layers.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

const react = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'no React here',
}

/** tldraw's packages that bring React; the schema packages (@tldraw/tlschema…) do not. */
const tldrawWithReact = {
  group: ['tldraw', 'tldraw/*', '@tldraw/editor', '@tldraw/editor/*'],
  message: 'import from @tldraw/tlschema, @tldraw/validate, @tldraw/utils or @tldraw/store',
}

/** A shape's React parts: its util, view, tool and the definitions bundling them. */
const shapeReactParts = {
  group: [
    './util',
    './view',
    './tool',
    './shape',
    '../*/util',
    '../*/view',
    '../*/tool',
    '../*/shape',
    '**/definitions',
    '**/define-shape',
    '**/kind-canvas',
  ],
  message: "a shape's schema side imports none of its React parts",
}

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    // The shared model is plain TypeScript, read by the browser, the server and the tests.
    files: ['lib/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            react,
            { group: ['tldraw', 'tldraw/*', '@tldraw/*'], message: 'lib/model imports no tldraw' },
            {
              group: ['yjs', 'y-*', '@y/*', 'lib0', 'lib0/*'],
              message: 'lib/model imports no Yjs',
            },
            {
              group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '@electric-sql/*'],
              message: 'lib/model imports no database',
            },
            {
              regex: '^@/(?!lib/model(/|$))',
              message: 'lib/model imports only itself',
            },
          ],
        },
      ],
    },
  },
  {
    // Shapes as data: what the server, the board store and the tests load without React.
    files: [
      'lib/shapes/shape-schema.ts',
      'lib/shapes/schemas.ts',
      'lib/shapes/pages.ts',
      'lib/shapes/records-from-model.ts',
      'lib/shapes/*/schema.ts',
      'lib/shapes/*/*-record.ts',
      'lib/shapes/*/side-effects.ts',
      'lib/shapes/*/from-model.ts',
      'lib/shapes/service-link/links.ts',
      'lib/shapes/shared/card-schema.ts',
      'lib/shapes/shared/record-versions.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [react, tldrawWithReact, shapeReactParts] }],
    },
  },
  {
    // Board kinds are plain data: the dashboard, the API and the database schema read them.
    files: ['lib/kinds/index.ts', 'lib/kinds/define-kind.ts', 'lib/kinds/*/kind.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            react,
            { group: ['tldraw', 'tldraw/*', '@tldraw/*'], message: 'a kind names shapes by type' },
            { group: ['@/*', '**/shapes', '**/shapes/*'], message: 'a kind names shapes by type' },
          ],
        },
      ],
    },
  },
  {
    // Pages and routes reach the server process through lib/app-context, never directly.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/server', '@/server/*', '**/server/*'],
              message: 'app/ does not import server/: use lib/app-context',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
])
