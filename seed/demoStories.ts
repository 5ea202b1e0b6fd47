// Demo stories, one or more in every workflow state, with real Lexical bodies.
import type { StoryStatus } from '@/collections/Stories/workflow'
import { headingNode, lexicalDocument, paragraphNode } from '@/shared/lexical'

type DemoStory = {
  title: string
  status: StoryStatus
  category: string
  tags: string[]
  author: 'editor' | 'contributor'
  summary: string
  sections: Array<[string, string]>
  reviewNotes?: string
}

export const demoStories: DemoStory[] = [
  {
    title: 'Ten thousand trees for Kathmandu valley',
    status: 'published',
    category: 'projects',
    tags: ['trees', 'nepal'],
    author: 'contributor',
    summary: 'A year of planting, and what survived the dry season.',
    sections: [
      ['Where we are', 'Ten thousand saplings are in the ground across 14 sites.'],
      ['What we need', 'Volunteers for watering rounds in April and May.'],
    ],
  },
  {
    title: 'Meet the Nairobi river keepers',
    status: 'published',
    category: 'community',
    tags: ['water', 'kenya'],
    author: 'editor',
    summary: 'Every Saturday since 2019, a group clears the Nairobi river.',
    sections: [
      ['Who they are', 'Forty neighbours who started with one clean-up.'],
      ['In their words', '"The river is ours to look after," says Wanjiru.'],
    ],
  },
  {
    title: 'What the Berlin assembly decided',
    status: 'archived',
    category: 'event-reports',
    tags: ['berlin', 'assembly'],
    author: 'editor',
    summary: 'An older report, unpublished after the decisions were revised.',
    sections: [
      ['What happened', 'Two hundred people met for four hours.'],
      ['What comes next', 'Working groups report back in a month.'],
    ],
  },
  {
    title: 'Repair cafés are spreading in Tokyo',
    status: 'approved',
    category: 'news',
    tags: ['repair', 'japan'],
    author: 'contributor',
    summary: 'Five new repair cafés opened this year.',
    sections: [
      ['The news', 'Repair cafés now meet in five wards.'],
      ['Why it matters', 'Each café keeps about 50 kg of electronics out of landfill a month.'],
    ],
  },
  {
    title: 'Interview: a tenant organiser in New York',
    status: 'in_review',
    category: 'interviews',
    tags: ['housing', 'usa'],
    author: 'contributor',
    summary: 'How a building of 80 flats won its repairs.',
    sections: [
      ['Introduction', 'Maria has organised her building since 2021.'],
      ['The conversation', 'What made people join? "Cold radiators."'],
    ],
  },
  {
    title: 'Mumbai gets ready for the monsoon',
    status: 'changes_requested',
    category: 'projects',
    tags: ['monsoon', 'india'],
    author: 'contributor',
    summary: 'Neighbourhood plans for the coming rains.',
    sections: [
      ['Where we are', 'Twelve neighbourhoods have a plan.'],
      ['What we learned', 'Early warnings by SMS work best.'],
    ],
    reviewNotes: 'Please add the number of volunteers and a photo credit.',
  },
  {
    title: 'São Paulo housing forum: first impressions',
    status: 'submitted',
    category: 'event-reports',
    tags: ['housing', 'brazil'],
    author: 'contributor',
    summary: 'Notes from the first evening of the forum.',
    sections: [['What happened', 'Over 300 people came to Casa do Povo.']],
  },
  {
    title: 'Ideas for a global day of action',
    status: 'draft',
    category: 'news',
    tags: ['campaign'],
    author: 'contributor',
    summary: 'A first sketch, not ready for review.',
    sections: [['The idea', 'One day, every group, one visible action.']],
  },
]

export const storyBody = (sections: Array<[string, string]>) =>
  lexicalDocument(
    sections.flatMap(([heading, text]) => [headingNode(heading), paragraphNode(text)]),
  )
