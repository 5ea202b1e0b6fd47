// Space's mark: a planet with one small moon, in the site's accent colour (site.css --accent).
// One SVG for the admin's favicon (a data: URL; the CSP allows data: images) and its graphics.
export const SPACE_ACCENT = '#0b5cad'

export const spaceMarkSvg = (size = 32) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32" role="img" aria-label="Space">` +
  `<circle cx="15" cy="17" r="12" fill="${SPACE_ACCENT}"/>` +
  `<circle cx="15" cy="17" r="5" fill="#ffffff"/>` +
  `<circle cx="26.5" cy="6.5" r="3.5" fill="${SPACE_ACCENT}"/>` +
  `</svg>`

export const spaceMarkDataUrl = `data:image/svg+xml,${encodeURIComponent(spaceMarkSvg())}`
