import { createElement, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale';

/** The letter's words in the reader's catalogue: staff and relatives each have their own (same order, same facts). */
export interface LetterTexts {
  heard: string;
  quotes: string;
  willDo: string;
  sentOn: (date: string) => string;
  lookBack: (date: string) => string;
}

interface LetterFacts {
  heard: string;
  willDo: string;
  lookBackOn?: string | null;
  sentAt?: string | null;
}

/**
 * The letter back (wat we hoorden, wat we gaan doen) as it reads, for the team on the conversation page and for
 * each relative on their own page: one layout, so what a relative reads is what the team saw before sending it.
 */
export function LetterBack({
  letter,
  quotes,
  texts,
  headingLevel,
  quoteClassName,
  quotesNote,
}: {
  letter: LetterFacts;
  quotes: readonly { key: string; body: string }[];
  texts: LetterTexts;
  headingLevel: 3 | 4;
  quoteClassName: string;
  /** Said under the quotes (for the team: they go along only while consent lasts). */
  quotesNote?: ReactNode;
}) {
  const { date } = useLocale();
  const heading = (text: string) => createElement(`h${headingLevel}`, null, text);
  return (
    <>
      {letter.sentAt && <p className="muted">{texts.sentOn(date(letter.sentAt))}</p>}
      {heading(texts.heard)}
      <p className="prose">{letter.heard}</p>
      {quotes.length > 0 && (
        <>
          {heading(texts.quotes)}
          {quotes.map((quote) => (
            <blockquote key={quote.key} className={quoteClassName}>
              {quote.body}
            </blockquote>
          ))}
          {quotesNote}
        </>
      )}
      {heading(texts.willDo)}
      <p className="prose">{letter.willDo}</p>
      {letter.lookBackOn && <p>{texts.lookBack(date(letter.lookBackOn))}</p>}
    </>
  );
}
