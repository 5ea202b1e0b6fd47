import { isSafeUrl } from '@/shared/isSafeUrl'

// prettier-ignore
const refused = [
  'javascript:alert(1)', 'JavaScript:alert(1)', 'JAVASCRIPT:alert(1)', ' JavaScript:alert(1)', '\tjavascript:alert(1)',
  'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\rscript:alert(1)', 'java\u0000script:alert(1)', 'jav\u0001ascript:alert(1)',
  '\u00a0javascript:alert(1)', 'java\u200bscript:alert(1)', 'javascript\t:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'DATA:text/html,<script>alert(1)</script>', ' data:image/png;base64,AAAA',
  'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'vb\tscript:msgbox(1)',
  'file:///etc/passwd', 'ftp://example.org/x', 'tel:+4930123', 'blob:https://example.org/x',
  'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'javascript\\:alert(1)', '1javascript:alert(1)', '',
]

// prettier-ignore
const allowed = [
  'https://example.org/a?b=1#c', 'http://example.org', 'HTTPS://EXAMPLE.ORG', ' https://example.org ', 'mailto:team@example.org',
  '/events/rally', '#section-2', '?page=2', 'stories/some-story', './x:y', '//cdn.example.org/a.png', '/search?q=a:b',
]

describe('isSafeUrl', () => {
  it.each(refused.map((u) => [JSON.stringify(u), u]))('refuses %s as a link', (_shown, url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  it.each(allowed.map((u) => [JSON.stringify(u), u]))('allows %s as a link', (_shown, url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  it('allows only absolute http(s) URLs for the URL fields (web)', () => {
    expect(isSafeUrl('https://meet.example.org/x', 'web')).toBe(true)
    expect(isSafeUrl('http://example.org', 'web')).toBe(true)
    for (const url of [
      'mailto:a@example.org',
      '/register',
      '#x',
      'java\tscript:alert(1)',
      'data:text/html,x',
    ])
      expect(isSafeUrl(url, 'web')).toBe(false)
  })

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org']])
      expect(isSafeUrl(value)).toBe(false)
  })
})
