import type { Role } from '@kring/domain';

/** The places in the main menu, in the order someone without a particular focus finds them. */
export const NAV_PLACES = [
  'home',
  'sessions',
  'cases',
  'mirror',
  'methods',
  'values',
  'organisations',
  'register',
  'outbox',
  'visits',
  'learning',
  'reports',
  'privacy',
  'profile',
] as const;
export type NavPlace = (typeof NAV_PLACES)[number];

/** What a place of the menu shows a person; see NAV_PLACE_SHOWS. */
export type NavPlaceShows = 'start' | 'list' | 'reference' | 'report' | 'settings';

/**
 * What each place of the menu shows (issue #14): 'list' places show the
 * organisation's or network's own items (sessions, cases, conversations,
 * visits, what is learned, sent mail), which the demo fills for everyone who
 * has the place: tests/e2e/demo-lists.e2e.spec.ts opens each one as every demo
 * person and fails on an empty state, so a new place declared here as a list
 * needs demo data. 'start' is the home page, 'reference' what Kring ships
 * (methods, the values framework), 'report' a year told as text (its own
 * test), 'settings' forms about oneself or the organisation.
 */
export const NAV_PLACE_SHOWS: Readonly<Record<NavPlace, NavPlaceShows>> = {
  home: 'start',
  sessions: 'list',
  cases: 'list',
  mirror: 'list',
  methods: 'reference',
  values: 'reference',
  organisations: 'settings',
  register: 'list',
  outbox: 'list',
  visits: 'list',
  learning: 'list',
  reports: 'report',
  privacy: 'settings',
  profile: 'settings',
};

/** What someone mostly does in Kring, read from their roles. */
export type NavFocus = 'care' | 'entrepreneur' | 'network';

/**
 * The places each focus uses most, first in the menu (issue #14.3): a care
 * worker or moderator their sessions and learning, an entrepreneur also the
 * visits and the quality report, a coordinator the network.
 */
const FIRST_PLACES: Record<NavFocus, readonly NavPlace[]> = {
  care: ['home', 'sessions', 'learning', 'cases', 'mirror'],
  entrepreneur: ['home', 'sessions', 'learning', 'visits', 'reports', 'organisations'],
  network: ['home', 'visits', 'reports', 'learning'],
};

/** An entrepreneur or administrator steers an organisation; a coordinator without an organisation steers the network. */
export function navFocus(memberships: readonly { role: Role; organisation?: unknown }[]): NavFocus {
  if (memberships.some((m) => m.role === 'entrepreneur' || m.role === 'administrator')) return 'entrepreneur';
  if (memberships.some((m) => m.role === 'network_coordinator') && !memberships.some((m) => m.organisation)) return 'network';
  return 'care';
}

/** Every place once: the focus's first places, then the rest in their usual order. */
export function navOrder(focus: NavFocus): NavPlace[] {
  const { first, more } = navGroups(focus);
  return [...first, ...more];
}

/**
 * The menu in two groups: the focus's first places stay in the bar on a wide
 * screen, the rest wait under "Meer", so the menu takes one line at 1280 px
 * instead of wrapping over three (issue #14). On a phone both groups are one list.
 */
export function navGroups(focus: NavFocus): { first: NavPlace[]; more: NavPlace[] } {
  const first = FIRST_PLACES[focus];
  return { first: [...first], more: NAV_PLACES.filter((place) => !first.includes(place)) };
}
