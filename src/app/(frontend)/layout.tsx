import type { ReactNode } from 'react'

export const metadata = { title: 'Space', description: 'News and conversations from the movement.' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
