import { ICalEventStatus } from 'ical-generator'
import type { FeedEvent } from './FeedEvent'

/** Cancelled events stay in the feed so subscribed calendars strike them rather than lose them. */
export const icsStatus = (status: FeedEvent['status']): ICalEventStatus =>
  status === 'cancelled'
    ? ICalEventStatus.CANCELLED
    : status === 'postponed'
      ? ICalEventStatus.TENTATIVE
      : ICalEventStatus.CONFIRMED
