import type { FieldAccess } from 'payload'

/**
 * A field that no API caller of any role writes: REST, GraphQL and the admin's form all go
 * through field access, which drops the value before any hook sees it. Code (the bridge,
 * seeds, hooks) writes it with `overrideAccess`, which skips field access, or straight to
 * the database adapter. Used for the bridge's bookkeeping and for values derived by hooks.
 */
export const codeOnlyField: FieldAccess = () => false
