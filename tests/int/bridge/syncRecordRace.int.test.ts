// The sync record's one writer against an editor's save that lands between its read and its
// write, on both databases. faultInjection.int once ended with a story "synced" whose topic
// still held its first draft: the sync's final write ("synced at version N", computed from a
// read) overwrote the save's "pending, version N+1", so the edit never reached the forum.
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { writeSyncRecord } from '@/bridge/outbox/writeSyncRecord'
import { lexicalDocument, paragraphNode } from '@/shared/lexical'
import { describeEachDatabase } from '../../helpers/describeEachDatabase'

describeEachDatabase('the sync record writer', (database) => {
  let space: BootedSpace
  beforeAll(async () => {
    // No bridge work here: the queued sync jobs are never run.
    space = await bootSpace(await database.overrides(), { seed: false })
  })
  afterAll(async () => {
    await space?.close()
  })

  const record = async (id: number) =>
    (
      await space.payload.findByID({
        collection: 'stories',
        id,
        overrideAccess: true,
        depth: 0,
      })
    ).discourse!

  const publishedStory = async (title: string) =>
    (
      await space.payload.create({
        collection: 'stories',
        overrideAccess: true,
        data: {
          title,
          body: lexicalDocument([paragraphNode('First draft, written by volunteers.')]),
          status: 'published',
        } as never,
      })
    ).id as number

  const edit = (id: number, text: string) =>
    space.payload.update({
      collection: 'stories',
      id,
      overrideAccess: true,
      data: { body: lexicalDocument([paragraphNode(text)]) } as never,
    })

  /** Runs `save` right after the writer's next read returns: a save committed in between. */
  const saveAfterNextRead = (save: () => Promise<unknown>) => {
    const db = space.payload.db
    const findOne = db.findOne
    db.findOne = (async (args: Parameters<typeof findOne>[0]) => {
      db.findOne = findOne
      const row = await findOne.call(db, args)
      await save()
      return row
    }) as typeof findOne
  }

  it('keeps an edit saved between the sync’s read and its write owed', async () => {
    const id = await publishedStory('The river clean-up drew two hundred volunteers')
    const owed = Number((await record(id)).owedVersion)
    expect(owed).toBe(1)
    const seen: number[] = []
    saveAfterNextRead(() => edit(id, 'Revision 2, with new details from the field.'))
    // The sync's closing write, as syncTopic's `finish` computes it.
    await writeSyncRecord(space.payload, 'stories', id, (cur) => {
      seen.push(Number(cur.owedVersion))
      return {
        syncedVersion: owed,
        syncState: Number(cur.owedVersion ?? 0) > owed ? 'pending' : 'synced',
        topicId: 41,
      }
    })
    // Computed once from the stale read, refused, computed again from the save's record.
    expect(seen).toEqual([1, 2])
    expect(await record(id)).toMatchObject({
      owedVersion: 2,
      syncedVersion: 1,
      syncState: 'pending',
      topicId: 41,
    })
  })

  it('writes only the fields a patch names, so an activity refresh leaves a save’s bump alone', async () => {
    const id = await publishedStory('Seedlings for the school garden')
    saveAfterNextRead(() => edit(id, 'Revision 2: the seedlings arrived.'))
    await writeSyncRecord(space.payload, 'stories', id, { replyCount: 3, likeCount: 5 })
    expect(await record(id)).toMatchObject({
      owedVersion: 2,
      syncState: 'pending',
      replyCount: 3,
      likeCount: 5,
    })
  })

  it('answers null, writing nothing, for a document that is gone', async () => {
    const id = await publishedStory('A story deleted while its sync ran')
    saveAfterNextRead(() =>
      space.payload.delete({ collection: 'stories', id, overrideAccess: true }),
    )
    expect(
      await writeSyncRecord(space.payload, 'stories', id, (cur) => ({
        syncedVersion: Number(cur.owedVersion),
      })),
    ).toBeNull()
  })
})
