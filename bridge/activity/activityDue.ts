import { EventEmitter } from 'node:events'
import { processWide } from '@/shared/processWide'

/**
 * In-process notice that an activity refresh was queued and when it falls due, so a worker in
 * the same process (ROLE=all) runs it then instead of at its next idle poll. A worker in
 * another process learns of the job from its poll alone. One emitter per process (processWide),
 * however many copies of this module are loaded.
 */
const emitter = processWide('activityDue', () => new EventEmitter().setMaxListeners(50))

export const announceActivityDue = (dueAt: Date) => {
  emitter.emit('due', dueAt)
}

/** Calls `wake` when each announced refresh falls due. Returns the unsubscribe. */
export const onActivityDue = (wake: () => void): (() => void) => {
  // One timer per queued refresh: deliveries that coalesced into a pending one announce nothing.
  const timers = new Set<NodeJS.Timeout>()
  const listener = (dueAt: Date) => {
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        wake()
      },
      Math.max(0, dueAt.getTime() - Date.now()),
    )
    timer.unref()
    timers.add(timer)
  }
  emitter.on('due', listener)
  return () => {
    emitter.off('due', listener)
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
  }
}
