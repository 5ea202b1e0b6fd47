/**
 * One value per process, however many copies of the calling module are loaded. Next bundles
 * its own copy of every module the pages import, while the express entry and the collection
 * hooks run from Node's copy; a module-level value would exist once per copy. Keeping it on
 * globalThis under a registered symbol gives every copy the same value.
 */
export const processWide = <T>(name: string, create: () => T): T => {
  const slots = globalThis as unknown as Record<symbol, T | undefined>
  return (slots[Symbol.for(`space.${name}`)] ??= create())
}
