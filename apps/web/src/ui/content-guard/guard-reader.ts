import { createContext } from 'react';

/**
 * Who reads the guard's findings panel: a team member or a storyteller on their personal link (addressed as "je"), or a
 * relative on their personal link (addressed as "u", as their whole page is). Whether the panel points to a pseudonym is
 * not the reader's but the text's: each finding carries its field's declaration (FieldFinding.pseudonym).
 */
export type GuardReader = 'team' | 'storyteller' | 'relative';

export const GuardReaderContext = createContext<GuardReader>('team');
