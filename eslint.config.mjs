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
      // Images are Payload media, served in the sizes its upload config makes (and the admin's
      // mark is a data URL); next/image's optimizer would be a second resizing pipeline.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // A test reads JSON bodies of the API it checks: their shape is what it asserts, not a type.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    // Generated: carry their header and are never hand-edited.
    'types/payload-types.ts',
    'src/app/(payload)/**',
    'next-env.d.ts',
    'migrations/*/2*.ts',
    // Not source.
    '.next/**',
    '.cache/**',
    'data/**',
    'test-results/**',
    'coverage/**',
  ]),
])
