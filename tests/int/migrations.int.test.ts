// Production mode pushes no schema: a fresh database gets its tables only from the committed
// migrations (migrations/<dialect>). These tests fail when a schema change lands without
// `npm run migrations:create`.
import { randomUUID } from 'node:crypto'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { describeEachDatabase } from '../helpers/describeEachDatabase'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { pendingStatements } from '@/migrations/pendingStatements'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 },
        ],
      },
    ],
  },
})

describeEachDatabase('committed migrations in production mode', (database) => {
  let space: BootedSpace
  beforeAll(async () => {
    // The adapters read process.env.NODE_ENV themselves when deciding to run prodMigrations.
    const processEnv = process.env as Record<string, string | undefined>
    const nodeEnv = processEnv.NODE_ENV
    processEnv.NODE_ENV = 'production'
    try {
      space = await bootSpace({ ...(await database.overrides()), NODE_ENV: 'production' })
    } finally {
      processEnv.NODE_ENV = nodeEnv
    }
  })
  afterAll(async () => {
    await space?.close()
  })

  it('applies every committed migration to an empty database on start', async () => {
    const committed = (database.kind === 'sqlite' ? sqliteMigrations : postgresMigrations).map(
      (m) => m.name,
    )
    expect(committed.length).toBeGreaterThan(0)
    const applied = await space.payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
      sort: 'name',
    })
    expect(applied.docs.map((d) => d.name)).toEqual(committed)
    // No development push happened (that writes a batch -1 "dev" row).
    expect(applied.docs.every((d) => d.batch !== -1)).toBe(true)
  })

  it('stores and reads back a story with every field set', async () => {
    const author = await space.payload.create({
      collection: 'users',
      data: {
        email: `author-${randomUUID().slice(0, 8)}@example.test`,
        password: `pw-${randomUUID()}`,
        name: 'Mig Ration',
        roles: ['editor'],
      },
      overrideAccess: true,
    })
    const category = (await space.payload.find({ collection: 'categories', limit: 1 })).docs[0]
    const template = (await space.payload.find({ collection: 'editorial-templates', limit: 1 }))
      .docs[0]
    const slug = `every-field-${randomUUID().slice(0, 8)}`
    const created = await space.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: 'A story with every field',
        slug,
        status: 'approved',
        scheduledFor: '2031-01-02T03:04:00.000Z',
        reviewNotes: 'Looks good.',
        summary: 'Every column the migrations must have.',
        body: paragraph('Body text survives the round trip.') as never,
        authors: [author.id],
        category: category.id,
        tags: ['one', 'two'],
        language: 'sw',
        template: template.id,
        discourse: {
          topicUrl: 'https://forum.example/t/1',
          topicId: 1,
          replyCount: 3,
          latestReplies: [{ id: 1 }] as never,
        },
      },
    })
    const read = await space.payload.findByID({
      collection: 'stories',
      id: created.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(read).toMatchObject({
      title: 'A story with every field',
      slug,
      status: 'approved',
      scheduledFor: '2031-01-02T03:04:00.000Z',
      reviewNotes: 'Looks good.',
      summary: 'Every column the migrations must have.',
      authors: [author.id],
      authorNames: expect.stringContaining('Mig Ration'),
      category: category.id,
      tags: ['one', 'two'],
      language: 'sw',
      template: template.id,
      discourse: {
        topicUrl: 'https://forum.example/t/1',
        topicId: 1,
        replyCount: 3,
        latestReplies: [{ id: 1 }],
      },
    })
    expect(JSON.stringify(read.body)).toContain('Body text survives the round trip.')
    const versions = await space.payload.countVersions({
      collection: 'stories',
      where: { parent: { equals: created.id } },
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })

  it('has no schema change that the committed migrations lack', async () => {
    const pending = await pendingStatements(
      space.payload.db as unknown as Parameters<typeof pendingStatements>[0],
    )
    // When this fails: run `npm run migrations:create -- <name>` and commit what it writes.
    expect(pending).toEqual([])
  })
})
