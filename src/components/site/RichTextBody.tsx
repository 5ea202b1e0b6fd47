import { RichText } from '@payloadcms/richtext-lexical/react'

type EditorState = Parameters<typeof RichText>[0]['data']

type Props = { data: unknown; className?: string }

/** Lexical content as HTML (Payload's own JSX converters); nothing when empty. */
export const RichTextBody = ({ data, className = 'prose' }: Props) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <RichText className={className} data={data as EditorState} />
}
