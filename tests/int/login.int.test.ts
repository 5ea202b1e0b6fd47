// Logins that fail: a wrong password is logged as one info line (no stack trace, no email), and a
// locked account is told for how long and what to do. Plus the first-user form, which offers no
// roles (that account becomes an admin whatever it picks).
import { Writable } from 'node:stream'
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { api, createUser, type TestUser } from '../helpers/users'
import { Users } from '@/collections/Users'

type LogLine = {
  level: number
  msg?: string
  err?: unknown
  stack?: unknown
  [key: string]: unknown
}

describe('failed logins', () => {
  let space: BootedSpace
  let user: TestUser
  const logLines: string[] = []
  beforeAll(async () => {
    const logDestination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean))
        done()
      },
    })
    space = await bootSpace({ LOG_LEVEL: 'info' }, { logDestination })
    user = await createUser(space.payload, space.url, ['contributor'])
  })
  afterAll(async () => {
    await space?.close()
  })

  const attempt = (password: string) =>
    api(space.url, null, 'POST', '/api/users/login', { email: user.email, password })
  const parsed = (): LogLine[] => logLines.map((line) => JSON.parse(line) as LogLine)

  it('logs a wrong password as one info line without a stack trace or the email', async () => {
    const before = logLines.length
    const res = await attempt('wrong-password-1')
    expect(res.status).toBe(401)
    const lines = parsed().slice(before)
    const about = lines.filter((l) =>
      JSON.stringify(l).match(/password|login|AuthenticationError/i),
    )
    expect(about).toHaveLength(1)
    expect(about[0]).toMatchObject({
      level: 30,
      msg: 'The email or password provided is incorrect.',
    })
    expect(about[0]!.err).toBeUndefined()
    expect(lines.filter((l) => l.level >= 50)).toEqual([])
    const text = logLines.slice(before).join('\n')
    expect(text).not.toContain(user.email)
    expect(text).not.toContain('wrong-password')
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/)
  })

  it('tells a locked account for how long it is locked and what to do, also in one log line', async () => {
    // One wrong attempt so far; Payload locks at maxLoginAttempts and answers the next one "locked".
    const { maxLoginAttempts: max, lockTime } = Users.auth as {
      maxLoginAttempts: number
      lockTime: number
    }
    for (let i = 2; i <= max; i++) expect((await attempt(`wrong-password-${i}`)).status).toBe(401)
    const before = logLines.length
    // Even the right password: the account is locked.
    const locked = await attempt(user.password)
    expect(locked.status).toBe(401)
    const message: string = locked.body.errors[0].message
    expect(lockTime).toBe(10 * 60 * 1000)
    expect(message).toContain('locked for 10 minutes')
    expect(message).toMatch(/reset your password/i)
    expect(message).toMatch(/ask an admin/i)
    const lines = parsed().slice(before)
    expect(lines.filter((l) => l.level >= 50)).toEqual([])
    const about = lines.filter((l) => /locked/i.test(String(l.msg)))
    expect(about).toHaveLength(1)
    expect(about[0]!.level).toBe(30)
    expect(about[0]!.err).toBeUndefined()
    expect(logLines.slice(before).join('\n')).not.toContain(user.email)
  })

  it('lets an admin unlock the account, after which the right password works again', async () => {
    const admin = await createUser(space.payload, space.url, ['admin'])
    const unlock = await api(space.url, admin, 'POST', '/api/users/unlock', { email: user.email })
    expect(unlock.status).toBe(200)
    expect((await attempt(user.password)).status).toBe(200)
  })
})

describe('the create-first-user form', () => {
  it('offers no roles: the first account becomes an admin whatever it picks', async () => {
    const roles = Users.fields.find((f) => 'name' in f && f.name === 'roles') as {
      admin?: { condition?: (...args: unknown[]) => boolean }
    }
    const condition = roles.admin?.condition
    expect(condition).toEqual(expect.any(Function))
    // The form is shown to nobody signed in; every other users form has a signed-in user.
    expect(condition!({}, {}, { user: null, operation: 'create', path: ['roles'] })).toBe(false)
    expect(
      condition!(
        {},
        {},
        { user: { id: 1, roles: ['admin'] }, operation: 'update', path: ['roles'] },
      ),
    ).toBe(true)
  })

  it('makes the first registered account an admin even when it asks to be a contributor', async () => {
    const space = await bootSpace()
    try {
      const res = await api(space.url, null, 'POST', '/api/users/first-register', {
        email: 'first@example.test',
        password: 'first-password-0123',
        'confirm-password': 'first-password-0123',
        name: 'First Person',
        roles: ['contributor'],
      })
      expect(res.status).toBe(200)
      expect(res.body.user.roles).toEqual(['admin'])
    } finally {
      await space.close()
    }
  })
})
