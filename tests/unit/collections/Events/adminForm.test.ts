// The events admin form: select options read as words (the stored values are unchanged), and
// every field the form insists on says so, whether the schema requires it or validateEvent does.
import type { Field, SelectField } from 'payload'
import { Events } from '@/collections/Events'

const flatten = (fields: Field[]): Field[] =>
  fields.flatMap((f) => ('fields' in f && f.type === 'row' ? flatten(f.fields) : [f]))
const field = (name: string) => flatten(Events.fields).find((f) => 'name' in f && f.name === name)!

describe('the events admin form', () => {
  it.each([
    [
      'format',
      [
        ['In person', 'in_person'],
        ['Online', 'online'],
        ['Hybrid', 'hybrid'],
      ],
    ],
    [
      'status',
      [
        ['Scheduled', 'scheduled'],
        ['Postponed', 'postponed'],
        ['Cancelled', 'cancelled'],
      ],
    ],
    [
      'publication',
      [
        ['Draft', 'draft'],
        ['Published', 'published'],
      ],
    ],
  ])('labels the %s options in words and keeps their stored values', (name, expected) => {
    const options = (field(name) as SelectField).options
    expect(options).toEqual(expected.map(([label, value]) => ({ label, value })))
  })

  it('keeps the schema-required fields required (Payload marks them with an asterisk)', () => {
    for (const name of [
      'title',
      'slug',
      'publication',
      'status',
      'start',
      'end',
      'timezone',
      'format',
    ]) {
      expect(field(name)).toMatchObject({ required: true })
    }
  })

  it('says which fields are required for some formats only (checked by validateEvent, not the schema)', () => {
    for (const name of ['latitude', 'longitude']) {
      expect(field(name)).not.toHaveProperty('required')
      expect((field(name).admin as { description?: string })?.description).toMatch(
        /^Required for in-person and hybrid events\./,
      )
    }
    expect((field('onlineUrl').admin as { description?: string })?.description).toBe(
      'Required for online and hybrid events.',
    )
  })
})
