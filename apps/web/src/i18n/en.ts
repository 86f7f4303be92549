import { setupEn } from '../setup/texts.en';
import { loginEn } from '../accounts/texts.en';
import { forgotEn } from '../accounts/texts.en';
import { resetEn } from '../accounts/texts.en';
import { invitationEn } from '../accounts/texts.en';
import { profileEn } from '../accounts/texts.en';
import { homeEn } from '../home/texts.en';
import { organisationEn } from '../organisations/texts.en';
import { outboxEn } from '../outbox/texts.en';
import { methodsEn } from '../methods/texts.en';
import { valuesEn } from '../values/texts.en';
import type { FeatureTexts } from './features';
import type { nl } from './nl';
import { casesEn } from '../cases/texts.en';
import { sessionsEn } from '../reflection-sessions/texts.en';
import { mirrorEn } from '../mirror-conversations/texts.en';
import { relativeEn } from '../relatives/texts.en';
import { notificationsEn } from '../notifications/texts.en';
import { calendarEn } from '../calendar/texts.en';
import { privacyEn } from '../privacy/texts.en';
import { qualityReportEn } from '../quality-report/texts.en';
import { visitsEn } from '../peer-visits/texts.en';
import { networkEn } from '../learning-networks/texts.en';
import { practicesEn } from '../practices/texts.en';
import { storiesEn } from '../stories/texts.en';
import { libraryEn } from '../library/texts.en';
import { patternsEn } from '../patterns/texts.en';

