/**
 * What the product takes for granted about the built-in simulator (simulator/, started by the
 * process when DISCOURSE_URL is unset): its API key, the webhook secret it is given, and the
 * categories it seeds for Space's topics. The simulator is its own program and shares no code
 * with the product; tests/unit/config/builtInSimulator.test.ts checks that the two agree.
 */
export const BUILT_IN_SIMULATOR = {
  apiKey: 'simulator-key',
  webhookSecret: 'simulator-webhook-secret',
  categoryIds: { spaceNews: 5, events: 6 },
} as const
