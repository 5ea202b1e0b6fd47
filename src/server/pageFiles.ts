import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the site cache keeps rendered pages' bodies: one file per page (gzipped, as sent) in a
 * directory of this process's own, so the cache's memory holds only each page's headers and
 * tags and can index every story of a large site instead of a few thousand. The operating
 * system's page cache keeps the files read often in memory that is not this process's.
 *
 * Files are named by a counter, never by the URL (nothing a visitor sends reaches a path).
 * The disk budget is kept oldest first: a file dropped for room is announced through
 * `onEvicted` with the key it was written for, so the cache forgets the entry too. A
 * directory left by a process that died is removed when the next one opens the parent.
 */
export type PageFiles = {
  /** Writes `body` for cache key `key`; answers the file's name. */
  write: (key: string, body: Buffer) => Promise<string>
  /** The body, or undefined when the file is gone (dropped for room, removed by hand). */
  read: (name: string) => Buffer | undefined
  /** Removes a file the cache no longer needs (idempotent). */
  remove: (name: string) => void
  /** Bytes on disk now, and the budget. */
  usage: () => { files: number; bytes: number; maxBytes: number }
  /** Removes this process's directory (shutdown, tests). */
  close: () => void
}

export type PageFilesOptions = {
  /** Parent of the per-process directories (`SITE_PAGE_DIR`; the system's temporary folder unless set). */
  parent?: string
  maxBytes: number
  onEvicted?: (key: string) => void
}

const PREFIX = 'pages-'

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Directories of processes that no longer run: their pages are of no use to anyone. */
const removeOrphans = (parent: string) => {
  for (const name of readdirSync(parent)) {
    const pid = Number(name.slice(PREFIX.length))
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !isAlive(pid))
      rmSync(join(parent, name), { recursive: true, force: true })
  }
}

export const openPageFiles = ({
  parent = join(tmpdir(), 'space-pages'),
  maxBytes,
  onEvicted = () => {},
}: PageFilesOptions): PageFiles => {
  mkdirSync(parent, { recursive: true })
  removeOrphans(parent)
  const dir = join(parent, `${PREFIX}${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir)
  // Oldest first (a Map keeps insertion order): the name, its key and its size.
  const files = new Map<string, { key: string; size: number }>()
  let bytes = 0
  let counter = 0

  const forget = (name: string) => {
    const file = files.get(name)
    if (!file) return undefined
    files.delete(name)
    bytes -= file.size
    void rm(join(dir, name), { force: true }).catch(() => {})
    return file
  }
  const makeRoom = () => {
    for (const name of files.keys()) {
      if (bytes <= maxBytes) return
      const file = forget(name)
      if (file) onEvicted(file.key)
    }
  }

  return {
    write: async (key, body) => {
      const name = `${(counter += 1).toString(36)}.gz`
      await writeFile(join(dir, name), body)
      files.set(name, { key, size: body.length })
      bytes += body.length
      makeRoom()
      return name
    },
    // Read synchronously: a page of a few kB from the page cache takes microseconds, while
    // fs.promises.readFile makes four trips through libuv's thread pool (open, stat, read,
    // close) and halved the requests a second the cached home page could answer.
    read: (name) => {
      if (!files.has(name)) return undefined
      try {
        return readFileSync(join(dir, name))
      } catch {
        forget(name)
        return undefined
      }
    },
    remove: (name) => void forget(name),
    usage: () => ({ files: files.size, bytes, maxBytes }),
    close: () => {
      files.clear()
      bytes = 0
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
