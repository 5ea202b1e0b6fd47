// One boot for a test file or a describe block: booted in beforeAll, closed in afterAll (declared
// first, so the block's own afterAll hooks run before the close). What it answers stands for the
// booted space from the first hook on; read it inside tests and hooks, not while declaring them.
//
//   const space = bootForSuite(() => bootWithSimulator({ DISCOURSE_CATEGORY_ID: '5' }))
//   const { space, users } = bootWithUsers()   // bootSpace(), then one user per role
import { bootSpace, type BootedSpace } from '@/harness/bootSpace'
import { createUsersPerRole, type Callers } from './users'

/** An object that forwards every read to `current()`, which is set once the suite has booted. */
const lateBound = <T extends object>(what: string, current: () => T | undefined): T => {
  const target = () => {
    const value = current()
    if (!value)
      throw new Error(`${what} is read before the suite booted it (read it inside a test or hook)`)
    return value
  }
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key)
      return descriptor && { ...descriptor, configurable: true }
    },
  })
}

/** Boots with `boot` before the block's tests and closes the space after them. */
export const bootForSuite = <S extends BootedSpace>(boot: () => Promise<S>): S => {
  let space: S | undefined
  beforeAll(async () => {
    space = await boot()
  })
  afterAll(async () => {
    await space?.close()
  })
  return lateBound('the space', () => space)
}

/** bootForSuite (bootSpace() unless told), then one user per role, logged in over REST. */
export const bootWithUsers = <S extends BootedSpace = BootedSpace>(
  boot: () => Promise<S> = () => bootSpace() as Promise<S>,
): { space: S; users: Callers } => {
  const space = bootForSuite(boot)
  let users: Callers | undefined
  beforeAll(async () => {
    users = await createUsersPerRole(space.payload, space.url)
  })
  return { space, users: lateBound('the users', () => users) }
}
