import { parseEnv, EnvError } from '@/config/env'

const SECRET = 'a-long-random-production-secret-0123'

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source)
    return []
  } catch (err) {
    if (err instanceof EnvError) return err.lines
    throw err
  }
}

describe('parseEnv in production', () => {
  it('refuses a missing PAYLOAD_SECRET (the development default would be used)', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET: /),
    ])
  })

  it('refuses the development default PAYLOAD_SECRET and a short one', () => {
    expect(
      problems({ NODE_ENV: 'production', PAYLOAD_SECRET: 'space-dev-secret-change-me' }),
    ).toEqual([expect.stringMatching(/^PAYLOAD_SECRET: /)])
    expect(problems({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-secret' })).toEqual([
      expect.stringMatching(/^PAYLOAD_SECRET: /),
    ])
  })

  it('accepts a long random secret', () => {
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET }).PAYLOAD_SECRET).toBe(SECRET)
  })

  it('refuses an http DISCOURSE_URL to a non-local host', () => {
    const lines = problems({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      DISCOURSE_URL: 'http://forum.example.org',
      DISCOURSE_API_KEY: 'k',
    })
    expect(lines).toEqual([expect.stringMatching(/^DISCOURSE_URL: use https/)])
  })

  it('accepts an http DISCOURSE_URL when ALLOW_INSECURE_DISCOURSE_URL is set', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: SECRET,
      DISCOURSE_URL: 'http://forum.example.org',
      DISCOURSE_API_KEY: 'k',
      ALLOW_INSECURE_DISCOURSE_URL: 'true',
    })
    expect(env.DISCOURSE_URL).toBe('http://forum.example.org')
  })

  it.each(['http://localhost:4200', 'http://127.0.0.1:4200', 'https://forum.example.org'])(
    'accepts DISCOURSE_URL %s',
    (url) => {
      expect(
        parseEnv({
          NODE_ENV: 'production',
          PAYLOAD_SECRET: SECRET,
          DISCOURSE_URL: url,
          DISCOURSE_API_KEY: 'k',
        }).DISCOURSE_URL,
      ).toBe(url)
    },
  )

  it('requires DISCOURSE_API_KEY with DISCOURSE_URL', () => {
    expect(
      problems({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: SECRET,
        DISCOURSE_URL: 'https://forum.example.org',
      }),
    ).toEqual([expect.stringMatching(/^DISCOURSE_API_KEY: /)])
  })

  it('names every bad variable at once, one line each', () => {
    const lines = problems({ NODE_ENV: 'production', PORT: 'eighty', DATABASE_URL: 'mysql://db' })
    expect(lines).toEqual([
      expect.stringMatching(/^PORT: /),
      expect.stringMatching(/^DATABASE_URL: must start with/),
    ])
  })
})

describe('parseEnv in development', () => {
  it('lets the default secret and an http forum through', () => {
    const env = parseEnv({ DISCOURSE_URL: 'http://forum.example.org', DISCOURSE_API_KEY: 'k' })
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PAYLOAD_SECRET: 'space-dev-secret-change-me',
      DATABASE_URL: 'file:./data/space.db',
    })
  })

  it('treats empty strings as unset', () => {
    expect(parseEnv({ PORT: '', CORS_ORIGINS: '' })).toMatchObject({ PORT: 3000, CORS_ORIGINS: '' })
  })
})

describe('parseEnv: HTTP timeouts', () => {
  it('defaults keep-alive above a proxy’s 60 s idle timeout, and headers above keep-alive', () => {
    expect(parseEnv({})).toMatchObject({
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 65_000,
      HTTP_HEADERS_TIMEOUT_MS: 66_000,
      HTTP_REQUEST_TIMEOUT_MS: 300_000,
    })
  })

  it('refuses a headers timeout not above keep-alive, and a request timeout below the headers timeout, in any environment', () => {
    expect(problems({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '70000' })).toEqual([
      expect.stringMatching(/^HTTP_HEADERS_TIMEOUT_MS: must be above HTTP_KEEP_ALIVE_TIMEOUT_MS/),
    ])
    expect(problems({ HTTP_REQUEST_TIMEOUT_MS: '30000' })).toEqual([
      expect.stringMatching(/^HTTP_REQUEST_TIMEOUT_MS: must be at least HTTP_HEADERS_TIMEOUT_MS/),
    ])
  })
})
