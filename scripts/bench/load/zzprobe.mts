import pg from 'pg'
import { getPayload } from 'payload'
import { parseEnv } from '../../../config/env'
import { createPayloadConfig } from '../../../config/createPayloadConfig'
import { startPostgres } from '../../../tests/helpers/postgres'
import { freePort } from '../../../tests/helpers/startProductServer'
import { seedStories } from './seedStories'
import { startServerProcess } from './startServerProcess'
const server = await startPostgres()
const url = await server.createDatabase()
;(process.env as any).NODE_ENV = 'production'
const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: url, PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', LOG_LEVEL: 'warn' })
const payload = await getPayload({ config: createPayloadConfig(env) })
await seedStories(payload, 200)
await payload.destroy()
const c = new pg.Client({ connectionString: url }); await c.connect()
const show = async (label: string) => console.log(label, (await c.query("select pid, state, wait_event_type, wait_event, left(query, 150) q from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")).rows)
await show('after seed')
const t = setInterval(() => show('during start').catch(() => {}), 10_000)
const s = await startServerProcess({ DATABASE_URL: url, PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', SIMULATOR_PORT: String(await freePort()), LOG_LEVEL: 'info' }, await freePort()).catch((e) => { console.log(String(e).slice(0, 3000)); return null })
console.log('started', !!s, s?.output().slice(0, 2000))
clearInterval(t)
await s?.stop()
process.exit(0)
