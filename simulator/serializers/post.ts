// PostSerializer. The official schemas differ per endpoint (which keys are allowed, which may be
// null), so one full record is built and each endpoint picks its keys.
import type { SimPost, SimulatorState } from '../state'
import { excerpt, fancyTitle } from '../text'
import { topicStats } from './topicStats'
import { avatarTemplate, ghostUser } from './users'

export const fullPost = (state: SimulatorState, post: SimPost, apiUserId: number) => {
  const topic = state.topics.get(post.topic_id)!
  const user = state.users.get(post.user_id) ?? ghostUser
  const stats = topicStats(state, topic)
  return {
    id: post.id,
    name: user.name,
    username: user.username,
    avatar_template: avatarTemplate(user),
    created_at: post.created_at,
    raw: post.raw,
    cooked: post.cooked,
    post_number: post.post_number,
    post_type: 1,
    posts_count: stats.postsCount,
    updated_at: post.updated_at,
    reply_count: 0,
    reply_to_post_number: null,
    quote_count: 0,
    incoming_link_count: 0,
    reads: post.reads,
    readers_count: Math.max(0, post.reads - 1),
    score: post.like_count * 15 + post.reads * 0.2,
    yours: post.user_id === apiUserId,
    topic_id: topic.id,
    topic_slug: topic.slug,
    display_username: user.name,
    primary_group_name: null,
    flair_name: null,
    flair_url: null,
    flair_bg_color: null,
    flair_color: null,
    flair_group_id: null,
    badges_granted: [],
    version: post.version,
    can_edit: true,
    can_delete: post.post_number > 1,
    can_recover: false,
    can_see_hidden_post: true,
    can_wiki: true,
    link_counts: [],
    read: true,
    user_title: null,
    bookmarked: false,
    // 2 is "like"; the count is allowed only where the schema says so (see pickers below).
    actions_summary: [{ id: 2, count: post.like_count, can_act: true }],
    moderator: user.moderator,
    admin: user.admin,
    staff: user.admin || user.moderator,
    user_id: user.id,
    draft_sequence: 0,
    hidden: false,
    trust_level: user.trust_level,
    deleted_at: post.deleted_at,
    user_deleted: false,
    edit_reason: post.edit_reason,
    can_view_edit_history: true,
    wiki: false,
    reviewable_id: null as number | null,
    reviewable_score_count: 0,
    reviewable_score_pending_count: 0,
    post_url: `/t/${topic.slug}/${topic.id}/${post.post_number}`,
    post_localizations: [],
    mentioned_users: [],
  }
}
export type FullPost = ReturnType<typeof fullPost>

const pick = <K extends keyof FullPost>(post: FullPost, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, post[k]])) as Pick<FullPost, K>

const COMMON = [
  'id',
  'name',
  'username',
  'avatar_template',
  'created_at',
  'cooked',
  'post_number',
  'post_type',
  'updated_at',
  'reply_count',
  'reply_to_post_number',
  'quote_count',
  'incoming_link_count',
  'reads',
  'readers_count',
  'score',
  'yours',
  'topic_id',
  'topic_slug',
  'display_username',
  'primary_group_name',
  'flair_name',
  'flair_url',
  'flair_bg_color',
  'flair_color',
  'version',
  'can_edit',
  'can_delete',
  'can_recover',
  'can_see_hidden_post',
  'can_wiki',
  'user_title',
  'bookmarked',
  'moderator',
  'admin',
  'staff',
  'user_id',
  'hidden',
  'trust_level',
  'deleted_at',
  'user_deleted',
  'edit_reason',
  'can_view_edit_history',
  'wiki',
  'reviewable_score_count',
  'reviewable_score_pending_count',
] as const satisfies readonly (keyof FullPost)[]

const likeOnly = (post: FullPost) =>
  post.actions_summary.map(({ id, can_act }) => ({ id, can_act }))

/** GET /posts/{id}.json */
export const showPost = (post: FullPost) => ({
  ...pick(post, [
    ...COMMON,
    'raw',
    'posts_count',
    'flair_group_id',
    'post_url',
    'mentioned_users',
    'reviewable_id',
  ]),
  actions_summary: post.actions_summary,
})

/** POST /posts.json */
export const createdPost = (post: FullPost) => ({
  ...pick(post, [
    ...COMMON,
    'raw',
    'posts_count',
    'flair_group_id',
    'badges_granted',
    'draft_sequence',
    'post_url',
    'reviewable_id',
    'mentioned_users',
  ]),
  actions_summary: likeOnly(post),
})

/** PUT /posts/{id}.json answers { post } */
export const updatedPost = (post: FullPost) => ({ post: createdPost(post) })

/** A post inside GET /t/{id}.json's post_stream: no raw, no post_url; reviewable_id is an integer there. */
export const streamPost = (post: FullPost) => ({
  ...pick(post, [...COMMON, 'link_counts', 'read']),
  actions_summary: likeOnly(post),
  reviewable_id: post.reviewable_id ?? 0,
})

/** A post in GET /posts.json's latest_posts: the post with `raw`, its topic's title and category. */
export const latestPost = (state: SimulatorState, post: FullPost) => {
  const topic = state.topics.get(post.topic_id)!
  const text = excerpt(post.raw)
  return {
    ...pick(post, [
      ...COMMON,
      'raw',
      'posts_count',
      'flair_group_id',
      'badges_granted',
      'post_url',
      'reviewable_id',
    ]),
    actions_summary: likeOnly(post),
    topic_title: topic.title,
    topic_html_title: fancyTitle(topic.title),
    category_id: topic.category_id,
    excerpt: text,
    truncated: text.length < post.raw.length,
  }
}
