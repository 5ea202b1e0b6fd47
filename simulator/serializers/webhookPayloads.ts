// Webhook bodies: WebHookPostSerializer ({ post }), WebHookTopicViewSerializer ({ topic }) and
// WebHookLikeSerializer ({ like: { post, user } }).
import type { SimPost, SimTopic, SimulatorState, SimUser } from '../state'
import { fullPost } from './post'
import { topicAttributes } from './topicView'
import { topicStats } from './topicStats'
import { basicUser } from './users'

// WebHookPostSerializer leaves out can_* flags, actions_summary, yours and the flair fields.
const DROPPED_POST_KEYS = new Set([
  'can_edit',
  'can_delete',
  'can_recover',
  'can_see_hidden_post',
  'can_wiki',
  'actions_summary',
  'can_view_edit_history',
  'yours',
  'flair_url',
  'flair_bg_color',
  'flair_color',
  'mentioned_users',
  'link_counts',
  'read',
  'readers_count',
  'post_localizations',
  'badges_granted',
  'draft_sequence',
])

export const webhookPost = (state: SimulatorState, post: SimPost) => {
  const topic = state.topics.get(post.topic_id)!
  const full = fullPost(state, post, -1)
  const kept = Object.fromEntries(Object.entries(full).filter(([k]) => !DROPPED_POST_KEYS.has(k)))
  const stats = topicStats(state, topic)
  return {
    post: {
      ...kept,
      topic_title: topic.title,
      category_id: topic.category_id,
      category_slug: state.categories.get(topic.category_id)?.slug ?? 'uncategorized',
      topic_posts_count: stats.postsCount,
      topic_filtered_posts_count: stats.postsCount,
      topic_archetype: 'regular',
    },
  }
}

export const webhookTopic = (state: SimulatorState, topic: SimTopic) => {
  const stats = topicStats(state, topic)
  return {
    topic: {
      ...topicAttributes(state, topic),
      created_by: basicUser(stats.creator),
      last_poster: basicUser(stats.lastPoster),
    },
  }
}

/** `post_liked`: the liked post as WebHookPostSerializer shows it, and the user who liked it. */
export const webhookLike = (state: SimulatorState, post: SimPost, user: SimUser) => ({
  like: { post: webhookPost(state, post).post, user: basicUser(user) },
})
