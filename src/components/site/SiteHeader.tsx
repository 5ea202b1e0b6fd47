import Link from 'next/link'

const links = [
  { href: '/stories', label: 'Stories' },
  { href: '/events', label: 'Events' },
  { href: '/events/map', label: 'Map' },
  { href: '/guidelines', label: 'Write for Space' },
]

/** Skip link first (the first Tab stop), then the site name and the main navigation. */
export const SiteHeader = () => (
  <header className="site-header">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <div className="site-header__inner">
      <Link className="site-name" href="/">
        Space
      </Link>
      <nav aria-label="Main">
        <ul className="nav-list">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  </header>
)
