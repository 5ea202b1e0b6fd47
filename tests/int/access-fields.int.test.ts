// The field rows of the access matrix: fields a caller must not control, for every caller
// (anonymous and each role) and every way in (REST create and update, GraphQL create and
// update, and the admin's save, which is the REST call with a multipart `_payload`). A
// refused or ignored value is never stored; a value a role may write is stored as sent.
import { randomUUID } from 'node:crypto'
import { authHeaders, createUser, type Caller, type TestUser } from '../helpers/users'
import { bootWithUsers } from '@/tests/helpers/suiteSpace'

type Collection = 'stories' | 'events'
type Channel =
  'REST create' | 'REST update' | 'GraphQL create' | 'GraphQL update' | 'admin form update'
const channels: Channel[] = [
  'REST create',
  'REST update',
  'GraphQL create',
  'GraphQL update',
  'admin form update',
]
const callers: Caller[] = ['anonymous', 'contributor', 'editor', 'admin']

/** A forged value per `discourse.*` field, as a writer taking over another story's topic would send it. */
const forgedDiscourse: Record<string, unknown> = {
  syncState: 'topic_deleted',
  topicUrl: 'https://evil.example.net/t/phish/1',
  topicId: 424242,
  topicSlug: 'someone-elses-topic',
  firstPostId: 535353,
  externalId: 'space-story-forged',
  replyCount: 4242,
  likeCount: 4343,
  views: 4444,
  participants: 45,
  lastActivityAt: '2001-01-01T00:00:00.000Z',
  latestReplies: [
    { id: 1, username: 'fake', excerpt: 'A forged reply', createdAt: '2001-01-01T00:00:00.000Z' },
  ],
  lastSyncedAt: '2001-01-01T00:00:00.000Z',
  lastError: 'forged error',
  owedVersion: 99,
  syncedVersion: 98,
  syncedHash: 'forged-hash',
  attempts: 77,
}

type Row = {
  collection: Collection
  field: string
  value: (ctx: { other: TestUser }) => unknown
  /** Roles that may write the field, by channel kind; everyone else is refused or ignored. */
  writers: { create: Caller[]; update: Caller[] }
}

const nobody = { create: [], update: [] }
const staff: Caller[] = ['editor', 'admin']

const rows: Row[] = [
  ...(['stories', 'events'] as const).flatMap((collection) =>
    Object.entries(forgedDiscourse).map(([key, value]) => ({
      collection,
      field: `discourse.${key}`,
      value: () => value,
      writers: nobody,
    })),
  ),
  { collection: 'stories', field: 'authorNames', value: () => 'Somebody Famous', writers: nobody },
  {
    collection: 'stories',
    field: 'authors',
    value: ({ other }) => [other.id],
    writers: { create: staff, update: staff },
  },
  {
    collection: 'stories',
    field: 'publishedAt',
    value: () => '2001-01-01T00:00:00.000Z',
    writers: { create: staff, update: staff },
  },
  {
    collection: 'stories',
    field: 'scheduledFor',
    value: () => '2031-01-01T00:00:00.000Z',
    writers: { create: staff, update: staff },
  },
  {
    collection: 'stories',
    field: 'reviewNotes',
    value: () => 'A note the writer wrote themself',
    writers: { create: staff, update: staff },
  },
  {
    collection: 'events',
    field: 'createdBy',
    value: ({ other }) => other.id,
    writers: { create: [], update: ['admin'] },
  },
]

const get = (doc: Record<string, any> | undefined, path: string) =>
  path.split('.').reduce<any>((v, k) => v?.[k], doc)
const normalize = (value: unknown) => {
  if (Array.isArray(value))
    return JSON.stringify(
      value.map((v) => (typeof v === 'object' && v && 'id' in v && !('username' in v) ? v.id : v)),
    )
  if (value && typeof value === 'object' && 'id' in value)
    return JSON.stringify((value as { id: unknown }).id)
  return JSON.stringify(value ?? null)
}
const setPath = (path: string, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path.split('.')
  return { [head!]: rest.length ? setPath(rest.join('.'), value) : value }
}

const gqlNames: Record<Collection, { single: string; input: string; updateInput: string }> = {
  stories: {
    single: 'Story',
    input: 'mutationStoryInput',
    updateInput: 'mutationStoryUpdateInput',
  },
  events: { single: 'Event', input: 'mutationEventInput', updateInput: 'mutationEventUpdateInput' },
}

