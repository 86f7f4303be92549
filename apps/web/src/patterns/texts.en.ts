import type { patternsNl } from './texts.nl';

/** English texts of the patterns over time; the same keys as texts.nl.ts. */
export const patternsEn: typeof patternsNl = {
  title: 'Patterns',
  intro:
    'Which values came up in your sessions, mirror conversations and peer visits, and in which direction: per quarter, as a pattern. This is not a score and not a comparison: nothing is added up and organisations are never put side by side.',
  sources: 'What counts',
  visitDirections: 'Observations from a peer visit count once the host shared the mirror report with {{audiences}}: {{list}}.',
  visitAudience: {
    involved: 'those involved',
    team: 'their own team',
    organisation: 'the organisation',
    network: 'the learning network',
  },
  visitsNoTeam: 'Observations from a peer visit belong to no team: they count in the patterns of the whole organisation.',
  relatives:
    'What relatives said in a mirror conversation counts when it is in the approved harvest, and for as long as their consent stands for {{scopes}}.',
  relativesUnnamed: 'Words not noted down for any relative do not count here: nobody gave consent for them.',
  visitDirection: '{{type}} as {{direction}}',
  level: 'Patterns of',
  wholeOrganisation: 'The whole organisation',
  team: 'Team {{team}}',
  network: 'The learning network {{name}} as a whole',
  suppression:
    'Counts below {{min}} are not shown ("fewer than {{min}}"), so that nobody becomes recognisable. In the learning network a quarter stays empty when fewer than {{min}} organisations showed anything.',
  suppressionBesideTeams:
    'A count of the whole organisation is also left out when, with a team’s count beside it, a count below {{min}} could be worked out. It then reads "fewer than {{min}}", even when it is in fact larger.',
  heatMap: {
    title: 'Values per quarter',
    direction: 'Show',
    figureLabel: 'Heat map: how often each value was named as {{direction}}, per quarter. The same figures are in the table below.',
    tableToggle: 'As a table',
    caption: 'How often each value was tagged per quarter, per direction',
    value: 'Value',
    suppressedQuarter: 'too few organisations',
    none: '–',
    cell: '{{direction}}: {{value}}',
    legend: 'What the shades mean',
    levels: {
      few: 'fewer than {{min}}, or none: not shown',
      '1': '{{min}} to 9',
      '2': '10 to 19',
      '3': '20 or more',
      suppressed: 'too few organisations: quarter left empty',
    },
  },
  vulnerabilities: {
    title: 'Vulnerabilities that come back',
    intro:
      'Vulnerabilities tagged as "under pressure" or as a question. When one comes back in two quarters or more, that is a pattern to look at together.',
    none: 'No vulnerabilities were tagged as under pressure in this period.',
    recurring: 'Comes back',
    quarters: 'In: {{quarters}}',
    count: 'Number of times: {{count}}',
  },
  systems: {
    title: 'Are new internal systems creeping in?',
    raised: 'Note: new internal systems seem to be creeping in.',
    quiet: 'No signal: rules are not piling up.',
    growing: 'For {{quarters}} quarters in a row you agreed more new practices that add a rule than practices that drop one.',
    tagged: 'You yourselves tagged "risk of developing new internal systems" as under pressure, in two quarters or more.',
    growingNetwork:
      'For {{quarters}} quarters in a row the other organisations in the network together agreed more new practices that add a rule than practices that drop one.',
    taggedNetwork: 'In the network, "risk of developing new internal systems" was tagged as under pressure, in two quarters or more.',
    prompt: 'Would you do that at home? Which arrangement has quietly become a rule, and which rule can we lift?',
    how: 'How Kring measures this',
    howText:
      'Kring keeps no list of rules. So it reads the words of the new practices you agreed. A practice adds a rule when it contains words such as: {{adds}}. It drops a rule when it also says: {{drops}}. The signal goes on when for {{quarters}} quarters in a row more rules are added than dropped, or when you yourselves tagged the risk as under pressure in two quarters. It is a reading of words, not a judgement: talk about it in the team.',
    howTextNetwork:
      'Kring keeps no list of rules. So it reads the words of the new practices the other organisations in the network agreed. A practice adds a rule when it contains words such as: {{adds}}. It drops a rule when it also says: {{drops}}. The signal goes on when for {{quarters}} quarters in a row more rules are added than dropped among them together, or when the risk was tagged as under pressure in the network in two quarters. It is a reading of words, not a judgement: talk about it in the network.',
    table: 'Rules per quarter',
    adds: 'Adds a rule',
    drops: 'Drops a rule',
  },
};
