import { EventEmitter } from 'node:events'
import { processWide } from './processWide'

/**
 * In-process notice that a story's or event's public content changed: from the collections'
 * hooks (hooks/announceContentChange.ts) and from writes that bypass them (the bridge's counts
 * and topic links). Page caches listen. One emitter per process (processWide): Next's bundles
 * and the express entry each load their own copy of this module.
 */
export type ContentChange = { collection: string; id: string }

const emitter = processWide('contentEvents', () => new EventEmitter().setMaxListeners(50))

export const notifyContentChanged = (change: ContentChange) => {
  emitter.emit('change', change)
}

export const onContentChanged = (listener: (change: ContentChange) => void): (() => void) => {
  emitter.on('change', listener)
  return () => emitter.off('change', listener)
}
