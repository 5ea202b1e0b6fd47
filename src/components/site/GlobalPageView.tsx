import type { GlobalPage } from '@/src/site/findGlobalPage'
import { RichTextBody } from './RichTextBody'
import { SubmitStoryLink } from './SubmitStoryLink'

/** The guidelines and code of conduct pages: the global's title and content, then "Submit a story". */
export const GlobalPageView = ({ page }: { page: GlobalPage }) => (
  <article>
    <h1>{page.title}</h1>
    <RichTextBody data={page.content} />
    <SubmitStoryLink />
  </article>
)
