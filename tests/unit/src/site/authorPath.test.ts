import { authorIdFromParam } from '@/src/site/authorIdFromParam'
import { authorPath } from '@/src/site/authorPath'
import { tagFromParam } from '@/src/site/tagFromParam'
import { tagPath } from '@/src/site/tagPath'

describe('author addresses', () => {
  it('are the slug of the public name, then the id', () => {
    expect(authorPath(12, 'Wanjiru Otieno')).toBe('/authors/wanjiru-otieno-12')
    expect(authorPath(3, 'Émile Zola')).toBe('/authors/emile-zola-3')
    expect(authorPath(4, 'Agent 47')).toBe('/authors/agent-47-4')
  })

  it('fall back to the bare id when the name has nothing a slug can keep', () => {
    expect(authorPath(5, '王小明')).toBe('/authors/5')
  })

  it('are read back by the id at their end, whatever the name before it', () => {
    expect(authorIdFromParam('wanjiru-otieno-12')).toBe(12)
    expect(authorIdFromParam('agent-47-4')).toBe(4)
    expect(authorIdFromParam('5')).toBe(5)
    expect(authorIdFromParam('an-old-name-12')).toBe(12)
  })

  it('refuse anything that does not end in a positive id', () => {
    for (const param of [
      'wanjiru',
      '',
      '0',
      'a-0',
      '-',
      '12-abc',
      'A-12',
      '1e3',
      '../12',
      '9'.repeat(16),
    ])
      expect(authorIdFromParam(param)).toBeNull()
  })
})

describe('tag addresses', () => {
  it('carry the tag as typed, percent-encoded', () => {
    expect(tagPath('climate justice')).toBe('/tags/climate%20justice')
    expect(tagPath('Kenya')).toBe('/tags/Kenya')
    expect(tagPath('a/b?c#d')).toBe('/tags/a%2Fb%3Fc%23d')
  })

  it('are read back from the percent-encoded param Next hands over', () => {
    for (const tag of ['climate justice', 'Kenya', 'a/b?c#d', '100%', 'café'])
      expect(tagFromParam(encodeURIComponent(tag))).toBe(tag)
    expect(tagFromParam('%E0%A4%A')).toBeNull()
  })
})
