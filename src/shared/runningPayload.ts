import type { Payload } from 'payload'

// The Payload instance the express entry started, on a global so that Next's bundles of the
// site reach it without importing `@payload-config`: each route bundle carries its own copy of
// the config, and evaluating it (collections, the Lexical editor's features) kept 20 to 40 MB
// alive per route visited.
const KEY = Symbol.for('space.runningPayload')
const slot = globalThis as unknown as Record<symbol, Payload | undefined>

export const setRunningPayload = (payload: Payload): void => {
  slot[KEY] = payload
}

export const runningPayload = (): Payload | undefined => slot[KEY]
