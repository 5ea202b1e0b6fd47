// The starting text of the editorial guidelines and the code of conduct (globals/), seeded on
// first start (seedDefaults) and edited by the movement's own editors and admins afterwards.
// Written in a small markup turned into Lexical JSON below: blocks are `## heading`, `- item`
// (a bullet list), `1. item` (a numbered list) or a paragraph; inline `**bold**` and
// `[text](/relative-url)`.
import { headingNode, lexicalDocument, textNode } from '@/shared/lexical'

type Node = Record<string, unknown>

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

const inline = (text: string): Node[] => {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\[(.+?)\]\((\/[^)\s]*)\)/g
  let at = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) nodes.push(textNode(text.slice(at, match.index)))
    if (match[1] !== undefined) nodes.push(textNode(match[1], 1))
    else
      nodes.push({
        ...base,
        type: 'link',
        version: 3,
        fields: { linkType: 'custom', url: match[3], newTab: false },
        children: [textNode(match[2]!)],
      })
    at = match.index + match[0].length
  }
  if (at < text.length) nodes.push(textNode(text.slice(at)))
  return nodes
}

const paragraph = (text: string): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inline(text),
})

const list = (kind: 'bullet' | 'number', items: string[]): Node => ({
  ...base,
  type: 'list',
  listType: kind,
  start: 1,
  tag: kind === 'bullet' ? 'ul' : 'ol',
  children: items.map((item, i) => ({
    ...base,
    type: 'listitem',
    value: i + 1,
    children: inline(item),
  })),
})

/** Lexical JSON from the markup described above. */
export const pageDocument = (markup: string) => {
  const blocks: Node[] = []
  for (const block of markup.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim())
    if (lines[0]!.startsWith('## ')) blocks.push(headingNode(lines[0]!.slice(3)))
    else if (lines.every((l) => l.startsWith('- ')))
      blocks.push(
        list(
          'bullet',
          lines.map((l) => l.slice(2)),
        ),
      )
    else if (lines.every((l) => /^\d+\. /.test(l)))
      blocks.push(
        list(
          'number',
          lines.map((l) => l.replace(/^\d+\. /, '')),
        ),
      )
    else blocks.push(paragraph(lines.join(' ')))
  }
  return lexicalDocument(blocks)
}

export const editorialGuidelines = `
Space is where the movement tells its own story. Anyone who takes part, in a neighbourhood group, a national campaign or an online working group, can write for it, in any language the movement speaks. These guidelines say what a good story needs, how editors review it and what happens once it is published. They are short on purpose: when in doubt, ask the editors.

## What a story needs

- **A clear, specific title.** Say what happened and where: "Two hundred neighbours clean the Nairobi river" tells readers more than "A great day out".
- **A short summary.** One or two sentences that make someone want to read on. It appears in lists, in feeds and on the forum.
- **Facts you can stand behind.** Who, what, where, when, and why it matters. Give dates, places and numbers where you have them, and say where they come from.
- **People's own words.** Quote the people involved, and ask before you name or quote anyone. Where being identified could put someone at risk, use a first name only, or no name.
- **Pictures you may use.** Your own photos, or photos you have permission to use, each with a credit and a short description for readers who cannot see it. Ask before you photograph people; for children, ask their parents or guardians, and leave faces out when in doubt.
- **A way to take part.** End with what readers can do next: a date, a meeting point, a contact, a link.

Starting a story from a template (event report, community profile, project update or interview) gives you the sections that kind of story needs. Write over the prompts, and delete the sections you do not need.

## How to write it

- Write for readers anywhere in the world, many of them reading in their second or third language: short sentences, plain words, no jargon, acronyms spelled out the first time.
- Keep what happened apart from what you think of it. Criticise what people and organisations do, never who they are, and give them a fair hearing.
- Most stories run from 300 to 1,000 words. Say what needs saying, then stop.
- Use your own words. When you draw on someone else's work, quote it, credit it and link to it.
- Set the story's language, so readers find it.

## How review works

Every story goes through the same steps. Its status shows where it is at any moment.

1. **Draft.** Your story, visible to you and the editors only. Save as often as you like.
2. **Submitted.** You send it for review when it is ready. From then on it is locked for you while the editors look at it.
3. **In review.** An editor has picked it up. They check the facts, clarity, safety and fit with these guidelines and the [code of conduct](/code-of-conduct).
4. **Changes requested** or **approved.** If something needs work, the editor sends the story back to you with notes saying what to change; make the changes and submit it again. If it is ready, the editor approves it and may schedule it for a date and time.
5. **Published.** The story appears on the site, and a conversation about it opens on the forum, where readers can reply.

Notes from editors appear with the story, under "Review notes". Only you, your co-authors and the editors can read them. Editors may make small changes without asking: spelling, length, a clearer title. Anything that changes what the story says comes back to you first.

Editors are volunteers too. Review usually takes a few days; if you have heard nothing after a week, ask the editors on the forum.

## After publication

Replies, likes and views from the forum show up with the story. If you spot a mistake, tell the editors: errors are corrected openly, and a significant correction is noted at the end of the story. An editor can unpublish (archive) a story, for example when the facts have changed or when someone in it asks to be removed.

## What Space does not publish

- Anything that breaks the [code of conduct](/code-of-conduct).
- Personal details of people who have not agreed to share them: addresses, phone numbers, pictures of children without their guardians' consent.
- Rumours, and claims that cannot be checked.
- Advertising, and appeals for money for private purposes.
`

