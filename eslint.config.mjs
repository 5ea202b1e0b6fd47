// The linter Payload's templates use (Next's core-web-vitals and TypeScript rules), with the
// template's own relaxations made strict: `npm test` runs it with --max-warnings=0. Formatting
// is Prettier's job, so eslint-config-prettier switches off every rule that would argue with it.
// Import directions between top-level folders are checked by tests/unit/importDirections.test.ts.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // The template's rule: an argument or binding that is deliberately unused starts with `_`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          vars: 'all',
          args: 'after-used',
          ignoreRestSiblings: false,
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^(_|ignore)',
        },
      ],
    },
  },
  globalIgnores([
    // Generated: carry their header and are never hand-edited.
    'types/payload-types.ts',
    'src/app/(payload)/**',
    'next-env.d.ts',
    // Not source.
    '.next/**',
    '.cache/**',
    'data/**',
    'test-results/**',
    'coverage/**',
  ]),
])
