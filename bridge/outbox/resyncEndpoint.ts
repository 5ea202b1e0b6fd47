import type { Endpoint } from 'payload'
import { checkRole } from '@/access/checkRole'
import { requestResync } from '../sync/requestResync'
import type { SyncedCollection } from './subjects'

/** POST /api/<collection>/:id/discourse-sync — staff retry a failed (or any) sync from the admin. */
export const resyncEndpoint = (collection: SyncedCollection): Endpoint => ({
  path: '/:id/discourse-sync',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin', 'editor'], req.user))
      return Response.json(
        { errors: [{ message: 'Only editors and admins can sync.' }] },
        { status: 403 },
      )
    const id = String(req.routeParams?.id ?? '')
    const ok = await requestResync(req.payload, collection, id)
    if (!ok)
      return Response.json(
        { errors: [{ message: `No ${collection} document ${id}.` }] },
        { status: 404 },
      )
    return Response.json({ status: 'queued', collection, id }, { status: 202 })
  },
})
