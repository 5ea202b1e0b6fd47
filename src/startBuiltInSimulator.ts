import { startSimulator, type Simulator } from '@/simulator'
import type { BridgeSettings } from '@/bridge/bridgeSettings'

/**
 * With no DISCOURSE_URL, the product talks to the built-in simulator, started in the same
 * process on SIMULATOR_PORT. Its webhooks are pointed at this server once it listens. Its forum
 * is kept beside a SQLite database: a fresh forum under a database that remembers topic links
 * and webhook event ids would hand out the same ids again (two documents on one topic, new
 * deliveries dropped as duplicates).
 */
export const startBuiltInSimulator = async (
  settings: BridgeSettings,
  port: number,
): Promise<Simulator> =>
  startSimulator({ port, apiKey: settings.apiKey, stateFile: settings.simulatorStateFile })

export const webhookTarget = (settings: BridgeSettings, serverPort: number) =>
  settings.webhookSecret
    ? {
        url: `http://127.0.0.1:${serverPort}/api/discourse/webhook`,
        secret: settings.webhookSecret,
      }
    : null
