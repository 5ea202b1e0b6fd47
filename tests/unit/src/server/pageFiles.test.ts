import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openPageFiles, type PageFiles } from '@/src/server/pageFiles'

let parent: string
let files: PageFiles | undefined
beforeEach(() => (parent = mkdtempSync(join(tmpdir(), 'page-files-test-'))))
afterEach(() => {
  files?.close()
  rmSync(parent, { recursive: true, force: true })
})

/** The id of a process that has exited (so its directory counts as an orphan). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

describe('page files', () => {
  it('keeps each body in a file of its own, named by a counter and never by the key', async () => {
    files = openPageFiles({ parent, maxBytes: 1_000_000 })
    const name = await files.write('page:/../../etc/passwd?x=<1>', Buffer.from('first'))
    await files.write('page:/b', Buffer.from('second'))
    expect(name).toMatch(/^[0-9a-z]+\.gz$/)
    expect(files.read(name)?.toString()).toBe('first')
    expect(files.usage()).toEqual({ files: 2, bytes: 11, maxBytes: 1_000_000 })
    files.remove(name)
    files.remove(name)
    expect(files.read(name)).toBeUndefined()
    expect(files.usage()).toMatchObject({ files: 1, bytes: 6 })
  })

  it('keeps to its disk budget oldest first, telling which keys it dropped', async () => {
    const evicted: string[] = []
    files = openPageFiles({ parent, maxBytes: 10, onEvicted: (key) => void evicted.push(key) })
    const a = await files.write('page:/a', Buffer.alloc(4))
    await files.write('page:/b', Buffer.alloc(4))
    const c = await files.write('page:/c', Buffer.alloc(4))
    expect(evicted).toEqual(['page:/a'])
    expect(files.read(a)).toBeUndefined()
    expect(files.read(c)).toHaveLength(4)
    expect(files.usage()).toMatchObject({ files: 2, bytes: 8 })
  })

  it('answers undefined for a file removed behind its back, and forgets it', async () => {
    files = openPageFiles({ parent, maxBytes: 1000 })
    const name = await files.write('page:/a', Buffer.from('x'))
    const [dir] = readdirSync(parent)
    rmSync(join(parent, dir!, name))
    expect(files.read(name)).toBeUndefined()
    expect(files.usage().files).toBe(0)
  })

  it("removes the directories of processes that died, never a living one's", async () => {
    const orphan = join(parent, `pages-${deadPid()}`)
    const living = join(parent, `pages-${process.ppid}`)
    const unrelated = join(parent, 'notes')
    for (const dir of [orphan, living, unrelated]) {
      mkdirSync(dir)
      writeFileSync(join(dir, '1.gz'), 'old')
    }
    files = openPageFiles({ parent, maxBytes: 1000 })
    expect(existsSync(orphan)).toBe(false)
    expect(existsSync(living)).toBe(true)
    expect(existsSync(unrelated)).toBe(true)
    files.close()
    expect(existsSync(join(parent, `pages-${process.pid}`))).toBe(false)
    files = undefined
  })
})
