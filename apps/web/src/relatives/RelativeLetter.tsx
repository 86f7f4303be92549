import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { LetterBack } from '../ui/LetterBack';
import { PdfButton } from '../ui/PdfButton';
import { Section } from '../ui/Section';
import { useTexts } from './texts';

type Letter = NonNullable<RelativeInvitationPartsFragment['letter']>;

/** The letter back, as every participant reads it on their own page, and as PDF. */
export function RelativeLetter({ letter, token }: { letter: Letter; token: string }) {
  const { t } = useTexts();
  return (
    <Section title={t('relative.letter.title')} id="brief">
      <LetterBack
        letter={letter}
        quotes={letter.quotes.map((body) => ({ key: body, body }))}
        headingLevel={3}
        quoteClassName="quote"
        texts={{
          heard: t('relative.letter.heard'),
          quotes: t('relative.letter.quotes'),
          willDo: t('relative.letter.willDo'),
          sentOn: (date) => t('relative.letter.sentOn', { date }),
          lookBack: (date) => t('relative.letter.lookBack', { date }),
        }}
      />
      <PdfButton path={`/relatives/${encodeURIComponent(token)}/letter.pdf`}>{t('relative.letter.download')}</PdfButton>
    </Section>
  );
}
