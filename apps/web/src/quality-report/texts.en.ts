import type { qualityReportNl } from './texts.nl';

export const qualityReportEn: typeof qualityReportNl = {
  title: 'Quality report',
  intro:
    'A first draft of your annual quality report, per chapter of the Kwaliteitskader: what you learned this year, what you tried and how it went, what relatives told you and what peers mirrored back. Numbers give context; they are not scores and are not meant for comparison. Names of people are left out and identifying details are replaced by e.g. [name]. Relatives’ quotes appear with their consent to share them within the organisation: ask for separate consent before you publish them. What is missing, for instance because someone did not consent, is shown with the reason.',
  nothingYet: 'Kring has nothing to tell for this year yet.',
  leftOut: 'What is missing here',
  withoutInput: {
    title: 'Chapters without input from Kring',
    note: 'For these chapters of the Kwaliteitskader Kring has nothing this year; you write them yourself.',
  },
  managersOnly: 'The quality report is for administrators and care entrepreneurs of an organisation.',
  year: 'Year',
  download: 'Download',
  markdown: 'As Markdown',
  pdf: 'As PDF',
  audited: 'Every download is recorded in the audit log.',
  count: 'Number',
  sessions: {
    title: 'Reflection sessions',
    method: 'Method',
  },
  participants: {
    title: 'Who took part',
    role: 'Role',
  },
  practices: {
    title: 'New practices: what we tried and how it went',
    status: 'Where they stand',
  },
  voice: {
    title: "Relatives' voice",
  },
  visits: {
    title: 'Peer-review visits',
  },
  network: {
    title: 'Year overview of the learning network',
    coordinatorsOnly: 'The year overview is for coordinators of a learning network.',
    network: 'Learning network',
    organisations: 'Organisations counted: {{count}}',
    sessionsHeld: 'Sessions held: {{number}}',
    conversationsHeld: 'Mirror conversations held: {{number}}',
    themes: 'Themes: in how many harvests they came up',
    theme: 'Theme',
    quotes: 'Quotes (with consent to share in the network, anonymised)',
    tooFewQuotes: 'Too few quotes to show without them becoming recognisable.',
    visitsHeld: 'Visits held: {{number}}',
    visitsNote: 'Only observations from mirror reports the host shared with the network.',
    noObservations: 'No shared observations this year yet.',
    item: 'Item',
  },
};
