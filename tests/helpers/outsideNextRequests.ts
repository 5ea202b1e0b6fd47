// Public-site code (src/site, the (frontend) pages) calls next/server's connection() before it
// reads the database, and Next throws when that happens outside a request it is rendering. For
// tests that render pages or call src/site directly, connection() resolves at once; the rest of
// next/server is Next's own. Call before the first import of the code under test (jest's ESM
// mocks apply to later dynamic imports only).
import { jest } from '@jest/globals'

export const allowSiteReadsOutsideNext = async (): Promise<void> => {
  const actual = await import('next/server')
  jest.unstable_mockModule('next/server', () => ({ ...actual, connection: async () => undefined }))
}
