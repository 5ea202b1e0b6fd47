import Link from 'next/link'

export const SiteFooter = () => (
  <footer className="site-footer">
    <nav aria-label="Site">
      <ul className="nav-list">
        <li>
          <Link href="/guidelines">Editorial guidelines</Link>
        </li>
        <li>
          <Link href="/code-of-conduct">Code of conduct</Link>
        </li>
        <li>
          <a href="/feed.xml">Stories feed (Atom)</a>
        </li>
        <li>
          <a href="/api/events/feed.ics">Events calendar (iCal)</a>
        </li>
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is another root layout: a full page load, not a client navigation */}
          <a href="/admin">Sign in</a>
        </li>
      </ul>
    </nav>
    <p>News and conversations from the movement.</p>
  </footer>
)
