import { describe, expect, it } from '@jest/globals'
import { bridgeSettings } from '@/bridge/bridgeSettings'
import { DEFAULT_CATEGORY_IDS } from '@/simulator'
import { parseEnv } from '@/config/env'

const categories = (vars: Record<string, string>) => {
  const s = bridgeSettings(parseEnv({ NODE_ENV: 'test', ...vars }))
  return [s.storyCategoryId, s.eventsCategoryId]
}

describe('bridge settings: topic categories', () => {
  it("defaults to the built-in simulator's Space News and Events when DISCOURSE_URL is unset", () => {
    expect(categories({})).toEqual([DEFAULT_CATEGORY_IDS.spaceNews, DEFAULT_CATEGORY_IDS.events])
    expect(categories({ DISCOURSE_URL: '' })).toEqual([5, 6])
  })

  it('has no default for a real forum', () => {
    expect(
      categories({ DISCOURSE_URL: 'https://forum.example.org', DISCOURSE_API_KEY: 'k' }),
    ).toEqual([undefined, undefined])
  })

  it('takes DISCOURSE_CATEGORY_ID and DISCOURSE_EVENTS_CATEGORY_ID when set, with or without the simulator', () => {
    expect(categories({ DISCOURSE_CATEGORY_ID: '7' })).toEqual([7, 7])
    expect(categories({ DISCOURSE_CATEGORY_ID: '7', DISCOURSE_EVENTS_CATEGORY_ID: '8' })).toEqual([
      7, 8,
    ])
    expect(
      categories({
        DISCOURSE_URL: 'https://forum.example.org',
        DISCOURSE_API_KEY: 'k',
        DISCOURSE_CATEGORY_ID: '7',
      }),
    ).toEqual([7, 7])
  })
})
