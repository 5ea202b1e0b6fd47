import type { ReactNode } from 'react'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * The document every public page sits in: header (skip link, main navigation), `main`, footer.
 * Shared by the (frontend) layout and the app-wide 404 (src/app/global-not-found.tsx), which
 * renders outside every layout.
 */
export const SiteShell = ({ children }: { children: ReactNode }) => (
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
