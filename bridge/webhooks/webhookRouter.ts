import express, { Router } from 'express'
import type { Payload } from 'payload'
import { findByTopicId } from '../activity/findByTopicId'
import { queueActivityRefresh } from '../activity/queueActivityRefresh'
import { movesActivity } from './movesActivity'
import { topicIdOf } from './topicIdOf'
import { verifySignature } from './verifySignature'
import { seenDeliveries } from './seenDeliveries'

/**
 * POST /api/discourse/webhook. Checked before trusted (signature over the raw body),
 * deduplicated on X-Discourse-Event-Id (Discourse re-sends failed deliveries), ignored when it
 * cannot move a count (the echo of the bridge's own writes, see movesActivity), answered fast:
 * the refresh is queued durably and nothing else. The receiver never calls the forum (the web
 * process has no Discourse client); a worker runs the refresh once the coalescing delay is over,
 * at once when it runs in this process (activityDue), else at its next poll.
 */
export const webhookRouter = ({
  payload,
  secret,
}: {
  payload: () => Payload
  secret?: string
}): Router => {
  const router = Router()
  router.post(
    '/api/discourse/webhook',
    express.raw({ type: () => true, limit: '2mb' }),
    async (req, res, next) => {
      try {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
        if (!secret || !verifySignature(raw, req.get('x-discourse-event-signature'), secret)) {
          res.status(401).json({ error: 'invalid or missing X-Discourse-Event-Signature' })
          return
        }
        let body: unknown
        try {
          body = JSON.parse(raw.toString('utf8'))
        } catch {
          res.status(400).json({ error: 'body is not JSON' })
          return
        }
        const p = payload()
        const eventId = req.get('x-discourse-event-id')
        if (eventId) {
          if (await seenDeliveries.has(p, eventId)) {
            res.status(200).json({ status: 'duplicate' })
            return
          }
          await seenDeliveries.remember(p, eventId, req.get('x-discourse-event') ?? null)
        }
        if (!movesActivity(req.get('x-discourse-event'), body)) {
          res.status(200).json({ status: 'ignored' })
          return
        }
        const topicId = topicIdOf(body)
        const linked = topicId ? await findByTopicId(p, topicId) : null
        if (!linked || !topicId) {
          res.status(200).json({ status: 'ignored' })
          return
        }
        const outcome = await queueActivityRefresh(p, { ...linked, topicId })
        res.status(202).json({ status: outcome })
      } catch (err) {
        next(err)
      }
    },
  )
  return router
}
