import { BUILT_IN_SIMULATOR } from '@/config/builtInSimulator'
import { DEFAULT_CATEGORY_IDS } from '@/simulator'

describe('the built-in simulator as the product expects it', () => {
  it("seeds the categories the bridge defaults Space's stories and events to", () => {
    expect(BUILT_IN_SIMULATOR.categoryIds).toEqual({
      spaceNews: DEFAULT_CATEGORY_IDS.spaceNews,
      events: DEFAULT_CATEGORY_IDS.events,
    })
  })
})
