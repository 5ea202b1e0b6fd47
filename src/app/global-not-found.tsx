import type { Metadata } from 'next'
import { NotFoundBody } from '../components/site/NotFoundBody'
import { SiteShell } from '../components/site/SiteShell'
import './(frontend)/site.css'

// An address no route matches. The app has two root layouts ((frontend) and (payload)), so
// no layout wraps this page: it brings the public site's document itself
// (next.config.mjs: experimental.globalNotFound).
export const metadata: Metadata = { title: 'Page not found · Space', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFoundBody />
    </SiteShell>
  )
}
