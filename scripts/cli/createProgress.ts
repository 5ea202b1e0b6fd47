import cliProgress from 'cli-progress'
import type { AdminItem } from '@/bridge/admin/AdminDeps'
import { formatItem } from './formatItem'

export type Progress = {
  plan: (total: number) => void
  item: (item: AdminItem) => void
  stop: () => void
  /** Items already shown as they happened, so the closing list does not repeat them. */
  shown: Set<AdminItem>
}

/**
 * A progress bar (on stderr) when stdout is a terminal; one plain line per item otherwise,
 * so logs and pipes read well; nothing with --json, whose one document comes at the end.
 */
export const createProgress = ({
  json,
  tty,
  write,
}: {
  json: boolean
  tty: boolean
  write: (line: string) => void
}): Progress => {
  const shown = new Set<AdminItem>()
  if (json) return { plan: () => undefined, item: () => undefined, stop: () => undefined, shown }
  if (!tty) {
    return {
      plan: () => undefined,
      item: (item) => {
        shown.add(item)
        write(formatItem(item))
      },
      stop: () => undefined,
      shown,
    }
  }
  let bar: cliProgress.SingleBar | undefined
  let done = 0
  return {
    plan: (total) => {
      if (total < 2) return
      bar = new cliProgress.SingleBar(
        { format: '{bar} {value}/{total} {last}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
      bar.start(total, 0, { last: '' })
    },
    item: (item) => {
      done++
      if (!bar) return
      if (done > bar.getTotal()) bar.setTotal(done)
      bar.update(done, { last: `${item.collection ?? ''} ${item.id ?? ''}`.trim() })
    },
    stop: () => bar?.stop(),
    shown,
  }
}
