import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const file = path.join(root, 'docs/BENCHMARKS.md')
const HEADER = `# Benchmarks

Written by \`npm run bench\` (each section by its own script in \`scripts/bench/\`); figures are
from the last run on the machine named in each section. Never edited by hand.
`

/** Replaces (or appends) the section between this benchmark's markers in docs/BENCHMARKS.md. */
export const writeBenchmarkSection = (name: string, markdown: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const block = `${start}\n${markdown.trim()}\n${end}`
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`)
  const next = pattern.test(current)
    ? current.replace(pattern, block)
    : `${current.trimEnd()}\n\n${block}\n`
  writeFileSync(file, next)
}

/** One line naming the machine and time, for the top of every section. */
export const machineLine = async () => {
  const os = await import('node:os')
  return `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`
}
