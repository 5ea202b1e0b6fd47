import {
  fingerprintOf,
  parseFingerprint,
  serializeFingerprint,
} from '@/bridge/sync/topicFingerprint'

const topic = {
  title: 'Tree planting in Lagos',
  raw: 'We planted trees.',
  categoryId: 5,
  tags: [],
  embedUrl: 'x',
  visible: true,
}

describe('topic fingerprints', () => {
  it('round-trips through its stored form', () => {
    const f = fingerprintOf(topic)
    expect(parseFingerprint(serializeFingerprint(f))).toEqual(f)
  })

  it('changes only the part that changed, so an edit sends only what it must', () => {
    const a = fingerprintOf(topic)
    const b = fingerprintOf({ ...topic, raw: 'We planted more trees.' })
    expect(b.meta).toBe(a.meta)
    expect(b.post).not.toBe(a.post)
    const c = fingerprintOf({ ...topic, title: 'Tree planting in Lagos, again' })
    expect(c.post).toBe(a.post)
    expect(c.meta).not.toBe(a.meta)
    // Tags travel with the title and category in one topic update, so they are part of meta.
    const d = fingerprintOf({ ...topic, tags: ['solar'] })
    expect(d.post).toBe(a.post)
    expect(d.meta).not.toBe(a.meta)
  })

  it('reads a missing or malformed stored value as unknown', () => {
    expect(parseFingerprint(null)).toBeNull()
    expect(parseFingerprint('garbage')).toBeNull()
  })
})
