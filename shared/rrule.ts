// rrule ships CommonJS to Node and ES modules to bundlers; this import works under both
// (tsx/jest see the CommonJS default export, Next's bundler sees named exports).
import * as rruleModule from 'rrule'

type RRuleModule = typeof import('rrule')
const mod = ((rruleModule as unknown as { default?: RRuleModule }).default ??
  rruleModule) as RRuleModule

export const RRule = mod.RRule
export const RRuleSet = mod.RRuleSet
export const rrulestr = mod.rrulestr
