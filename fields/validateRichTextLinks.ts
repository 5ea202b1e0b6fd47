import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'
import { isSafeUrl } from '@/shared/isSafeUrl'

type LexicalNode = {
  type?: string
  url?: unknown
  fields?: { url?: unknown } | null
  children?: LexicalNode[]
}

/** The URL of every link and autolink node in a Lexical document, at any depth. */
const linkUrls = (value: unknown): string[] => {
  const urls: string[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'link' || node.type === 'autolink') {
      for (const url of [node.fields?.url, node.url])
        if (typeof url === 'string' && url !== '') urls.push(url)
    }
    if (Array.isArray(node.children)) node.children.forEach(walk)
  }
  walk((value as { root?: LexicalNode } | null | undefined)?.root)
  return urls
}

/**
 * `validate` for every rich-text field: every link must pass isSafeUrl (http, https, mailto or
 * relative), then the editor's own checks (Payload's default rich-text validation) run. The
 * whole value is checked on every save, so a document stored before this check with such a
 * link saves again once the link is fixed (the message quotes it); until then the site and the
 * forum show that link as plain text.
 */
export const validateRichTextLinks: RichTextFieldValidation = async (value, options) => {
  const refused = linkUrls(value).find((url) => !isSafeUrl(url))
  if (refused === undefined) return richText(value, options)
  const shown = JSON.stringify(refused.length > 80 ? `${refused.slice(0, 80)}…` : refused)
  return `Links must be http(s), mailto or relative URLs (/path, #anchor); ${shown} is not allowed.`
}
