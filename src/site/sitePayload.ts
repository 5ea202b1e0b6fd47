import { connection } from 'next/server'
import type { Payload } from 'payload'
import { runningPayload } from './runningPayload'

/**
 * The Payload instance for page rendering: the one the express server started
 * (src/site/runningPayload.ts), never one built from `@payload-config`, so a route's bundle
 * never evaluates its own copy of the config. `connection()` marks the page as rendered per
 * request, so no page is built from the database at build time.
 */
export const sitePayload = async (): Promise<Payload> => {
  await connection()
  const running = runningPayload()
  if (!running)
    throw new Error(
      'the public site renders inside the Space server: start it with `npm start` or `npm run dev`, not `next` alone',
    )
  return running
}
