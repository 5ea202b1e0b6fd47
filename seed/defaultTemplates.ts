// The four editorial templates Space ships with, seeded into an empty database.
export const defaultTemplates = [
  {
    name: 'Event report',
    description: 'What happened at an action, meeting or gathering, and what comes next.',
    category: 'event-reports',
    sections: [
      {
        heading: 'What happened',
        prompt: 'Where and when was it, who came, and what did people do?',
      },
      {
        heading: 'Why it mattered',
        prompt: 'What did the event change or show? Quote a participant.',
      },
      {
        heading: 'What comes next',
        prompt: 'Follow-up actions, next dates, how readers can join in.',
      },
    ],
  },
  {
    name: 'Community profile',
    description: 'A portrait of a local group or a volunteer.',
    category: 'community',
    sections: [
      {
        heading: 'Who they are',
        prompt: 'Introduce the group or person: where they are, how they started.',
      },
      { heading: 'What they do', prompt: 'Their work, in concrete examples.' },
      { heading: 'In their words', prompt: 'A few quotes that show their voice.' },
      { heading: 'Get in touch', prompt: 'How readers can connect or support them.' },
    ],
  },
  {
    name: 'Project update',
    description: 'Progress on a campaign or project, with numbers and needs.',
    category: 'projects',
    sections: [
      {
        heading: 'Where we are',
        prompt: 'Progress since the last update, with numbers where you have them.',
      },
      { heading: 'What we learned', prompt: 'What worked, what did not, and why.' },
      { heading: 'What we need', prompt: 'Help, skills or resources the project is looking for.' },
    ],
  },
  {
    name: 'Interview',
    description: 'A conversation with someone from or around the movement.',
    category: 'interviews',
    sections: [
      { heading: 'Introduction', prompt: 'Who is this person and why talk to them now?' },
      {
        heading: 'The conversation',
        prompt: 'Questions in bold, answers below. Edit for length, not meaning.',
      },
      { heading: 'Closing', prompt: 'A final thought, and where to learn more.' },
    ],
  },
]

export const defaultCategories = [
  { name: 'News', slug: 'news' },
  { name: 'Event reports', slug: 'event-reports' },
  { name: 'Community', slug: 'community' },
  { name: 'Projects', slug: 'projects' },
  { name: 'Interviews', slug: 'interviews' },
]
