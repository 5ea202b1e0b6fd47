import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The express server in src/server.ts is the process entry; Next renders the admin and the site.
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm test` type-checks the whole repository (tsc --noEmit); the build should not fail on
  // a type error in a test file that no page imports.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
