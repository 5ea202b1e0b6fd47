// Public API of the Discourse simulator.
export { startSimulator } from './server'
export type { Simulator, SimulatorOptions, SimulatorLogger } from './server'
export type { WebhookConfig, WebhookDelivery } from './webhooks'
export { signWebhookBody } from './webhooks'
export type { RequestLogEntry } from './requestLog'
export type { Faults } from './faults'
export { DEFAULT_CATEGORY_IDS } from './seed'
export type { SimulatorSiteSettings } from './settings'
