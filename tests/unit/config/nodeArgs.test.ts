import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { START_NODE_ARGS, TSX_NODE_ARGS } from '@/config/nodeArgs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
).scripts

describe('the Node flags of the product entries', () => {
  it('starts `npm start` with the same flags the tests and benchmarks start the product with', () => {
    expect(scripts.start).toBe(`node ${START_NODE_ARGS.join(' ')} scripts/start.ts`)
  })

  it('starts every other TypeScript entry with the production condition', () => {
    for (const name of [
      'dev',
      'simulator',
      'seed:demo',
      'bridge',
      'migrate',
      'bench',
      'migrations:create',
      'generate:importmap',
    ]) {
      expect(scripts[name]).toMatch(new RegExp(`^node ${TSX_NODE_ARGS.join(' ')} scripts/`))
    }
    for (const name of ['migrate:create', 'generate:types'])
      expect(scripts[name]).toContain('--conditions=production --import=tsx')
  })
})
