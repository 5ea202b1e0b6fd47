// The request log (GET /__simulator/requests): what reached the forum and what it answered.
// It never holds the Api-Key; bodies are kept because they carry no credentials.
import type { RequestHandler } from 'express'

export type RequestLogEntry = {
  seq: number
  time: string
  method: string
  path: string
  /** null when the connection was destroyed without an answer (down, dropAfterCommit). */
  status: number | null
  durationMs: number
  apiUsername: string | null
  body?: unknown
}

export type RequestLog = { entries: RequestLogEntry[]; nextSeq: number }

export const createRequestLog = (): RequestLog => ({ entries: [], nextSeq: 1 })

const MAX_ENTRIES = 10_000

export const redactPath = (url: string): string =>
  url.replace(/([?&]api_key=)[^&]*/gi, '$1[REDACTED]')

export const requestLog =
  (log: RequestLog): RequestHandler =>
  (req, res, next) => {
    const started = Date.now()
    const entry: RequestLogEntry = {
      seq: log.nextSeq++,
      time: new Date(started).toISOString(),
      method: req.method,
      path: redactPath(req.originalUrl),
      status: null,
      durationMs: 0,
      apiUsername: req.get('Api-Key') ? (req.get('Api-Username') ?? null) : null,
    }
    res.on('close', () => {
      entry.status = res.headersSent && !res.locals.dropped ? res.statusCode : null
      entry.durationMs = Date.now() - started
      if (req.body !== undefined && req.method !== 'GET') entry.body = req.body
      log.entries.push(entry)
      if (log.entries.length > MAX_ENTRIES) log.entries.splice(0, log.entries.length - MAX_ENTRIES)
    })
    next()
  }
