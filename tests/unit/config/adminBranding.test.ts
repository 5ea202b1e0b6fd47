// The admin shows Space's name and mark, not Payload's, and no Gravatar (offline, its avatars
// were broken images). The graphics are in the import map, so a build picks them up.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { parseEnv } from '@/config/env'
import { createPayloadConfig } from '@/config/createPayloadConfig'
import { bridgeWithoutClient } from '@/bridge/bridgeWithoutClient'
import { SpaceIcon } from '@/src/components/admin/branding/SpaceIcon'
import { SpaceLogo } from '@/src/components/admin/branding/SpaceLogo'

describe("the admin's branding", () => {
  it("uses Space's title, favicon and graphics, and the built-in avatar", async () => {
    const env = parseEnv({
      NODE_ENV: 'test',
      DATABASE_URL: 'file::memory:',
      PAYLOAD_SECRET: 'test-secret-0123456789',
    })
    const config = await createPayloadConfig(env, { bridge: bridgeWithoutClient(env) })
    expect(config.admin.avatar).toBe('default')
    expect(config.admin.meta).toMatchObject({
      titleSuffix: ' · Space',
      icons: [
        expect.objectContaining({
          type: 'image/svg+xml',
          url: expect.stringMatching(/^data:image\/svg\+xml,/),
        }),
      ],
    })
    const graphics = config.admin.components?.graphics as { Icon: string; Logo: string }
    const importMap = readFileSync(
      join(process.cwd(), 'src/app/(payload)/admin/importMap.js'),
      'utf8',
    )
    for (const path of [graphics.Icon, graphics.Logo]) expect(importMap).toContain(`"${path}"`)
  })

  it('draws the mark and the name', () => {
    expect(renderToStaticMarkup(createElement(SpaceLogo))).toContain('>Space<')
    expect(renderToStaticMarkup(createElement(SpaceIcon))).toContain('alt="Space"')
  })
})
