/** The state a forum topic should have, rendered from a story or an event. */
export type DesiredTopic = {
  title: string
  raw: string
  categoryId?: number
  tags: string[]
  embedUrl: string
  /** Listed on the forum (published) or unlisted (draft, archived, unpublished). */
  visible: boolean
}
