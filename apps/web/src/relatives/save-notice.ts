import type { TextsSaved } from './relative-draft';

/** Which of the page's texts (texts.nl.ts) is said below "Opslaan" once a save is done, or none (a refused text says its own). */
export type SaveNotice = 'withdrawn' | 'declined' | 'savedButTooLong' | 'saved' | 'savedWithText';

/**
 * What one "Opslaan" tells the relative. Saving with nothing ticked is a "no": a withdrawal only for someone who had
 * said yes before. A text that went along is named: after "Uw tekst nog niet" (a refusal, too long) a plain "Uw keuzes
 * zijn bewaard" would leave them guessing whether what they wrote is now kept.
 */
export function saveNotice({
  saidYes,
  hadSaidYes,
  texts,
  wroteSomething,
}: {
  /** Whether the saved choices include taking part. */
  saidYes: boolean;
  hadSaidYes: boolean;
  texts: TextsSaved;
  /** Whether what is saved now holds a text of theirs (beforehand, or an answer). */
  wroteSomething: boolean;
}): SaveNotice | undefined {
  if (!saidYes) return hadSaidYes ? 'withdrawn' : 'declined';
  if (texts === 'tooLong') return 'savedButTooLong';
  if (texts === 'refused') return undefined;
  return texts === 'saved' && wroteSomething ? 'savedWithText' : 'saved';
}
