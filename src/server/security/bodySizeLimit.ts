import type { RequestHandler } from 'express'

export type BodyLimits = { defaultBytes: number; uploadBytes: number; uploadPaths: string[] }

export const defaultBodyLimits: BodyLimits = { defaultBytes: 1024 * 1024, uploadBytes: 10 * 1024 * 1024, uploadPaths: ['/api/media'] }

/**
 * Refuses request bodies over the limit with 413 before Payload reads a byte. Payload reads
 * the body as a stream from the request (toWebRequest), so the check is on Content-Length,
 * which browsers and fetch always send for JSON and form uploads. A chunked body without a
 * length is not measured here.
 */
export const bodySizeLimit = (limits: BodyLimits = defaultBodyLimits): RequestHandler => (req, res, next) => {
  const length = Number(req.headers['content-length'] ?? 0)
  // baseUrl + path: the full path whatever this middleware is mounted under.
  const path = req.baseUrl + req.path
  const upload = limits.uploadPaths.some((p) => path === p || path.startsWith(`${p}/`))
  const max = upload ? limits.uploadBytes : limits.defaultBytes
  if (!Number.isFinite(length) || length <= max) return next()
  // Close the connection: the rest of the oversized body is not worth reading.
  res.set('connection', 'close')
  res.status(413).json({ errors: [{ message: `Request body too large: the limit is ${Math.round(max / 1024)} KB.` }] })
}
