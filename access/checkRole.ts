import type { User } from '@/types/payload-types'

export type Role = 'admin' | 'editor' | 'contributor'

/** The one role test every access predicate goes through. */
export const checkRole = (
  roles: Role[],
  user: Partial<Pick<User, 'roles'>> | null | undefined,
): boolean => Boolean(user?.roles?.some((role) => roles.includes(role as Role)))
