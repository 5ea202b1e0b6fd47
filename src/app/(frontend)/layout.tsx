import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '../../components/site/SiteFooter'
import { SiteHeader } from '../../components/site/SiteHeader'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Space', template: '%s · Space' },
  description: 'News and conversations from the movement.',
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Space: stories' }] } },
}

// Zoom stays allowed (no maximum-scale): readers who need larger text can pinch.
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        {/* tabIndex -1: the skip link moves focus here, not just the scroll position. */}
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
