import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in src/startProcess.ts is the process entry; Next renders the admin and the site.
  poweredByHeader: false,
  // Every visitor gets the page's metadata (its <title>) in the head, as bots do, instead of
  // streamed after the body: the page cache replays one rendering to every user agent, and a
  // reader's browser (or an accessibility check) on a busy server never sees a page without a title.
  htmlLimitedBots: /.*/,
  images: { unoptimized: true },
  // `npm test` type-checks the whole repository (tsc --noEmit); the build should not fail on
  // a type error in a test file that no page imports.
  typescript: { ignoreBuildErrors: true },
  // Next loads a route's server code on its first request instead of every route's at start-up:
  // the admin's bundles are large and a public-only or worker-light instance never needs them
  // (start-up resident memory about 340 -> 260 MB; docs/OPERATIONS.md, "Memory").
  // globalNotFound: an address no route matches gets src/app/global-not-found.tsx, the public
  // site's 404 with its header and footer (two root layouts leave Next's bare default otherwise).
  experimental: { preloadEntriesOnStart: false, globalNotFound: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
