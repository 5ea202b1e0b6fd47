// Jest runs the TypeScript sources as native ES modules (Payload 3 is ESM-only),
// transformed by SWC. Run through `npm test` / scripts/test.mjs, which sets
// --experimental-vm-modules.
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: false },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The repository-root alias (tsconfig paths `@/*`), as tsx and Next resolve it.
    '^@/(.*)$': '<rootDir>/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Stylesheets imported by components (site.css, Leaflet's) mean nothing to a render test.
    '\\.css$': '<rootDir>/tests/helpers/styleStub.ts',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  // Only stops a hung test: tests wait for events, never for a time budget, and a suite that
  // boots the product or runs a CLI can take minutes on two cores under load.
  testTimeout: 600_000,
  maxWorkers: 2,
  // Payload keeps pools and timers alive after destroy(); every suite closes what it opened.
  forceExit: true,
}

export default config
