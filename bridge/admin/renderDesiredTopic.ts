import type { Payload } from 'payload'
import type { BridgeSettings } from '../bridgeSettings'
import type { DesiredTopic } from '../sync/DesiredTopic'
import { syncSubject } from '../sync/syncSubjects'
import type { DocRef } from './AdminDeps'

/** The topic Space would write for a document now: read afresh (depth 1, as the sync reads it) and rendered. */
export const renderDesiredTopic = async (
  payload: Payload,
  settings: BridgeSettings,
  { collection, id }: DocRef,
): Promise<DesiredTopic> => {
  const full = await payload.findByID({ collection, id, depth: 1, overrideAccess: true })
  return syncSubject(collection).render(full, settings)
}
