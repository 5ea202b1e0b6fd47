import Link from 'next/link'
import { EventList } from '@/src/components/site/EventList'
import { StoryList } from '@/src/components/site/StoryList'
import { findEventOccurrences } from '@/src/site/findEventOccurrences'
import { findStories } from '@/src/site/findStories'

/** Home: the latest stories and the next events. */
export default async function HomePage() {
  const [{ stories }, events] = await Promise.all([
    findStories({ limit: 6 }),
    findEventOccurrences({ when: 'upcoming', limit: 5 }),
  ])
  return (
    <>
      <h1>Space</h1>
      <p className="lead">News and conversations from the movement.</p>
      <div className="columns">
        <section aria-labelledby="latest-stories">
          <h2 id="latest-stories">Latest stories</h2>
          <StoryList stories={stories} />
          <p>
            <Link href="/stories">All stories</Link>
          </p>
        </section>
        <section aria-labelledby="upcoming-events">
          <h2 id="upcoming-events">Upcoming events</h2>
          <EventList occurrences={events} />
          <p>
            <Link href="/events">Calendar</Link> · <Link href="/events/map">Map</Link>
          </p>
        </section>
      </div>
    </>
  )
}
