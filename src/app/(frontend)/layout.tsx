import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteShell } from '@/src/components/site/SiteShell'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Space', template: '%s · Space' },
  description: 'News and conversations from the movement.',
  alternates: {
    types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Space: stories' }] },
  },
}

// Zoom stays allowed (no maximum-scale): readers who need larger text can pinch.
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
