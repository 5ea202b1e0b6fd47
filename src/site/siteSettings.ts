import { parseEnv } from '@/config/env'

export type SiteSettings = { mapTileUrl: string; publicUrl: string | null }

let settings: SiteSettings | undefined

/** What pages need from the configuration, read once through config/env (the one reader of the environment). */
export const siteSettings = (): SiteSettings => {
  if (!settings) {
    const env = parseEnv()
    settings = { mapTileUrl: env.MAP_TILE_URL, publicUrl: env.PUBLIC_URL ?? null }
  }
  return settings
}
