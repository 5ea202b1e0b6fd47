// `npm run simulator`: the built-in Discourse stand-in on SIMULATOR_PORT (default 4200),
// accepting DISCOURSE_API_KEY (default "simulator-key"). For demos and tests only.
import { parseEnv, EnvError } from '@/config/env'
import { startSimulator } from '@/simulator'
import { BUILT_IN_SIMULATOR } from '@/config/builtInSimulator'

const main = async () => {
  let env
  try {
    env = parseEnv()
  } catch (err) {
    if (!(err instanceof EnvError)) throw err
    for (const line of err.lines) console.error(`configuration error: ${line}`)
    process.exit(2)
  }
  const simulator = await startSimulator({
    port: env.SIMULATOR_PORT,
    apiKey: env.DISCOURSE_API_KEY ?? BUILT_IN_SIMULATOR.apiKey,
    // Discourse's own default admin API limit (60 a minute) applies; change it with PUT /__simulator/settings.
  })
  console.info(`Control API: ${simulator.url}/__simulator/state (loopback only). Ctrl-C stops it.`)
  const stop = () => void simulator.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
