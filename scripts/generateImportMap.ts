// Regenerates the admin's import map (src/app/(payload)/admin/importMap.js) from the config.
// Run after adding custom admin components. (Payload's own CLI command wrote an empty map here.)
import config from '@/payload.config.ts'
import { generateImportMap } from 'payload'

await generateImportMap(await config, { log: true, force: true })
process.exit(0)
