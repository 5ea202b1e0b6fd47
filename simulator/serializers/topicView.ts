// TopicViewSerializer: GET /t/{id}.json (and, trimmed, the webhook topic payload).
import type { SimTopic, SimulatorState } from '../state'
import { fancyTitle } from '../text'
import { fullPost, streamPost } from './post'
import { topicStats } from './topicStats'
import { avatarTemplate, basicUser } from './users'

const CHUNK_SIZE = 20 // Discourse sends the first 20 posts; `stream` lists every post id.

export const topicTags = (state: SimulatorState, topic: SimTopic) =>
  topic.tags.map((name) => ({ id: state.tagIds.get(name) ?? 0, name, slug: name.toLowerCase() }))

/** The topics row as Discourse serializes it, shared by the topic view and the webhook payload. */
export const topicAttributes = (state: SimulatorState, topic: SimTopic) => {
  const stats = topicStats(state, topic)
  return {
    tags: topicTags(state, topic),
    tags_descriptions: {},
    id: topic.id,
    title: topic.title,
    fancy_title: fancyTitle(topic.title),
    posts_count: stats.postsCount,
    created_at: topic.created_at,
    views: topic.views,
    reply_count: stats.replyCount,
    like_count: stats.likeCount,
    last_posted_at: topic.last_posted_at,
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    archetype: 'regular',
    slug: topic.slug,
    category_id: topic.category_id,
    word_count: stats.wordCount,
    deleted_at: topic.deleted_at,
    user_id: topic.user_id,
    featured_link: null,
    pinned_globally: false,
    pinned_at: null,
    pinned_until: null,
    unpinned: null,
    pinned: false,
    highest_post_number: stats.highestPostNumber,
    deleted_by: topic.deleted_by_id === null ? null : basicUser(stats.user(topic.deleted_by_id)),
    has_deleted: false,
    bookmarked: false,
    participant_count: stats.participantCount,
    thumbnails: null,
    // TopicViewSerializer's attributes_from_topic ends with :external_id (absent from the spec's schema).
    external_id: topic.external_id,
  }
}

export const topicView = (state: SimulatorState, topic: SimTopic, apiUserId: number) => {
  const stats = topicStats(state, topic)
  const posts = stats.posts
    .slice(0, CHUNK_SIZE)
    .map((p) => streamPost(fullPost(state, p, apiUserId)))
  const days = Math.max(0, Math.floor((Date.now() - Date.parse(topic.created_at)) / 86_400_000))
  return {
    post_stream: { posts, stream: stats.posts.map((p) => p.id) },
    timeline_lookup: [[1, days]],
    suggested_topics: [],
    ...topicAttributes(state, topic),
    has_summary: false,
    image_url: null,
    slow_mode_seconds: 0,
    draft: null,
    draft_key: `topic_${topic.id}`,
    draft_sequence: 0,
    current_post_number: 1,
    actions_summary: [4, 8, 10, 7].map((id) => ({ id, count: 0, hidden: false, can_act: true })),
    chunk_size: CHUNK_SIZE,
    bookmarks: [],
    topic_timer: null,
    message_bus_last_id: 0,
    show_read_indicator: false,
    slow_mode_enabled_until: null,
    details: {
      can_edit: true,
      notification_level: 3,
      can_move_posts: true,
      can_delete: true,
      can_remove_allowed_users: true,
      can_create_post: !topic.closed,
      can_reply_as_new_topic: true,
      can_invite_to: true,
      can_invite_via_email: true,
      can_flag_topic: true,
      can_convert_topic: true,
      can_review_topic: true,
      can_close_topic: true,
      can_archive_topic: true,
      can_split_merge_topic: true,
      can_edit_staff_notes: true,
      can_toggle_topic_visibility: true,
      can_pin_unpin_topic: true,
      can_moderate_category: true,
      can_remove_self_id: apiUserId,
      participants: stats.posters.map((u) => ({
        id: u.id,
        username: u.username,
        name: u.name,
        avatar_template: avatarTemplate(u),
        post_count: stats.postCountBy(u.id),
        primary_group_name: null,
        flair_name: null,
        flair_url: null,
        flair_color: null,
        flair_bg_color: null,
        flair_group_id: null,
        admin: u.admin,
        moderator: u.moderator,
        trust_level: u.trust_level,
      })),
      created_by: basicUser(stats.creator),
      last_poster: basicUser(stats.lastPoster),
    },
  }
}
