// Post endpoints (discourse_api's posts.rb).
import { z } from 'zod'
import type { DiscourseHttp } from '../http'
import { PostSchema, type Post } from '../schemas/post'
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
