import { useTranslation } from 'react-i18next';
import { RelativeLetterPdfDocument, type RelativeInvitationPartsFragment } from '../graphql/generated';
import { request } from '../graphql/client';
import { useLocale } from '../i18n/locale';
import { Button } from '../ui/Button';
import { pdfFile, useDownload } from '../ui/download';
import { Section } from '../ui/Section';
import { ErrorAlert } from '../ui/ErrorAlert';

type Letter = NonNullable<RelativeInvitationPartsFragment['letter']>;

/** The letter back, as every participant reads it on their own page, and as PDF. */
export function RelativeLetter({ letter, token }: { letter: Letter; token: string }) {
  const { t } = useTranslation();
  const { date } = useLocale();
  const [save, { busy, error }] = useDownload();
  const download = () =>
    save(async () => pdfFile((await request(RelativeLetterPdfDocument, { token })).relativeLetterPdf), 'application/pdf');
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
      <ErrorAlert error={error} />
      <Button variant="secondary" busy={busy} onClick={() => void download()}>
        {t('relative.letter.download')}
      </Button>
    </Section>
  );
}
