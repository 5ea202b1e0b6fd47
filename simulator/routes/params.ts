// Small readers for route params and query strings.
import type { Request, Response } from 'express'
import type { SimUser } from '../state'

/** A positive integer id from the path, or null (Discourse answers 404 for anything else). */
export const idParam = (req: Request, name = 'id'): number | null => {
  const raw = req.params[name]
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

export const pageParam = (req: Request): number => {
  const page = Number(req.query.page)
  return Number.isInteger(page) && page > 0 ? page : 0
}

/** The acting user, set by auth; anonymous readers have none. */
export const actingUser = (res: Response): SimUser | undefined =>
  res.locals.user as SimUser | undefined

export const body = (req: Request): Record<string, unknown> =>
  req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {}
