import type { Payload } from 'payload'
import { processWide } from '@/shared/processWide'

// The Payload instance the express entry started, shared with Next's bundles of the site so
// that they reach it without importing `@payload-config`: each route bundle carries its own
// copy of the config, and evaluating it (collections, the Lexical editor's features) kept 20
// to 40 MB alive per route visited.
const slot = processWide('runningPayload', (): { payload?: Payload } => ({}))

export const setRunningPayload = (payload: Payload): void => {
  slot.payload = payload
}

export const runningPayload = (): Payload | undefined => slot.payload
