import { createContext } from 'react';

/**
 * Who reads the guard's findings panel: a team member (addressed as "je", pointed to the case's pseudonym) or a
 * relative on their personal link (addressed as "u", as their whole page is, and with no pseudonym to use).
 */
export type GuardReader = 'team' | 'relative';

export const GuardReaderContext = createContext<GuardReader>('team');
