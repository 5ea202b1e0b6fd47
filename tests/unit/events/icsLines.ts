import { DateTime } from 'luxon'

export type IcsProperty = { name: string; params: Record<string, string>; value: string }
export type IcsComponent = { type: string; props: IcsProperty[]; children: IcsComponent[] }

/** A tiny RFC 5545 reader for tests: unfolds lines and nests BEGIN/END components. */
export const parseIcs = (text: string): IcsComponent => {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split(/\r\n/)
    .filter(Boolean)
  const root: IcsComponent = { type: 'ROOT', props: [], children: [] }
  const stack = [root]
  for (const line of lines) {
    const colon = line.indexOf(':')
    const [name, ...params] = line.slice(0, colon).split(';')
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      const child = { type: value, props: [], children: [] }
      stack.at(-1)!.children.push(child)
      stack.push(child)
    } else if (name === 'END') stack.pop()
    else
      stack.at(-1)!.props.push({
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      })
  }
  return root.children[0]
}

export const findAll = (c: IcsComponent, type: string): IcsComponent[] =>
  c.children.flatMap((child) => (child.type === type ? [child] : findAll(child, type)))

export const prop = (c: IcsComponent, name: string) => c.props.find((p) => p.name === name)

/** The UTC instant a DTSTART/DTEND denotes (TZID resolved through the runtime's zone data). */
export const instantOf = (p: IcsProperty): string => {
  if (p.params.VALUE === 'DATE') return p.value
  const zone = p.value.endsWith('Z') ? 'UTC' : (p.params.TZID ?? 'UTC')
  return DateTime.fromFormat(p.value.replace(/Z$/, ''), "yyyyLLdd'T'HHmmss", { zone })
    .toUTC()
    .toISO()!
}
