// A CommonMark renderer for checking what the forum will make of the Markdown the bridge sends
// (Discourse's markdown-it follows CommonMark; the simulator itself renders no Markdown).
// micromark is the reference CommonMark implementation; raw HTML is escaped, as Discourse's
// sanitizer would refuse it anyway, so an injected tag shows up as text in the assertion.
import { micromark } from 'micromark'

export const markdownToHtml = (markdown: string): string => micromark(markdown)
