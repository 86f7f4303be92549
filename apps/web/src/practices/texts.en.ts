import type { practicesNl } from './texts.nl';

/** English texts of "Learning over time" and the new practices; the same keys as texts.nl.ts. */
export const practicesEn: typeof practicesNl = {
  tabs: {
    label: 'Learning over time',
    practices: 'New practices',
    stories: 'Stories',
    library: 'Library',
    patterns: 'Patterns',
  },
  home: {
    title: 'Learning over time',
    text: 'Follow what you agreed to try, months later too: look back, share stories once their teller agrees, learn from others in the library, and see which patterns come back.',
    practices: 'New practices and looking back',
    stories: 'Stories',
    library: 'Library of the learning network',
    patterns: 'Patterns over time',
  },
  chooseTeam: 'Team',
  allTeams: 'All teams you follow',
  title: 'New practices',
  intro:
    'What you agreed to try, from sessions, mirror conversations with relatives and peer visits. Look back together on the agreed date: how did it go? What is still running also comes back at the team’s next session.',
  empty: 'There are no new practices yet. They come from the harvest of a session, after a mirror conversation or after a peer visit.',
  due: {
    title: 'Time to look back',
    intro_one: 'The agreed date has come for {{count}} practice.',
    intro_other: 'The agreed date has come for {{count}} practices.',
    badge: 'Look back',
  },
  running: 'Still running',
  finished: 'Finished',
  source: '{{source}}: {{title}}',
  team: 'Team {{team}}',
  lookBack: {
    open: 'How did it go?',
    title: 'How did it go?',
    body: 'What did you notice?',
    bodyHint: 'What went well, what chafed, what do {{residents}} and relatives say about it?',
    status: 'How do you continue?',
    keepStatus: 'As it was ({{status}})',
    next: 'When will you look back again?',
    nextHint: 'Leave empty if no new date is needed.',
    submit: 'Save the look-back',
    saved: 'The look-back has been saved.',
    cancel: 'Cancel',
  },
};
