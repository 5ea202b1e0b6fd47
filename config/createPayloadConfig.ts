// Composes Payload's config from an Env: collections, globals, jobs, adapters. No business logic.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config, type Payload } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import sharp from 'sharp'
import type { DestinationStream } from 'pino'
import type { Env } from './env'
import { databaseAdapter } from './databaseAdapter'
import { boundApiReads } from '@/hooks/boundApiReads'
import { Users } from '@/collections/Users'
import { Stories } from '@/collections/Stories'
import { EditorialTemplates } from '@/collections/EditorialTemplates'
import { Events } from '@/collections/Events'
import { Categories } from '@/collections/Categories'
import { Media } from '@/collections/Media'
import { EditorialGuidelines } from '@/globals/EditorialGuidelines'
import { CodeOfConduct } from '@/globals/CodeOfConduct'
import type { Bridge } from '@/bridge/createBridge'
import { withDiscourseSync } from '@/bridge/outbox/withDiscourseSync'
import { bridgeTasks } from '@/bridge/sync/tasks/bridgeTasks'
import { spaceMarkDataUrl } from './spaceMark'
import { forumRulesFrom } from '@/bridge/sync/limits/forumRules'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ConfigOptions = {
  /** Where Payload's logger writes; commands with --json send it to standard error. */
  logDestination?: DestinationStream
  /**
   * The Discourse bridge the sync tasks use. Every process entry passes its own: the server and
   * the CLI a real one (bridge/createBridge.ts), tests and benchmarks theirs, and the processes
   * where no job runs (Payload's CLI, the admin bundle, migrations, seeding) one without a client
   * (bridge/bridgeWithoutClient.ts).
   */
  bridge: Bridge
  /** Runs once Payload is up, e.g. seed/seedDefaults.ts; nothing when not given. */
  onInit?: (payload: Payload) => Promise<unknown>
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

export const createPayloadConfig = async (env: Env, options: ConfigOptions) => {
  const origins = splitList(env.CORS_ORIGINS)
  const { bridge } = options
  const config: Config = {
    secret: env.PAYLOAD_SECRET,
    serverURL: env.PUBLIC_URL,
    admin: {
      user: Users.slug,
      importMap: { baseDir: root },
      // Space's name and mark, not Payload's; no Gravatar (an offline admin showed broken avatars).
      meta: {
        titleSuffix: ' · Space',
        description: 'Space: stories, events and conversations of the movement',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: spaceMarkDataUrl }],
      },
      avatar: 'default',
      components: {
        graphics: {
          Icon: '/src/components/admin/branding/SpaceIcon#SpaceIcon',
          Logo: '/src/components/admin/branding/SpaceLogo#SpaceLogo',
        },
      },
    },
    collections: [
      withDiscourseSync(Stories),
      withDiscourseSync(Events),
      EditorialTemplates,
      Categories,
      Media,
      Users,
    ].map(boundApiReads),
    globals: [EditorialGuidelines, CodeOfConduct],
    editor: lexicalEditor(),
    db: await databaseAdapter(env),
    sharp,
    cors: origins,
    csrf: origins,
    typescript: { outputFile: path.join(root, 'types/payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
    // A failed or locked login is routine: one info line, without the stack (or the email), not an error.
    loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info' },
    logger: {
      options: {
        level: env.LOG_LEVEL,
        // Credentials and emails never reach the logs.
        redact: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.apiKey',
          '*.password',
          '*.email',
          'headers["api-key"]',
        ],
      },
      destination: options.logDestination ?? process.stdout,
    },
    jobs: {
      tasks: bridgeTasks(bridge),
      // One sync job per document at a time; a newer pending one replaces older ones.
      enableConcurrencyControl: true,
      // The worker (ROLE=worker|all) runs the jobs; web requests never do.
      deleteJobOnComplete: true,
    },
    // Read by the outbox hooks, which see only the request's payload instance.
    custom: {
      syncCoalesceMs: env.DISCOURSE_SYNC_COALESCE_MS,
      activityCoalesceMs: env.DISCOURSE_ACTIVITY_COALESCE_MS,
      forumRules: forumRulesFrom(bridge.settings),
    },
    onInit: async (payload) => {
      await options.onInit?.(payload)
    },
  }
  return buildConfig(config)
}
