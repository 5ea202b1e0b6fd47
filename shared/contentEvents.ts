import { EventEmitter } from 'node:events'

/**
 * In-process notice that a story's or event's public content changed, for writes that
 * bypass collection hooks (the bridge's counts and topic links). Page caches listen.
 */
export type ContentChange = { collection: string; id: string }

const emitter = new EventEmitter()
emitter.setMaxListeners(50)

export const notifyContentChanged = (change: ContentChange) => {
  emitter.emit('change', change)
}

export const onContentChanged = (listener: (change: ContentChange) => void): (() => void) => {
  emitter.on('change', listener)
  return () => emitter.off('change', listener)
}
