// The repository's layers and the directions imports may go between them. This table is the
// documentation (docs/ARCHITECTURE.md copies it): every relative and `@/` import specifier in
// every source file is checked against it, so an import against the grain fails `npm test`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

type Layer = { job: string; mayImport: readonly string[] }

// Lowest first. A layer may always import itself; nothing but tests imports tests/.
const BOTTOM = ['types', 'shared'] as const
const MODEL = [...BOTTOM, 'access', 'fields', 'hooks', 'events'] as const
const DOMAIN = [...MODEL, 'collections', 'globals'] as const
const PRODUCT = [
  ...DOMAIN,
  'seed',
  'config/runtime',
  'bridge',
  'migrations',
  'config',
  'payload.config.ts',
] as const

export const LAYERS: Record<string, Layer> = {
  types: { job: 'Payload types generated from the config (never hand-edited)', mayImport: [] },
  shared: {
    job: 'small pure helpers any layer uses: slugs, safe URLs, Lexical builders, in-process content events',
    mayImport: ['types'],
  },
  access: {
    job: 'access predicates shared by several collections',
    mayImport: ['types', 'shared'],
  },
  fields: {
    job: 'field definitions shared by several collections',
    mayImport: ['types', 'shared', 'access'],
  },
  hooks: {
    job: 'collection hooks shared by several collections',
    mayImport: ['types', 'shared', 'access'],
  },
  events: {
    job: 'the events domain: recurrence, time zones, feeds (pure functions)',
    mayImport: ['types', 'shared'],
  },
  collections: {
    job: 'the data model: one folder per collection (index.ts, access/, hooks/, endpoints/)',
    mayImport: MODEL,
  },
  globals: { job: 'site-wide documents (guidelines, code of conduct)', mayImport: MODEL },
  seed: { job: 'default templates, categories and pages; demo content', mayImport: DOMAIN },
  'config/runtime': {
    job: 'the env schema and the runtime defaults (env, productEnv, nodeArgs, builtInSimulator, branding)',
    mayImport: BOTTOM,
  },
  bridge: {
    job: 'the Discourse bridge: client, outbox (decorates synced collections), sync, activity, webhooks, admin',
    mayImport: [...DOMAIN, 'config/runtime'],
  },
  migrations: { job: 'committed database migrations (generated)', mayImport: BOTTOM },
  config: {
    job: "composes Payload's config from an Env, a bridge and an onInit (no seed, no web)",
    mayImport: [...DOMAIN, 'config/runtime', 'bridge', 'migrations'],
  },
  'payload.config.ts': {
    job: "the config Payload's CLI and the admin bundle read (no job runs there)",
    mayImport: [...DOMAIN, 'config/runtime', 'config', 'bridge', 'seed'],
  },
  simulator: {
    job: 'the local Discourse stand-in: its own program, importing nothing from the product',
    mayImport: [],
  },
  src: {
    job: 'the web process: server/ (express), app/ (Next), components/, site/, worker/ (jobs and schedules), startProcess.ts',
    mayImport: [...PRODUCT, 'simulator'],
  },
  scripts: {
    job: 'process entries (npm start, migrate, seed:demo, the CLI) and benchmarks',
    mayImport: [...PRODUCT, 'simulator', 'src', 'harness'],
  },
  harness: {
    job: 'spawning and booting the product, shared by tests and benchmarks',
    mayImport: [...PRODUCT, 'simulator', 'src', 'scripts'],
  },
  tests: {
    job: 'unit/ (mirrors the source tree), int/, contract/, e2e/, helpers/',
    mayImport: [...PRODUCT, 'simulator', 'src', 'scripts', 'harness', 'tests'],
  },
}

// Files of config/ that belong to its runtime part (what the bridge may read).
const CONFIG_RUNTIME = [
  'config/env.ts',
  'config/productEnv.ts',
  'config/localSecret.ts',
  'config/refusePrompts.ts',
  'config/nodeArgs.ts',
  'config/builtInSimulator.ts',
  'config/spaceMark.ts',
]
// Files at the root that are tool configuration, not a layer.
const TOOLING = ['jest.config.js', 'next.config.mjs', 'next-env.d.ts', 'eslint.config.mjs']

const root = process.cwd()
const SKIP = new Set(['node_modules', '.next', '.git', '.cache', 'data', 'test-results', 'media'])
const SOURCE = /\.(ts|tsx|mjs|js)$/

const sourceFiles = (dir = ''): string[] =>
  readdirSync(path.join(root, dir)).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.')) return []
    const rel = dir ? `${dir}/${name}` : name
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel)
    return SOURCE.test(name) ? [rel] : []
  })

export const layerOf = (file: string): string | undefined => {
  if (CONFIG_RUNTIME.includes(file)) return 'config/runtime'
  if (file === 'payload.config.ts') return file
  const top = file.split('/')[0]!
  return file.includes('/') && top in LAYERS ? top : undefined
}

const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|jest\.(?:unstable_)?mock(?:Module)?\(\s*|\brequire\(\s*)(['"])([^'"]+)\1/g

/** The repository paths a file imports (relative and `@/` specifiers; packages are not ours). */
export const importedPaths = (file: string, text: string): string[] =>
  [...text.replace(/^\s*\/\/.*$/gm, '').matchAll(SPECIFIER)].flatMap(([, , spec]) => {
    if (spec!.startsWith('@/')) return [spec!.slice(2)]
    if (spec === '@payload-config') return ['payload.config.ts']
    if (spec!.startsWith('.'))
      return [path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!))]
    return []
  })

describe('import directions', () => {
  const files = sourceFiles().filter((f) => !TOOLING.includes(f))

  it('puts every source file in a layer', () => {
    expect(files.filter((f) => !layerOf(f))).toEqual([])
  })

  it('has every import go the way the table allows', () => {
    const wrong: string[] = []
    for (const file of files) {
      const from = layerOf(file)!
      for (const target of importedPaths(file, readFileSync(path.join(root, file), 'utf8'))) {
        const resolved = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
          .map((ext) => target + ext)
          .find((f) => existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile())
        const to = layerOf(resolved ?? target) ?? target
        if (to !== from && !LAYERS[from]!.mayImport.includes(to))
          wrong.push(`${file} (${from}) imports ${target} (${to})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('reads relative and @/ specifiers, and knows a wrong direction when it sees one', () => {
    const text =
      "import { a } from '../../bridge/x'\nimport b from '@/src/site/y'\nimport 'payload'\n// import c from '@/tests/z'"
    const paths = importedPaths('collections/Stories/index.ts', text)
    expect(paths).toEqual(['bridge/x', 'src/site/y'])
    expect(
      paths.map((p) => layerOf(p)).filter((to) => !LAYERS.collections!.mayImport.includes(to!)),
    ).toEqual(['bridge', 'src'])
    expect(LAYERS.simulator!.mayImport).toEqual([])
    expect(
      Object.entries(LAYERS).filter(
        ([name, l]) => name !== 'tests' && l.mayImport.includes('tests'),
      ),
    ).toEqual([])
  })
})
