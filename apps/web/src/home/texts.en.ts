import type { homeNl } from './texts.nl';

export const homeEn: typeof homeNl = {
  greeting: {
    morning: 'Good morning, {{name}}',
    afternoon: 'Good afternoon, {{name}}',
    evening: 'Good evening, {{name}}',
  },
  placesTitle: 'Your place in Kring',
  roleInTeam: '{{role}} in {{team}}',
  network: 'Learning network {{name}}',
  next: {
    title: 'What is waiting for you',
    empty:
      'Nothing is waiting for you right now. As soon as you are invited to a session or something is ready for you, you will see it here.',
    emptyPlanner:
      'Nothing is waiting for you right now. Plan a case reflection with your team: choose a method, a case if you like, and invite your colleagues.',
    join_session: 'Happening now: “{{title}}” — join in',
    prepare_session: 'Prepare your session: “{{title}}”',
    attend_session: 'You are invited: “{{title}}”',
    prepare_mirror_conversation: 'Prepare the mirror conversation: “{{title}}”',
    answer_visit_proposal: 'Answer the peer-visit proposal with {{title}}',
    decide_lens_proposal: 'Take up or decline the lens proposal from {{title}}',
    respond_to_mirror_report: 'The mirror report from {{title}} is waiting for your response',
    plan_visit: 'Make arrangements for the visit with {{title}}',
    take_visit_notes: 'You are visiting {{title}}: open the notebook on your phone',
    check_story: 'Read your story and give your approval: “{{title}}”',
    look_back_on_practices_one: 'Look back on a new practice: “{{title}}”',
    look_back_on_practices_other: 'Look back on {{count}} new practices, starting with “{{title}}”',
    read_notifications_one: 'You have an unread notification',
    read_notifications_other: 'You have {{count}} unread notifications',
    add_location: 'Add a location to {{organisation}}: your home, care farm or day-activities venue',
    add_team: 'Create a team in {{organisation}}: the fixed group of care workers who reflect together',
    invite_member: 'Invite your colleagues to {{organisation}}: they receive an e-mail with a personal link',
  },
  coordinator: {
    title: 'Learning network {{name}}',
    text: 'What the organisations learn together, as a whole: never per organisation and never as a ranking.',
    network: 'Organisations, visit rounds and network harvest',
    patterns: 'The network’s patterns over time',
    overview: 'The network’s year overview',
  },
  aboutTitle: 'What is Kring for?',
  aboutIntro:
    'Kring helps small care teams learn together from what they experience: with stories and open questions, not with scores or checklists. What is discussed in Kring is for learning, never for appraising someone.',
  features: {
    sessions: {
      title: 'Case reflection',
      text: 'Discussing a case from your own practice with your team, with a method that guides the conversation. What you learn becomes a new practice to try.',
    },
    mirror: {
      title: 'Mirror conversations with relatives',
      text: 'Relatives tell how they experience the care and the team listens. Relatives do not need an account for this.',
    },
    visit: {
      title: 'Peer review visits',
      text: 'Visiting another small-scale care organisation, with open questions per core value instead of a checklist.',
    },
  },
};
