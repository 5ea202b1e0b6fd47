// Slugs, cooked HTML and excerpts, close enough to Discourse's for a stand-in.
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Discourse's "ascii" slug method; an empty result becomes "topic", as in Slug.for. */
export const slugify = (title: string): string => {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
  return slug || 'topic'
}

/** Paragraphs on blank lines; no real markdown (the simulator never claims to render it). */
export const cook = (raw: string): string =>
  raw
    .trim()
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n')

export const excerpt = (raw: string, max = 200): string => {
  const text = escapeHtml(raw.replace(/\s+/g, ' ').trim())
  return text.length > max ? `${text.slice(0, max)}&hellip;` : text
}

export const fancyTitle = (title: string): string => escapeHtml(title)

export const wordCount = (raw: string): number => raw.split(/\s+/).filter(Boolean).length
