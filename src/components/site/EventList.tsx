import type { EventOccurrence } from '@/src/site/EventOccurrence'
import { EventListItem } from './EventListItem'

type Props = { occurrences: EventOccurrence[]; headingLevel?: 2 | 3; empty?: string }

export const EventList = ({ occurrences, headingLevel, empty = 'No upcoming events.' }: Props) =>
  occurrences.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ul className="card-list">
      {occurrences.map((o) => (
        <li key={`${o.id}-${o.start}`}>
          <EventListItem occurrence={o} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
