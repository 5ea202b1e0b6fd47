// Counters Discourse keeps on the topics row, derived here from the posts.
import { topicPosts, type SimTopic, type SimulatorState, type SimUser } from '../state'
import { wordCount } from '../text'
import { ghostUser } from './users'

export const topicStats = (state: SimulatorState, topic: SimTopic) => {
  const posts = topicPosts(state, topic)
  const posters = [...new Set(posts.map((p) => p.user_id))]
  const user = (id: number): SimUser => state.users.get(id) ?? ghostUser
  return {
    posts,
    postsCount: posts.length,
    replyCount: Math.max(0, posts.length - 1),
    likeCount: posts.reduce((sum, p) => sum + p.like_count, 0),
    participantCount: posters.length,
    posters: posters.map(user),
    postCountBy: (id: number) => posts.filter((p) => p.user_id === id).length,
    highestPostNumber: posts.reduce((max, p) => Math.max(max, p.post_number), 0),
    wordCount: posts.reduce((sum, p) => sum + wordCount(p.raw), 0),
    creator: user(topic.user_id),
    lastPoster: user(topic.last_post_user_id),
    user,
  }
}
export type TopicStats = ReturnType<typeof topicStats>
