import {
  isDiscourseAuthError,
  isDiscourseError,
  isDiscourseNetworkError,
  isDiscourseNotFoundError,
  isDiscourseSchemaError,
  isDiscourseServerError,
} from '../discourse'
import type { Bridge } from '../createBridge'

export type DiscourseCheck =
  | { ok: true; url: string; usingSimulator: boolean; siteTitle?: string }
  | {
      ok: false
      url: string
      usingSimulator: boolean
      cause: 'unreachable' | 'rejected_key' | 'not_discourse' | 'failing'
      message: string
    }

/** An external_id no topic has: the lookup proves the key works without touching anything. */
const PROBE_EXTERNAL_ID = 'space-cli-probe'

const explain = (
  err: unknown,
  url: string,
  usingSimulator: boolean,
): Omit<Extract<DiscourseCheck, { ok: false }>, 'ok' | 'url' | 'usingSimulator'> => {
  const where = usingSimulator
    ? `${url} (DISCOURSE_URL is unset, so the built-in simulator of a running server is expected there)`
    : url
  if (isDiscourseNetworkError(err))
    return {
      cause: 'unreachable',
      message: `Discourse is unreachable at ${where}: ${err.timedOut ? 'timed out' : (err.code ?? 'no answer')}. Check DISCOURSE_URL.`,
    }
  if (isDiscourseAuthError(err))
    return {
      cause: 'rejected_key',
      message: `Discourse rejected the API key (HTTP ${err.status}). Check DISCOURSE_API_KEY and DISCOURSE_API_USERNAME.`,
    }
  if (isDiscourseSchemaError(err) || isDiscourseNotFoundError(err))
    return {
      cause: 'not_discourse',
      message: `${where} does not answer like a Discourse forum. Check DISCOURSE_URL.`,
    }
  if (isDiscourseServerError(err))
    return {
      cause: 'failing',
      message: `Discourse at ${where} is failing (HTTP ${err.status}). Check DISCOURSE_URL and the forum's health.`,
    }
  const detail = isDiscourseError(err)
    ? `HTTP ${err.status}`
    : err instanceof Error
      ? err.message
      : String(err)
  return {
    cause: 'failing',
    message: `Discourse at ${where} answered unexpectedly (${detail}). Check DISCOURSE_URL.`,
  }
}

/**
 * Is the forum there, and does it accept our key? The site's basic info (public) shows it is
 * a Discourse; an authenticated lookup by external_id (a 404 is fine) shows the key and
 * username are accepted. Two GETs, nothing written.
 */
export const checkDiscourse = async ({ client, settings }: Bridge): Promise<DiscourseCheck> => {
  const base = { url: settings.discourseUrl, usingSimulator: settings.usingSimulator }
  try {
    const info = (await client.getSiteBasicInfo()) as { title?: string }
    await client.getTopicByExternalId(PROBE_EXTERNAL_ID)
    return { ok: true, ...base, siteTitle: info?.title }
  } catch (err) {
    return { ok: false, ...base, ...explain(err, settings.discourseUrl, settings.usingSimulator) }
  }
}
