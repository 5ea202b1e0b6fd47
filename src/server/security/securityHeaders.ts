import helmet from 'helmet'
import type { RequestHandler } from 'express'

/**
 * Helmet's secure headers for every answer. The CSP is pragmatic: Next.js (the admin and the
 * site) inlines its bootstrapping scripts and styles without nonces, so 'unsafe-inline' stays
 * for scripts and styles; development also needs 'unsafe-eval' for hot reload. Everything
 * else is locked to this origin, except images: map tiles and story covers may come from any
 * https host.
 */
export const securityHeaders = ({ development }: { development: boolean }): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
        'frame-ancestors': ["'self'"],
        'object-src': ["'none'"],
        // `npm start` serves plain http on localhost, where upgrading would break every asset;
        // behind TLS the proxy's HSTS does this job.
        'upgrade-insecure-requests': null,
      },
    },
    // The admin embeds previews and images from other origins; COEP would block them.
    crossOriginEmbedderPolicy: false,
  })
