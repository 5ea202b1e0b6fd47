// The one place that reads process.env. Everything else receives an `Env` by
// injection. A bad value is reported as one line per variable, then exit code 2.
import { z } from 'zod'
import { validate as validateCron } from 'node-cron'

const cron = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((expr) => validateCron(expr), { message: 'is not a valid cron expression' })

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /**
   * How long the HTTP server keeps an idle keep-alive connection open. Above the idle timeout of
   * the proxy or client that reuses connections (60 s is common), so they, not the server,
   * close one: a server closing it first races their next request on it (ECONNRESET).
   */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(65_000),
  /** Time allowed to receive a request's headers; above HTTP_KEEP_ALIVE_TIMEOUT_MS. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(66_000),
  /** Time allowed to receive a whole request, body included (a 10 MB upload on a slow line). */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(300_000),
  /** Public base URL of the site, used for links in Discourse posts and feeds. */
  PUBLIC_URL: z.url().optional(),
  /** `file:` (SQLite, default), `postgres://` / `postgresql://`, or `mongodb://`. */
  DATABASE_URL: z
    .string()
    .default('file:./data/space.db')
    .refine((u) => /^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(u), {
      message: 'must start with file:, postgres://, postgresql:// or mongodb://',
    }),
  PAYLOAD_SECRET: z.string().min(1).default('space-dev-secret-change-me'),
  /** web: HTTP only; worker: jobs and schedules only; all: both (default). */
  ROLE: z.enum(['all', 'web', 'worker']).default('all'),

  /** Unset: the built-in Discourse simulator is started (demos and tests only). */
  DISCOURSE_URL: z.url().optional(),
  DISCOURSE_API_KEY: z.string().min(1).optional(),
  DISCOURSE_API_USERNAME: z.string().min(1).default('system'),
  DISCOURSE_CATEGORY_ID: z.coerce.number().int().positive().optional(),
  DISCOURSE_EVENTS_CATEGORY_ID: z.coerce.number().int().positive().optional(),
  DISCOURSE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  DISCOURSE_MAX_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  DISCOURSE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** full: the whole story is posted; summary: summary plus a "Continue reading" link. */
  DISCOURSE_POST_CONTENT: z.enum(['full', 'summary']).default('full'),
  /** close: deleting a story closes and unlists its topic; delete: deletes the topic. */
  DISCOURSE_ON_STORY_DELETE: z.enum(['close', 'delete']).default('close'),
  /** The forum's site settings of the same names (Discourse's defaults); saves are checked against them. */
  DISCOURSE_MIN_TOPIC_TITLE_LENGTH: z.coerce.number().int().min(1).default(15),
  DISCOURSE_MAX_TOPIC_TITLE_LENGTH: z.coerce.number().int().min(1).default(255),
  DISCOURSE_MIN_FIRST_POST_LENGTH: z.coerce.number().int().min(1).default(20),
  DISCOURSE_SYNC_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** First delay of the sync job's exponential backoff (with full jitter) after a 429/5xx/network failure. */
  DISCOURSE_SYNC_RETRY_BASE_MS: z.coerce.number().int().min(1).max(600_000).default(2000),
  /** A sync job "processing" longer than this is taken to belong to a dead worker and released. */
  SYNC_JOB_LEASE_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(5 * 60_000),
  /** How often the worker sweeps the outbox for owed syncs that have no job. */
  SYNC_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  /** Rapid edits within this window coalesce into one forum request. */
  DISCOURSE_SYNC_COALESCE_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
  /** Webhooks for one topic within this window coalesce into one refresh (one topic fetch). */
  DISCOURSE_ACTIVITY_COALESCE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  ALLOW_INSECURE_DISCOURSE_URL: bool(false),

  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4200),

  RECONCILE_CRON: cron('*/10 * * * *'),
  RECONCILE_FULL_CRON: cron('30 3 * * *'),

  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  /** Memory the public site's cache may hold (pages kept gzipped, data, REST answers). */
  SITE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(48),
  /** Share of that memory the newest stories' and events' pages fill at start, before readers ask (0: none). */
  SITE_WARM_SHARE: z.coerce.number().min(0).max(1).default(0.5),
  /** Where rendered pages' bodies are kept (a folder per process under it); the system's temporary folder unless set. */
  SITE_PAGE_DIR: z.string().min(1).optional(),
  /** Disk the kept pages' bodies may take (oldest dropped first); their index counts against SITE_CACHE_MB. */
  SITE_PAGE_DISK_MB: z.coerce.number().int().min(1).max(1_048_576).default(2048),
})

export type Env = z.infer<typeof EnvSchema>

export class EnvError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
    this.name = 'EnvError'
  }
}

/** Rules between variables, in every environment. */
const crossFieldProblems = (env: Env): string[] => {
  const problems: string[] = []
  if (env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_KEEP_ALIVE_TIMEOUT_MS)
    problems.push('HTTP_HEADERS_TIMEOUT_MS: must be above HTTP_KEEP_ALIVE_TIMEOUT_MS')
  if (env.HTTP_REQUEST_TIMEOUT_MS < env.HTTP_HEADERS_TIMEOUT_MS)
    problems.push('HTTP_REQUEST_TIMEOUT_MS: must be at least HTTP_HEADERS_TIMEOUT_MS')
  return problems
}

/** Production-only rules that a default value would otherwise let through. */
const productionProblems = (env: Env): string[] => {
  if (env.NODE_ENV !== 'production') return []
  const problems: string[] = []
  if (env.PAYLOAD_SECRET === 'space-dev-secret-change-me' || env.PAYLOAD_SECRET.length < 16)
    problems.push('PAYLOAD_SECRET: set a random secret of at least 16 characters in production')
  if (env.DISCOURSE_URL && !env.ALLOW_INSECURE_DISCOURSE_URL) {
    const url = new URL(env.DISCOURSE_URL)
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    if (url.protocol === 'http:' && !local)
      problems.push(
        'DISCOURSE_URL: use https for a non-local forum (or set ALLOW_INSECURE_DISCOURSE_URL=true)',
      )
  }
  if (env.DISCOURSE_URL && !env.DISCOURSE_API_KEY)
    problems.push('DISCOURSE_API_KEY: required when DISCOURSE_URL is set')
  return problems
}

/** Parses and validates; throws EnvError with one line per bad variable. */
export const parseEnv = (source: Record<string, string | undefined> = process.env): Env => {
  // Empty strings mean "unset", as in most .env files.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  )
  const result = EnvSchema.safeParse(cleaned)
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
  }
  const problems = [...crossFieldProblems(result.data), ...productionProblems(result.data)]
  if (problems.length) throw new EnvError(problems)
  return result.data
}

/** For process entry points: on a bad value print one line per variable and exit 2. */
export const loadEnvOrExit = (source: Record<string, string | undefined> = process.env): Env => {
  try {
    return parseEnv(source)
  } catch (err) {
    if (err instanceof EnvError) {
      for (const line of err.lines) console.error(`configuration error: ${line}`)
      process.exit(2)
    }
    throw err
  }
}
