import { connection } from 'next/server'
import { getPayload, type Payload } from 'payload'
import { runningPayload } from '../shared/runningPayload'

/**
 * The Payload instance for page rendering. `connection()` marks the page as rendered per
 * request, so no page is built from the database at build time. Normally the instance the
 * express server started (src/shared/runningPayload.ts); the config is imported only when Next
 * runs without that server, so a route's bundle never evaluates its own copy of the config.
 */
export const sitePayload = async (): Promise<Payload> => {
  await connection()
  const running = runningPayload()
  if (running) return running
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
