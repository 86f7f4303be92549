import { Language } from '../i18n/language';
import { formatDutchDay, formatDutchTime } from '../time/netherlands-time';

/**
 * The letter back to the participants (domain guide §5, "close the loop"):
 * "wat we hoorden, wat we gaan doen", with a date to come back to it. Kring
 * drafts it from the approved harvest and the practices the team chose; the
 * moderator edits it before it is sent. Quotes are not part of the text: they
 * are added when the letter is shown or sent, with consent as it is then.
 */
export interface LetterDraftInput {
  readonly language: Language;
  readonly theme: string;
  /** YYYY-MM-DD or an ISO time: the day of the conversation. */
  readonly heldOn: string;
  readonly themes: readonly { readonly name: string; readonly summary: string }[];
  readonly practices: readonly { readonly what: string; readonly who: string; readonly lookBackOn: string | null }[];
}

export interface LetterDraft {
  readonly heard: string;
  readonly willDo: string;
  /** The latest look-back date of the chosen practices: when the team comes back to it. */
  readonly lookBackOn: string | null;
}

export function formatLetterDate(date: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? formatDutchDay(date, language)
    : formatDutchTime(new Date(date), language, { dateStyle: 'long' });
}

const TEXTS = {
  nl: {
    opening: (date: string, theme: string) =>
      `Op ${date} spraken we met u over "${theme}". Dank u wel voor wat u met ons deelde. Dit is wat we hoorden.`,
    nothingYet: 'Wat we hoorden, bespreken we nog in het team.',
    practicesIntro: 'Dit gaan we doen:',
    practice: (what: string, who: string) => (who ? `- ${what} (${who})` : `- ${what}`),
    lookBack: (date: string) => `  We kijken er op ${date} op terug.`,
    noPractices: 'We bespreken wat we hoorden in een teamreflectie. Wat we daarna gaan proberen, laten we u weten.',
  },
  en: {
    opening: (date: string, theme: string) =>
      `On ${date} we talked with you about "${theme}". Thank you for what you shared with us. This is what we heard.`,
    nothingYet: 'We are still discussing what we heard in the team.',
    practicesIntro: 'This is what we will do:',
    practice: (what: string, who: string) => (who ? `- ${what} (${who})` : `- ${what}`),
    lookBack: (date: string) => `  We will look back on it on ${date}.`,
    noPractices: 'We will discuss what we heard in a team reflection. We will let you know what we will try next.',
  },
} as const;

export function draftMirrorLetter(input: LetterDraftInput): LetterDraft {
  const text = TEXTS[input.language];
  const themes = input.themes.filter((t) => t.summary.trim() !== '');
  const heard = [
    text.opening(formatLetterDate(input.heldOn, input.language), input.theme),
    ...(themes.length ? themes.map((t) => `${t.name}\n${t.summary.trim()}`) : [text.nothingYet]),
  ].join('\n\n');
  const willDo = input.practices.length
    ? [
        text.practicesIntro,
        ...input.practices.map((p) =>
          [text.practice(p.what, p.who), ...(p.lookBackOn ? [text.lookBack(formatLetterDate(p.lookBackOn, input.language))] : [])].join(
            '\n',
          ),
        ),
      ].join('\n')
    : text.noPractices;
  const dates = input.practices.map((p) => p.lookBackOn).filter((d): d is string => !!d);
  return { heard, willDo, lookBackOn: dates.length ? dates.sort()[dates.length - 1] : null };
}
