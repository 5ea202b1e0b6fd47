// HTML helpers for the simulator's pages. Every piece of forum text goes through escapeHtml;
// a URL goes into an attribute only after safeUrl has let it through.

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const ALLOWED_SCHEME = /^(https?|mailto):/i
// A scheme is whatever precedes the first ":" before any "/", "?" or "#".
const HAS_SCHEME = /^[^/?#]*:/
// Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any control or space character refuses the URL.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/

/** http, https, mailto or a relative URL; anything else (javascript:, data:, vbscript:, ...) is null. */
export const safeUrl = (url: string): string | null => {
  if (url === '' || CONTROL_OR_SPACE.test(url)) return null
  if (ALLOWED_SCHEME.test(url)) return url
  return HAS_SCHEME.test(url) ? null : url
}

/** Every page's headers: no script may run, forms post only here, nothing frames the page. */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
main{max-width:46rem;margin:0 auto;padding:1rem}
.simulator-banner{background:#fff3cd;border-bottom:2px solid #c99a00;padding:.75rem 1rem;margin:0}
.site{display:block;font-weight:bold;padding:.5rem 1rem;background:#333;color:#fff;text-decoration:none}
.post{background:#fff;border:1px solid #ddd;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}
.post.target{border-color:#0088cc;box-shadow:0 0 0 2px #0088cc55}
.post header,.stats,.post footer{color:#555;font-size:.9rem}
.post footer{display:flex;gap:1rem;align-items:center}
.cooked img{max-width:100%}
.cooked pre{background:#f0f0f0;padding:.5rem;overflow:auto}
blockquote{border-left:4px solid #ddd;margin:0;padding-left:1rem;color:#444}
.errors{color:#a00}
textarea{width:100%;min-height:8rem;font:inherit}
button{font:inherit;cursor:pointer}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`

/** The frame of every page, with the plain statement that this is not a real forum. */
export const layout = (
  siteTitle: string,
  title: string,
  body: string,
  extraHead = '',
): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - ${escapeHtml(siteTitle)}</title>${extraHead}
<style>${STYLE}</style>
</head>
<body>
<p class="simulator-banner" role="note" data-testid="simulator-banner"><strong>This is the Space simulator, not a real forum.</strong>
It is a built-in stand-in for Discourse, for demos and tests only: replies and likes made here are kept in memory and lost when it stops.</p>
<a class="site" href="/">${escapeHtml(siteTitle)}</a>
<main>
${body}
</main>
</body>
</html>
`
