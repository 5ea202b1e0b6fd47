// Api-Key + Api-Username, as Discourse's Auth::DefaultCurrentUserProvider reads them.
// A wrong key or username is refused on every route, public ones included; no key at all is
// an anonymous visitor, who may read but not write.
import type { RequestHandler } from 'express'
import { invalidAccessBody, notLoggedInBody } from './discourseErrors'
import { findUserByUsername, type SimulatorState } from './state'

export const auth =
  (state: SimulatorState, apiKey: () => string): RequestHandler =>
  (req, res, next) => {
    const key = req.get('Api-Key')
    if (key === undefined) {
      if (req.method === 'GET' || req.method === 'HEAD') return next()
      return void res.status(403).json(notLoggedInBody())
    }
    const user = findUserByUsername(state, req.get('Api-Username') ?? 'system')
    // The simulator's one key is an all-users admin key; it acts for staff usernames only.
    if (key !== apiKey() || !user || !(user.admin || user.moderator))
      return void res.status(403).json(invalidAccessBody())
    res.locals.apiKey = key
    res.locals.user = user
    next()
  }
