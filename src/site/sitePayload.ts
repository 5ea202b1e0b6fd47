import { connection } from 'next/server'
import { getPayload, type Payload } from 'payload'
import config from '@payload-config'

/**
 * The Payload instance for page rendering. `connection()` marks the page as rendered per
 * request, so no page is built from the database at build time; getPayload reuses the
 * instance the express server started (Payload keeps it on a global).
 */
export const sitePayload = async (): Promise<Payload> => {
  await connection()
  return getPayload({ config })
}
