import Link from 'next/link'

/** What a 404 says, and where a reader can go next (there is no site search yet). */
export const NotFoundBody = () => (
  <>
    <h1>Page not found</h1>
    <p>There is nothing at this address, or it is not published.</p>
    <h2>Where to go from here</h2>
    <ul>
      <li>
        <Link href="/">The home page</Link>: the latest stories and the next events
      </li>
      <li>
        <Link href="/stories">All stories</Link>, newest first, by category
      </li>
      <li>
        <Link href="/events">The events calendar</Link> or{' '}
        <Link href="/events/map">the events map</Link>
      </li>
    </ul>
  </>
)
