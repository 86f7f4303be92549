import type { calendarNl } from './texts.nl';

export const calendarEn: typeof calendarNl = {
  title: 'My calendar',
  intro:
    "Put your sessions, mirror conversations, visits and your team's look-back dates in your own calendar (for example Google Calendar, Outlook or Apple Calendar). Your calendar fetches them itself and stays up to date.",
  privacy:
    'The link is secret: anyone who has it sees when you have what. What it is about (the question, the theme, {{theResident}}) is never in it; you read that in Kring.',
  inactive: 'You do not have a calendar link yet.',
  create: 'Make a calendar link',
  active: 'Your calendar link has worked since {{since}}.',
  lastFetched: 'Your calendar last fetched it on {{when}}.',
  neverFetched: 'Your calendar has not fetched it yet.',
  lost: 'For safety the link itself is not stored. Lost it? Make a new one; the old one then stops working.',
  renew: 'Make a new link',
  revoke: 'Switch the link off',
  revokeConfirm: 'Switch off',
  revoked: 'The calendar link has been switched off. Your calendar no longer gets appointments from Kring.',
  newLink: 'Your new calendar link',
  newLinkHint:
    'Copy it now: it is shown only once. Paste it in your calendar under "subscribe by URL" or "add calendar from the internet".',
  copy: 'Copy',
  copied: 'Copied.',
  openApp: 'Open in my calendar app',
};
