// Replaced by `npm run migrate:create`; committed migrations are applied in production.
export const migrations: Array<{ name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }> = []
