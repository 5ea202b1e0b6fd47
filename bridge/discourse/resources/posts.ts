// Post endpoints (discourse_api's posts.rb).
import { z } from 'zod'
import type { DiscourseHttp } from '../http'
import { PostSchema, type Post, type StreamPost } from '../schemas/post'
import { LatestPostsSchema, TopicPostsSchema, type LatestPost } from '../schemas/postList'
import { TopicIdSchema } from '../schemas/inputs'
import { checkInput } from './checkInput'

/** GET /posts/{id}.json, with `raw`. */
export const getPost = async (http: DiscourseHttp, postId: number): Promise<Post> => {
  const id = checkInput(TopicIdSchema, postId, 'GET', '/posts/{id}.json')
  return http.request({ method: 'GET', path: `/posts/${id}.json`, schema: PostSchema })
}

/** PUT /posts/{id}.json with `{ post: { raw, edit_reason } }`; used for a topic's first post. */
export const updatePost = async (
  http: DiscourseHttp,
  postId: number,
  raw: string,
  editReason?: string,
): Promise<void> => {
  const id = checkInput(TopicIdSchema, postId, 'PUT', '/posts/{id}.json')
  const body = checkInput(
    z.string().trim().min(1, 'raw is required'),
    raw,
    'PUT',
    `/posts/${id}.json`,
  )
  await http.request({
    method: 'PUT',
    path: `/posts/${id}.json`,
    data: { post: { raw: body, edit_reason: editReason } },
  })
}

/**
 * GET /posts.json: the forum's latest public posts across topics, newest first. `before` pages
 * back: Discourse answers the posts with ids up to it (its controller reads `id <= before`, the
 * spec says "lower than"), so callers pass the lowest id they saw and drop what they already have.
 */
export const listLatestPosts = async (
  http: DiscourseHttp,
  before?: number,
): Promise<LatestPost[]> => {
  const from =
    before === undefined ? undefined : checkInput(TopicIdSchema, before, 'GET', '/posts.json')
  const page = await http.request({
    method: 'GET',
    path: '/posts.json',
    params: from === undefined ? undefined : { before: from },
    schema: LatestPostsSchema,
  })
  return page.latest_posts
}

/**
 * GET /t/{id}/posts.json?post_ids[]=…: chosen posts of one topic. The topic view carries only
 * its first 20 posts; its `post_stream.stream` lists every id, and this fetches the rest by id.
 */
export const getTopicPosts = async (
  http: DiscourseHttp,
  topicId: number,
  postIds: number[],
): Promise<StreamPost[]> => {
  const id = checkInput(TopicIdSchema, topicId, 'GET', '/t/{id}/posts.json')
  const ids = postIds.map((p) => checkInput(TopicIdSchema, p, 'GET', '/t/{id}/posts.json'))
  if (ids.length === 0) return []
  const query = ids.map((p) => `post_ids[]=${p}`).join('&')
  const page = await http.request({
    method: 'GET',
    path: `/t/${id}/posts.json?${query}`,
    schema: TopicPostsSchema,
  })
  return page.post_stream.posts
}
