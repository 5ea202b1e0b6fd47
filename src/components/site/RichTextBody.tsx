import {
  RichText,
  type JSXConverter,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'
import { isSafeUrl } from '@/shared/isSafeUrl'
import { withoutTemplatePrompts } from '@/shared/lexical'

type EditorState = Parameters<typeof RichText>[0]['data']
type LinkNode = { fields?: { url?: unknown; linkType?: string } | null; children?: unknown[] }

type Props = { data: unknown; className?: string }

// A link whose URL isSafeUrl refuses (only content saved before links were checked can hold
// one) is shown as its text, with no href. Internal links get their href from the document.
const safeLink = (convert: JSXConverter<LinkNode> | undefined): JSXConverter<LinkNode> =>
  function SafeLink(args) {
    if (args.node.fields?.linkType !== 'internal' && !isSafeUrl(args.node.fields?.url)) {
      return (
        <>
          {args.nodesToJSX({
            nodes: (args.node.children ?? []) as Parameters<typeof args.nodesToJSX>[0]['nodes'],
          })}
        </>
      )
    }
    return typeof convert === 'function' ? convert(args) : convert
  }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: safeLink(defaultConverters.link as JSXConverter<LinkNode>),
  autolink: safeLink(defaultConverters.autolink as JSXConverter<LinkNode>),
})

/**
 * Lexical content as HTML (Payload's own JSX converters, links checked by isSafeUrl), without
 * untouched template prompts; nothing when empty.
 */
export const RichTextBody = ({ data, className = 'prose' }: Props) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <RichText
      className={className}
      data={withoutTemplatePrompts(data) as EditorState}
      converters={converters}
    />
  )
}
