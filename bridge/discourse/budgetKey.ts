import { createHash } from 'node:crypto'

/**
 * Names a forum API key's request budget without storing the key: Discourse counts its admin
 * API limit per key (whatever Api-Username a request acts as), so the URL and the key name it.
 */
export const budgetKey = (baseUrl: string, apiKey: string): string =>
  createHash('sha256')
    .update(`${baseUrl.replace(/\/+$/, '')}\n${apiKey}`)
    .digest('hex')
    .slice(0, 16)
