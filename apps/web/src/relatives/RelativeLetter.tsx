import { useTranslation } from 'react-i18next';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { PdfButton } from '../ui/PdfButton';
import { Section } from '../ui/Section';

type Letter = NonNullable<RelativeInvitationPartsFragment['letter']>;

/** The letter back, as every participant reads it on their own page, and as PDF. */
export function RelativeLetter({ letter, token }: { letter: Letter; token: string }) {
  const { t } = useTranslation();
  const { date } = useLocale();
  return (
    <Section title={t('relative.letter.title')} id="brief">
      <p className="muted">{t('relative.letter.sentOn', { date: date(letter.sentAt) })}</p>
      <h3>{t('relative.letter.heard')}</h3>
      <p className="prose">{letter.heard}</p>
      {letter.quotes.length > 0 && (
        <>
          <h3>{t('relative.letter.quotes')}</h3>
          {letter.quotes.map((quote) => (
            <blockquote key={quote} className="relative-quote">
              {quote}
            </blockquote>
          ))}
        </>
      )}
      <h3>{t('relative.letter.willDo')}</h3>
      <p className="prose">{letter.willDo}</p>
      {letter.lookBackOn && <p>{t('relative.letter.lookBack', { date: date(`${letter.lookBackOn}T12:00:00`) })}</p>}
      <PdfButton path={`/relatives/${encodeURIComponent(token)}/letter.pdf`}>{t('relative.letter.download')}</PdfButton>
    </Section>
  );
}
