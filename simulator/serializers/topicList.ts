// TopicListSerializer / TopicListItemSerializer: GET /latest.json and GET /c/{slug}/{id}.json.
import type { SimTopic, SimulatorState } from '../state'
import { excerpt, fancyTitle } from '../text'
import { topicStats } from './topicStats'
import { basicUser } from './users'

export const PER_PAGE = 30

/** What a list shows beyond Discourse's default item: external_id, when the forum sends it. */
export type TopicListOptions = { externalIds: boolean }

const listItem = (state: SimulatorState, topic: SimTopic, options: TopicListOptions) => {
  const stats = topicStats(state, topic)
  return {
    id: topic.id,
    ...(options.externalIds ? { external_id: topic.external_id } : {}),
    title: topic.title,
    fancy_title: fancyTitle(topic.title),
    slug: topic.slug,
    posts_count: stats.postsCount,
    reply_count: stats.replyCount,
    highest_post_number: stats.highestPostNumber,
    image_url: null,
    created_at: topic.created_at,
    last_posted_at: topic.last_posted_at,
    bumped: topic.bumped_at !== topic.created_at,
    bumped_at: topic.bumped_at,
    archetype: 'regular',
    unseen: false,
    pinned: false,
    unpinned: null,
    excerpt: excerpt(stats.posts[0]?.raw ?? ''),
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    // null, not false: the API user has no topic_users row for most topics (see the contract test).
    bookmarked: null,
    liked: null,
    views: topic.views,
    like_count: stats.likeCount,
    has_summary: false,
    last_poster_username: stats.lastPoster.username,
    category_id: topic.category_id,
    pinned_globally: false,
    featured_link: null,
    posters: stats.posters.slice(0, 5).map((u, i) => ({
      extras: i === 0 ? 'latest single' : '',
      description: i === 0 ? 'Original Poster, Most Recent Poster' : 'Frequent Poster',
      user_id: u.id,
      primary_group_id: null,
    })),
  }
}

/** Most recently bumped first (Topic.topic_list_order), 30 a page, `more_topics_url` while more remain. */
export const topicList = (
  state: SimulatorState,
  topics: SimTopic[],
  page: number,
  moreUrl: (page: number) => string,
  options: TopicListOptions = { externalIds: false },
) => {
  const ordered = [...topics].sort((a, b) => b.bumped_at.localeCompare(a.bumped_at) || b.id - a.id)
  const slice = ordered.slice(page * PER_PAGE, (page + 1) * PER_PAGE)
  const items = slice.map((t) => listItem(state, t, options))
  const userIds = [...new Set(items.flatMap((i) => i.posters.map((p) => p.user_id)))]
  const more = ordered.length > (page + 1) * PER_PAGE
  return {
    users: userIds.map((id) => basicUser(state.users.get(id)!)).filter(Boolean),
    primary_groups: [],
    topic_list: {
      can_create_topic: true,
      per_page: PER_PAGE,
      ...(more ? { more_topics_url: moreUrl(page + 1) } : {}),
      topics: items,
    },
  }
}
