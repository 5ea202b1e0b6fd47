import type { Endpoint } from 'payload'
import { checkRole } from '@/access/checkRole'
import { templatePrefill } from '../templatePrefill'

/**
 * GET /api/stories/from-template/:templateId — the data a new story from this template starts
 * with, for the admin's create form. Nothing is saved: the story exists once its writer saves it.
 */
export const templatePrefillEndpoint: Endpoint = {
  path: '/from-template/:templateId',
  method: 'get',
  handler: async (req) => {
    if (!checkRole(['admin', 'editor', 'contributor'], req.user))
      return Response.json(
        { errors: [{ message: 'Log in as a writer to start a story.' }] },
        { status: req.user ? 403 : 401 },
      )
    const id = String(req.routeParams?.templateId ?? '')
    const prefill = id ? await templatePrefill(req, id).catch(() => null) : null
    if (!prefill)
      return Response.json(
        { errors: [{ message: `No editorial template ${id}.` }] },
        { status: 404 },
      )
    return Response.json({ data: prefill })
  },
}