export const codeOfConduct = `
Space brings together volunteers from many countries, languages, faiths, generations and walks of life. What holds us together is the work we share, and the way we treat each other while we do it. This code applies wherever Space is: the stories and comments on this site, the forum, our events online and in person, and our working groups. It applies to everyone, whatever their role: contributors, editors, organisers and admins alike.

## Our principles

- **Respect.** Treat everyone with dignity. Disagree with ideas, never attack people.
- **Welcome.** Make newcomers feel at home, and make room for people whose voices are heard less often. Write and speak so that someone reading in a second language can follow.
- **Honesty.** Say what you know and how you know it. Do not spread what you have not checked, and put your mistakes right.
- **Privacy and safety.** Never share anyone's personal details, whereabouts or picture without their consent. Take particular care with children and with people at risk.
- **Good faith.** Assume the best of each other, give credit where it is due, and remember that everyone here gives their time freely.

## What is not acceptable

- Harassment, intimidation, threats or stalking, online or in person.
- Discrimination, slurs or demeaning jokes about anyone's origin, ethnicity, nationality, caste, religion or belief, gender, gender identity or expression, sexual orientation, disability, age, appearance or social background.
- Unwelcome sexual attention or advances.
- Publishing someone's private information ("doxxing"), or photos and recordings of people who asked not to be recorded.
- Calls to violence, or praise for it.
- Deliberate disinformation, impersonation and spam.
- Retaliating against anyone who reports a problem.

## How to report a problem

If you experience or witness something that goes against this code, please tell us, even if you are not sure it counts.

- **On the forum:** flag the post (the flag button under every post). To write to the moderators privately, flag it and choose "Something else".
- **At an event:** tell one of the organisers, or another volunteer you trust, who will pass it on.
- **Anything else, or anything sensitive:** write to an admin of Space directly.
- **If anyone is in immediate danger,** call the local emergency services first.

## What happens next

Every report is read. Reports are handled in confidence, by people who are not involved in the situation; your name is not shared without your permission. We may ask you for details, and we will tell you what we decided. Depending on what happened, the response can be a conversation, a warning, the removal of content, or a temporary or permanent exclusion from Space, its forum and its events.

If a report is made about you, you will be told what it is about and heard before anything is decided, unless that would put someone at risk.

## Questions

This code belongs to the movement, and it changes as we learn. Suggestions are welcome on the forum. For writing for Space, see the [editorial guidelines](/guidelines).
`

export const defaultPages = [
  { slug: 'editorial-guidelines', title: 'Editorial guidelines', markup: editorialGuidelines },
  { slug: 'code-of-conduct', title: 'Code of conduct', markup: codeOfConduct },
] as const
