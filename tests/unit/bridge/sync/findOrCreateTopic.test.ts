import { describe, expect, it } from '@jest/globals'
import { embedUrlFor } from '@/bridge/sync/findOrCreateTopic'
import { DiscourseValidationError } from '@/bridge/discourse'
import { externalIdTaken, titleTaken, withFreeTitle } from '@/bridge/sync/withFreeTitle'

const refused = (...errors: string[]) =>
  new DiscourseValidationError({ status: 422, method: 'POST', path: '/posts.json', errors })

describe('embedUrlFor', () => {
  it('keeps the page and adds the external id, so each document has its own embed URL', () => {
    expect(embedUrlFor('https://space.example/stories/bike-library', 'space-story-1')).toBe(
      'https://space.example/stories/bike-library?topic=space-story-1',
    )
    expect(embedUrlFor('https://space.example/events/a?lang=fr', 'space-event-2')).toBe(
      'https://space.example/events/a?lang=fr&topic=space-event-2',
    )
  })
})

describe('withFreeTitle', () => {
  it('numbers the title while the forum answers it is already used', async () => {
    const sent: string[] = []
    const taken = new Set(['Bike library opens', 'Bike library opens · 2'])
    const { title } = await withFreeTitle('Bike library opens', 'Bike library opens', async (t) => {
      sent.push(t)
      if (taken.has(t)) throw refused('Title has already been used')
    })
    expect(title).toBe('Bike library opens · 3')
    expect(sent).toEqual(['Bike library opens', 'Bike library opens · 2', 'Bike library opens · 3'])
  })

  it('starts from the recorded forum title and numbers from the rendered one', async () => {
    const sent: string[] = []
    await withFreeTitle('Garden day · 2', 'Garden day', async (t) => {
      sent.push(t)
      if (t === 'Garden day · 2') throw refused('Title has already been used')
    })
    expect(sent).toEqual(['Garden day · 2', 'Garden day · 3'])
  })

  it('does not retry any other refusal, nor one whose external_id is taken (that is an adoption)', async () => {
    let calls = 0
    await expect(
      withFreeTitle('Short', 'Short', async () => {
        calls++
        throw refused('Title is too short (minimum is 15 characters)')
      }),
    ).rejects.toThrow(DiscourseValidationError)
    await expect(
      withFreeTitle('Lost answer here', 'Lost answer here', async () => {
        calls++
        throw refused('Title has already been used', 'External has already been taken')
      }),
    ).rejects.toThrow(DiscourseValidationError)
    expect(calls).toBe(2)
  })

  it('gives up after "· 10"', async () => {
    let calls = 0
    await expect(
      withFreeTitle('Everywhere taken', 'Everywhere taken', async () => {
        calls++
        throw refused('Title has already been used')
      }),
    ).rejects.toThrow(DiscourseValidationError)
    expect(calls).toBe(10)
  })

  it("reads Discourse's sentences", () => {
    expect(titleTaken(refused('Title has already been used'))).toBe(true)
    expect(externalIdTaken(refused('External has already been taken'))).toBe(true)
    expect(titleTaken(new Error('Title has already been used'))).toBe(false)
  })
})
