import { createContext } from 'react';

/**
 * Who reads the guard's findings panel: a team member (addressed as "je", pointed to the case's pseudonym), a
 * storyteller on their personal link (addressed as "je" like their whole page, with no pseudonym to use) or a
 * relative on their personal link (addressed as "u", as their whole page is, and with no pseudonym either).
 */
export type GuardReader = 'team' | 'storyteller' | 'relative';

export const GuardReaderContext = createContext<GuardReader>('team');
