/**
 * At most `size` pieces of work at once; the others wait their turn, first come first served.
 * Renderings are CPU work on two cores: a thousand readers missing the cache at once would
 * otherwise each hold a rendering's memory in the same moment, and none would finish sooner.
 */
export const renderSlots = (size: number) => {
  let free = size
  const waiting: Array<() => void> = []
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free -= 1
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else free += 1
    }
  }
}