/** English core texts: the same keys as the Dutch core (nl.ts). */
export const enCore: typeof nl = {
  app: {
    name: 'Kring',
    tagline: 'Learning together in small-scale care',
    skipLink: 'Skip to content',
    loading: 'One moment…',
    footer: 'Kring: from counting to telling. Learning together in small-scale care.',
    retry: 'Try again',
    notFoundTitle: 'This page does not exist',
    notFoundText: 'Perhaps the link was not copied completely.',
    toHome: 'Go to the start page',
    toLogin: 'Go to log in',
  },
  nav: {
    label: 'Main menu',
    open: 'Menu',
    close: 'Close menu',
    more: 'More',
    home: 'Start',
    outbox: 'Outbox',
    profile: 'Profile',
    methods: 'Methods',
    values: 'Values',
    logout: 'Log out',
  },
  language: {
    label: 'Language / Taal',
    saveFailed: 'The language has changed, but could not be saved in your profile: {{message}}',
  },
  form: {
    counter: '{{length}} of {{max}} characters.',
    tooLong: 'This is {{length}} characters; {{max}} fit. Please shorten it; your text stays here.',
    choiceLimit: 'Choose at most {{max}}.',
    choiceLimitReached: 'You have chosen {{max}}, the most there can be. Take one away to choose another.',
    badDate: 'This date is incomplete or does not exist. Fill in day, month and year; what you typed stays here.',
    badTime: 'This time is incomplete. Fill in hours and minutes.',
    badNumber: 'This is not a number. Type digits only.',
    badInput: 'Kring cannot read this. Please check it and try again.',
    guardFound: 'Kring found this here: {{found}}. Change it, or confirm below the form that you have checked it.',
    guardFoundBsn: 'Kring found this here: {{found}}. Remove the BSN; Kring never keeps one. The rest of your text stays here.',
    optional: '(optional)',
    passwordHint: 'At least {{min}} characters.',
    busy: 'Working…',
    confirm: 'Are you sure?',
    cancel: 'Cancel',
    discardQuestion: 'What you typed here has not been saved. Discard it?',
    keepEditing: 'Keep editing',
    discard: 'Yes, discard',
  },
  errors: {
    network: 'Kring cannot be reached right now. Please check your internet connection and try again.',
    pageLoad: 'This page could not be loaded. Perhaps a new version of Kring has just arrived, or the connection is gone.',
    reload: 'Reload the page',
  },
  contentGuard: {
    title: 'Check the marked places',
    bsnTitle: 'Kring never stores a BSN',
    confirm: 'I have checked this, save anyway',
    confirmLive: 'I have checked this, send anyway',
    orEdit: 'Or change the text and try again. What you typed stays here.',
    removeBsn: 'Remove the number and try again. What you typed stays here.',
    relativeOrEdit: 'Or change the text and try again. What you typed stays here.',
    relativeRemoveBsn: 'Remove the number and try again. What you typed stays here.',
    checkingOnDevice: 'Kring checked on this device; the server checks again.',
    changed: 'You changed the text. Try again: Kring checks the new text.',
    relativeChanged: 'You changed the text. Try again: Kring checks the new text.',
  },
  live: {
    connection: {
      connecting: 'Connecting…',
      online: 'Connected',
      offline: 'No connection',
      refused: 'No access',
    },
    unsent_one: '{{count}} not sent yet',
    unsent_other: '{{count}} not sent yet',
    notPersistent: 'This device keeps nothing for later: only close this page once everything has been sent.',
    leftUnsent: {
      title: 'Not sent',
      intro:
        'You had typed this, but it was not sent: the conversation is over. It is on this device only. Copy it if you want to keep it, then discard it.',
      discard: 'Discard',
    },
  },
  escalation: {
    title: 'This seems to be about {{signals}}',
    or: ' or ',
    officer: 'Complaints officer',
    contact: 'Contact',
    remove: 'Remove the text',
    keep: 'Keep anyway',
    removed: 'The text was removed and not kept.',
    flagged: 'Flagged.',
    flaggedWhy:
      "Kept knowingly, although it seemed to be about a complaint, incident, misconduct or data breach. Does it belong in the organisation's own procedure?",
    flagSeen: 'I have seen the flag and take this text into the harvest anyway',
  },
  fields: {
    email: 'E-mail address',
    password: 'Password',
    yourName: 'Your name',
    name: 'Name',
    role: 'Role',
    team: 'Team',
    organisation: 'Organisation',
    language: 'Language',
    kind: 'Kind',
    place: 'Place',
    location: 'Location',
    status: 'Status',
    actions: 'Actions',
  },
  home: {
    noMemberships: 'You do not belong to an organisation yet. Did you receive an invitation? Then open the link in that e-mail.',
    networkOnly:
      'This belongs to the work within an organisation, and you are a member of the learning network, not of an organisation. What the network learns together is on your home page.',
  },
  organisation: {
    sectionsLabel: 'On this page',
  },
  cases: { nav: 'Cases' },
  sessions: { nav: 'Sessions' },
  mirror: { title: 'Mirror conversations' },
  notifications: { bell_zero: 'Notifications', bell_one: 'Notifications, {{count}} unread', bell_other: 'Notifications, {{count}} unread' },
  privacy: { nav: 'Privacy' },
  qualityReport: { nav: 'Quality report', network: { nav: 'Network year overview' } },
  visits: { nav: 'Peer visits' },
  network: { nav: 'Network: {{name}}' },
  practices: { nav: 'Learning' },
};

/**
 * Every feature's English texts. English readers fetch this file as one chunk
 * (i18n/index.ts) instead of one per feature: it is a choice made once, and
 * then every screen is ready in English, also offline.
 */
export const enFeatures: FeatureTexts = {
  cases: casesEn,
  sessions: sessionsEn,
  mirror: mirrorEn,
  relative: relativeEn,
  notifications: notificationsEn,
  calendar: calendarEn,
  privacy: privacyEn,
  qualityReport: qualityReportEn,
  visits: visitsEn,
  network: networkEn,
  practices: practicesEn,
  stories: storiesEn,
  library: libraryEn,
  patterns: patternsEn,
  setup: setupEn,
  login: loginEn,
  forgot: forgotEn,
  reset: resetEn,
  invitation: invitationEn,
  profile: profileEn,
  home: homeEn,
  organisation: organisationEn,
  outbox: outboxEn,
  methods: methodsEn,
  values: valuesEn,
};
