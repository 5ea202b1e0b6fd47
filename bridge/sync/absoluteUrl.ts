/**
 * Resolves a stored path (`/api/media/file/x.jpg`, `/events/rally`, `#top`) against the public
 * site's URL; absolute URLs (any scheme) pass unchanged, `//host/path` takes the site's scheme.
 */
export const absoluteUrl = (base: string) => {
  const root = base.replace(/\/+$/, '')
  return (pathOrUrl: string): string => {
    const url = pathOrUrl.trim().replace(/[\t\n\r]/g, '')
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url
    if (url.startsWith('//')) return `${/^[a-z][a-z0-9+.-]*:/i.exec(root)?.[0] ?? 'https:'}${url}`
    return `${root}${url.startsWith('/') ? '' : '/'}${url}`
  }
}
