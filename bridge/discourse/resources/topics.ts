// Topic endpoints, verb + noun, each taking the shared transport first (discourse_api's topics.rb).
import { z } from 'zod'
import { isDiscourseNotFoundError } from '../errors'
import type { DiscourseHttp } from '../http'
import {
  CreateTopicInputSchema,
  ExternalIdSchema,
  TopicIdSchema,
  TopicStatusSchema,
  UpdateTopicInputSchema,
  type CreateTopicInput,
  type TopicStatus,
  type UpdateTopicInput,
} from '../schemas/inputs'
import { CreatedPostSchema } from '../schemas/post'
import { TopicSchema, type Topic } from '../schemas/topic'
import { TopicListSchema, type TopicListItem } from '../schemas/topicList'
import { checkInput } from './checkInput'

export type CreatedTopic = { topicId: number; postId: number; topicSlug: string }
export type TopicPage = { topics: TopicListItem[]; moreTopicsUrl?: string }

/** POST /posts.json. Not idempotent: the transport never retries it; callers look up by external_id. */
export const createTopic = async (
  http: DiscourseHttp,
  input: CreateTopicInput,
): Promise<CreatedTopic> => {
  const v = checkInput(CreateTopicInputSchema, input, 'POST', '/posts.json')
  const post = await http.request({
    method: 'POST',
    path: '/posts.json',
    data: {
      title: v.title,
      raw: v.raw,
      category: v.categoryId,
      tags: v.tags,
      external_id: v.externalId,
      embed_url: v.embedUrl,
      created_at: v.createdAt,
    },
    schema: CreatedPostSchema,
  })
  return { topicId: post.topic_id, postId: post.id, topicSlug: post.topic_slug }
}

export const getTopic = async (http: DiscourseHttp, topicId: number): Promise<Topic> => {
  const id = checkInput(TopicIdSchema, topicId, 'GET', '/t/{id}.json')
  return http.request({ method: 'GET', path: `/t/${id}.json`, schema: TopicSchema })
}

/** Discourse answers 301 to /t/{slug}/{id}.json; a topic that is not there (or deleted) is null. */
export const getTopicByExternalId = async (
  http: DiscourseHttp,
  externalId: string,
): Promise<Topic | null> => {
  const ext = checkInput(ExternalIdSchema, externalId, 'GET', '/t/external_id/{external_id}.json')
  try {
    return await http.request({
      method: 'GET',
      path: `/t/external_id/${encodeURIComponent(ext)}.json`,
      schema: TopicSchema,
      followRedirect: true,
    })
  } catch (err) {
    if (isDiscourseNotFoundError(err)) return null
    throw err
  }
}

/**
 * PUT /t/-/{id}.json. Discourse's TopicsController#update reads top-level params: title,
 * category_id and tags (every field PostRevisor tracks; the spec's schema lists only the first two).
 */
export const updateTopic = async (
  http: DiscourseHttp,
  topicId: number,
  input: UpdateTopicInput,
): Promise<void> => {
  const id = checkInput(TopicIdSchema, topicId, 'PUT', '/t/-/{id}.json')
  const v = checkInput(UpdateTopicInputSchema, input, 'PUT', `/t/-/${id}.json`)
  await http.request({
    method: 'PUT',
    path: `/t/-/${id}.json`,
    data: {
      title: v.title,
      category_id: v.categoryId,
      ...(v.tags !== undefined ? { tags: v.tags } : {}),
    },
  })
}

/** PUT /t/{id}/status.json; Discourse wants `enabled` as the string "true" or "false". */
export const updateTopicStatus = async (
  http: DiscourseHttp,
  topicId: number,
  status: TopicStatus,
  enabled: boolean,
): Promise<void> => {
  const id = checkInput(TopicIdSchema, topicId, 'PUT', '/t/{id}/status.json')
  const s = checkInput(TopicStatusSchema, status, 'PUT', `/t/${id}/status.json`)
  const on = checkInput(z.boolean(), enabled, 'PUT', `/t/${id}/status.json`)
  await http.request({
    method: 'PUT',
    path: `/t/${id}/status.json`,
    data: { status: s, enabled: String(on) },
  })
}

/** DELETE /t/{id}.json: a soft delete on the forum (the topic answers 404 afterwards). */
export const deleteTopic = async (http: DiscourseHttp, topicId: number): Promise<void> => {
  const id = checkInput(TopicIdSchema, topicId, 'DELETE', '/t/{id}.json')
  await http.request({ method: 'DELETE', path: `/t/${id}.json` })
}

const pageParams = (page?: number) => (page && page > 0 ? { page } : undefined)

/** GET /c/{slug}/{id}.json?page=N: 30 topics a page, most recently bumped first. */
export const listCategoryTopics = async (
  http: DiscourseHttp,
  category: { id: number; slug?: string },
  page?: number,
): Promise<TopicPage> => {
  const id = checkInput(TopicIdSchema, category.id, 'GET', '/c/{slug}/{id}.json')
  // Discourse finds a category by its trailing id; the slug only makes the URL readable.
  const path = category.slug
    ? `/c/${encodeURIComponent(category.slug)}/${id}.json`
    : `/c/${id}.json`
  const body = await http.request({
    method: 'GET',
    path,
    params: pageParams(page),
    schema: TopicListSchema,
  })
  return { topics: body.topic_list.topics, moreTopicsUrl: body.topic_list.more_topics_url }
}

/** GET /latest.json?page=N, most recently bumped first. */
export const listLatestTopics = async (http: DiscourseHttp, page?: number): Promise<TopicPage> => {
  const body = await http.request({
    method: 'GET',
    path: '/latest.json',
    params: pageParams(page),
    schema: TopicListSchema,
  })
  return { topics: body.topic_list.topics, moreTopicsUrl: body.topic_list.more_topics_url }
}