describe('access matrix: fields a caller must not control', () => {
  const { space, users } = bootWithUsers()
  let other: TestUser

  beforeAll(async () => {
    other = await createUser(space.payload, space.url, ['contributor'], 'Olga Other')
  })

  const userOf = (caller: Caller) => (caller === 'anonymous' ? null : users[caller])

  const newDocument = (collection: Collection): Record<string, unknown> => {
    const tag = randomUUID().slice(0, 8)
    if (collection === 'stories')
      return {
        title: `A story about field access ${tag}`,
        slug: `field-access-${tag}`,
        status: 'draft',
      }
    return {
      title: `An event about field access ${tag}`,
      slug: `field-event-${tag}`,
      start: '2031-04-01T10:00:00Z',
      end: '2031-04-01T11:00:00Z',
      timezone: 'UTC',
      format: 'online',
      onlineUrl: 'https://meet.example.org/x',
      status: 'scheduled',
      publication: 'draft',
    }
  }

  /** A document the caller may update: a contributor's own draft; any document for staff. */
  const updatable = async (collection: Collection, caller: Caller): Promise<number> => {
    const owner = caller === 'anonymous' ? users.editor : userOf(caller)!
    const ownership = collection === 'stories' ? { authors: [owner.id] } : { createdBy: owner.id }
    const doc = await space.payload.create({
      collection,
      data: { ...newDocument(collection), ...ownership } as never,
      overrideAccess: true,
    })
    return doc.id as number
  }

  const stored = (collection: Collection, id: number) =>
    space.payload
      .findByID({ collection, id, overrideAccess: true, depth: 0 })
      .then((d) => d as Record<string, any>)

  const graphql = async (
    user: TestUser | null,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const res = await fetch(`${space.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(user) },
      body: JSON.stringify({ query, variables }),
    })
    return (await res.json()) as {
      data?: Record<string, { id: number } | null>
      errors?: unknown[]
    }
  }

  /** Sends `data` through one channel; answers the id of the document written, or null when refused. */
  const send = async (
    channel: Channel,
    collection: Collection,
    caller: Caller,
    field: string,
    value: unknown,
  ): Promise<number | null> => {
    const user = userOf(caller)
    const patch = setPath(field, value)
    const names = gqlNames[collection]
    if (channel.endsWith('create')) {
      const data = { ...newDocument(collection), ...patch }
      if (channel === 'REST create') {
        const res = await fetch(`${space.url}/api/${collection}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...authHeaders(user) },
          body: JSON.stringify(data),
        })
        const body = (await res.json()) as { doc?: { id: number } }
        return res.ok ? body.doc!.id : null
      }
      const body = await graphql(
        user,
        `mutation($data: ${names.input}!) { create${names.single}(data: $data) { id } }`,
        { data },
      )
      return body.data?.[`create${names.single}`]?.id ?? null
    }
    const id = await updatable(collection, caller)
    if (channel === 'REST update') {
      await fetch(`${space.url}/api/${collection}/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...authHeaders(user) },
        body: JSON.stringify(patch),
      })
    } else if (channel === 'GraphQL update') {
      await graphql(
        user,
        `mutation($id: Int!, $data: ${names.updateInput}!) { update${names.single}(id: $id, data: $data) { id } }`,
        { id, data: patch },
      )
    } else {
      // What the admin's edit view sends on save: the form's values as JSON in `_payload`.
      const form = new FormData()
      form.append('_payload', JSON.stringify(patch))
      await fetch(`${space.url}/api/${collection}/${id}?depth=0&fallback-locale=null`, {
        method: 'PATCH',
        headers: authHeaders(user),
        body: form,
      })
    }
    return id
  }

  it.each(rows.map((row) => ({ ...row, name: `${row.collection}.${row.field}` })))(
    '$name: refused or ignored unless the role may write it',
    async (row) => {
      const value = row.value({ other })
      const wrong: string[] = []
      for (const caller of callers) {
        for (const channel of channels) {
          const kind = channel.endsWith('create') ? 'create' : 'update'
          const id = await send(channel, row.collection, caller, row.field, value)
          const may = row.writers[kind].includes(caller)
          if (id === null) {
            if (may) wrong.push(`${caller} via ${channel}: refused, but the role may write it`)
            continue
          }
          const after = get(await stored(row.collection, id), row.field)
          const isStored = normalize(after) === normalize(value)
          if (isStored !== may)
            wrong.push(
              `${caller} via ${channel}: ${may ? 'not stored' : `stored ${normalize(after)}`}`,
            )
        }
      }
      expect(wrong).toEqual([])
    },
  )

  it("keeps a duplicated story off the original's topic", async () => {
    const original = await space.payload.create({
      collection: 'stories',
      data: {
        ...newDocument('stories'),
        authors: [users.editor.id],
        discourse: { topicId: 777, firstPostId: 778, topicUrl: 'https://forum.example/t/x/777' },
      } as never,
      overrideAccess: true,
    })
    const res = await fetch(`${space.url}/api/stories/${original.id}/duplicate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(users.editor) },
      body: JSON.stringify({ slug: `copy-${randomUUID().slice(0, 8)}` }),
    })
    expect(res.status).toBeLessThan(300)
    const copy = (await res.json()) as { doc: { id: number } }
    const stored = await space.payload.findByID({
      collection: 'stories',
      id: copy.doc.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.discourse?.topicId ?? null).toBeNull()
    expect(stored.discourse?.firstPostId ?? null).toBeNull()
    expect(stored.discourse?.topicUrl ?? null).toBeNull()
    expect(stored.discourse?.externalId).not.toBe(original.discourse?.externalId)
  })

  it("credits a contributor's new story to them alone, whatever authors they send", async () => {
    const res = await fetch(`${space.url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(users.contributor) },
      body: JSON.stringify({
        ...newDocument('stories'),
        authors: [other.id, users.contributor.id],
      }),
    })
    const { doc } = (await res.json()) as { doc: { id: number } }
    const stored = await space.payload.findByID({
      collection: 'stories',
      id: doc.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.authors).toEqual([users.contributor.id])
    expect(stored.authorNames).toBe('Cora Contributor')
  })
})
