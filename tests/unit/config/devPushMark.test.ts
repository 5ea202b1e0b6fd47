import { decideDevPush, type DevPushFacts } from '@/config/devPushMark'

const facts = (over: Partial<DevPushFacts>): DevPushFacts => ({
  marked: true,
  recorded: [],
  committed: ['001_initial', '002_subtitle'],
  tablesDiffer: 0,
  migrationsLag: 0,
  ...over,
})

describe('what Space does with a database marked by a development-mode schema push', () => {
  it('proceeds with an unmarked database, whatever else is true', () => {
    expect(decideDevPush(facts({ marked: false, tablesDiffer: 3, migrationsLag: 2 }))).toEqual({
      action: 'proceed',
    })
  })

  it('removes the mark when every committed migration is recorded and the tables match them', () => {
    expect(decideDevPush(facts({ recorded: ['001_initial', '002_subtitle'] }))).toEqual({
      action: 'unmark',
    })
  })

  it('records the migrations when the push created the database with exactly their tables', () => {
    expect(decideDevPush(facts({ recorded: [] }))).toEqual({
      action: 'record',
      names: ['001_initial', '002_subtitle'],
    })
  })

  it('refuses when some migrations are recorded and some are not', () => {
    const decision = decideDevPush(facts({ recorded: ['001_initial'] }))
    expect(decision).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('1 migration recorded and 1 committed migration not'),
    })
  })

  it('refuses when the tables differ from the committed migrations', () => {
    expect(
      decideDevPush(facts({ recorded: ['001_initial', '002_subtitle'], tablesDiffer: 2 })),
    ).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('tables differ from the committed migrations (2 statements'),
    })
  })

  it('refuses when the checkout is ahead of its committed migrations, naming the fix', () => {
    expect(decideDevPush(facts({ migrationsLag: 1 }))).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('npm run migrations:create'),
    })
  })
})
