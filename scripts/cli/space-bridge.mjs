#!/usr/bin/env node
// The `space-bridge` bin: registers tsx (resolved from this package, so it works from any
// directory) and runs the TypeScript entry.
import { register } from 'tsx/esm/api'

register()
await import('../bridge.ts')
