import type { Page } from 'playwright-core';
import { followLinks, openMenuPlace, openRoomScreen, roomJoined, showSection, steps } from './steps';

/**
 * The screenshots of README.md, one line per picture (`npm run docs:screenshots`
 * takes them all from a freshly loaded demo network). To add a picture, add a
 * line: the README's "Kring in beeld" section and docs/screenshots/ follow.
 */
export interface Shot {
  /** File name in docs/screenshots/, without ".png"; also the picture's anchor in the README. */
  name: string;
  /** The demo account that looks (its password is the demo's printed one: welkom-<name>). */
  person: string;
  /** Where the person starts. */
  path: string;
  /** A desktop screen (1280 × 800) or a phone (360 × 780). */
  viewport: Viewport;
  /** What the picture shows, in Dutch: the caption under it in the README. */
  caption: string;
  /** After the page has loaded and before the picture: follow a link, open a section. */
  action?: (page: Page) => Promise<void>;
}

export type Viewport = 'desktop' | 'phone';

export const VIEWPORTS: Record<Viewport, { width: number; height: number; isMobile: boolean; hasTouch: boolean }> = {
  desktop: { width: 1280, height: 800, isMobile: false, hasTouch: false },
  phone: { width: 360, height: 780, isMobile: true, hasTouch: true },
};

export const SHOTS: Shot[] = [
  {
    name: 'start-gespreksleider',
    person: 'sanne@hoeve.demo',
    path: '/',
    viewport: 'desktop',
    caption: 'Sanne, gespreksleider, ziet op haar startpagina wat er voor haar klaarstaat: de sessie van volgende week voorbereiden.',
  },
  {
    name: 'start-telefoon',
    person: 'sanne@hoeve.demo',
    path: '/',
    viewport: 'phone',
    caption: 'Dezelfde startpagina op een telefoon: het menu zit achter één knop, de inhoud staat op het eerste scherm.',
  },
  {
    name: 'sessies',
    person: 'sanne@hoeve.demo',
    path: '/sessies',
    viewport: 'desktop',
    caption: 'Casusreflecties van het team: gepland, live en gehouden, elk met de methode die erbij hoort.',
  },
  {
    name: 'verslag',
    person: 'sanne@hoeve.demo',
    path: '/sessies',
    viewport: 'desktop',
    caption: 'Het goedgekeurde verslag van een gehouden sessie: de oogst, en wat het team gaat proberen.',
    action: followLinks(['Afgelopen sessies', 'Naar het verslag']),
  },
  {
    name: 'leren-telefoon',
    person: 'bram@hoeve.demo',
    path: '/leren',
    viewport: 'phone',
    caption: 'Bram, begeleider, kijkt op zijn telefoon terug op de praktijken die het team uitprobeert.',
  },
  {
    name: 'spiegelgesprek',
    person: 'ingrid@hoeve.demo',
    path: '/spiegelgesprekken',
    viewport: 'desktop',
    caption: 'Een spiegelgesprek met naasten: wat zij belangrijk vinden en ervaren, pas zichtbaar vanaf vijf naasten.',
    action: steps(followLinks(['Gesprekken', /./]), showSection('Oogst')),
  },
  {
    name: 'visitaties',
    person: 'ingrid@hoeve.demo',
    path: '/visitaties',
    viewport: 'desktop',
    caption: 'Collegiale visitatie: Ingrid, zorgondernemer, ziet de bezoeken van deze ronde en de spiegelrapporten.',
  },
  {
    name: 'kwaliteitsverslag',
    person: 'ingrid@hoeve.demo',
    path: '/kwaliteitsverslag',
    viewport: 'desktop',
    caption: 'Bouwstenen voor het kwaliteitsverslag: het verhaal van een jaar leren, zonder scores.',
    action: showSection(/^2\. /),
  },
  {
    name: 'patronen',
    person: 'marloes@lindehof.demo',
    path: '/patronen',
    viewport: 'desktop',
    caption: 'Patronen in de waarden over vier kwartalen, met het signaal "nieuwe interne systemen".',
    action: showSection('Waarden per kwartaal'),
  },
  {
    name: 'verhalen-telefoon',
    person: 'ahmed@lindehof.demo',
    path: '/verhalen',
    viewport: 'phone',
    caption: 'Verhalen met een membercheck: de verteller leest mee voordat een verhaal gedeeld wordt.',
  },
  {
    name: 'bibliotheek',
    person: 'els@lindehof.demo',
    path: '/bibliotheek',
    viewport: 'desktop',
    caption: 'De bibliotheek van het lerend netwerk: verhalen, lessen en verslagen die organisaties met elkaar delen.',
  },
  {
    name: 'lerend-netwerk',
    person: 'wilma@netwerk.demo',
    path: '/',
    viewport: 'desktop',
    caption: 'Wilma, netwerkcoördinator, ziet de kijkwijzer van het lerend netwerk: versie 2 na een voorstel van een lid.',
    action: steps(openMenuPlace('Netwerk: Lerend netwerk Kleinschalig Oost'), showSection('Kijkwijzer')),
  },
  {
    name: 'kamer-telefoon',
    person: 'els@lindehof.demo',
    path: '/',
    viewport: 'phone',
    caption:
      'De gespreksruimte op een telefoon: de fase, de vraag en het invoerveld op het eerste scherm, de bijdragen als kaarten eronder.',
    action: steps(followLinks('Meedoen'), roomJoined),
  },
  {
    name: 'kamer-scherm',
    person: 'ahmed@lindehof.demo',
    path: '/',
    viewport: 'desktop',
    caption:
      'Het scherm voor de kamer: fase, vraag, tijd en bord in grote letters, zonder namen, met een QR-code om op de telefoon mee te doen.',
    action: steps(followLinks('Meedoen'), roomJoined, openRoomScreen),
  },
];
