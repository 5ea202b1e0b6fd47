import type { TaskConfig } from 'payload'
import type { Bridge } from '@/bridge/createBridge'
import { createCloseDiscourseTopicTask } from './CloseDiscourseTopicTask'
import { createRefreshTopicActivityTask } from '@/bridge/activity/RefreshTopicActivityTask'
import { createSyncDiscourseTopicTask } from './SyncDiscourseTopicTask'

/** The bridge's job tasks, bound to one bridge (client, limiter, settings). */
export const bridgeTasks = (bridge: Bridge): TaskConfig[] => [
  createSyncDiscourseTopicTask(bridge) as TaskConfig,
  createCloseDiscourseTopicTask(bridge) as TaskConfig,
  createRefreshTopicActivityTask(bridge) as TaskConfig,
]
