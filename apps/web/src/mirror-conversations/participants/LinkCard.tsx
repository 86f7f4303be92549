import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QrCode } from './QrCode';
import { useTexts } from '../texts';

interface LinkCardProps {
  link: string;
  forName: string;
  theme: string;
  scheduledAt: string;
  expiresAt: string;
  /** The address it was e-mailed to, if it was. */
  emailedTo: string | null;
}

const PRINTING = 'mirror-printing-card';

/**
 * A fresh personal link, shown once (only its hash is kept): to copy, or to
 * print on a card with a QR code for someone who does not use e-mail.
 */
export function LinkCard({ link, forName, theme, scheduledAt, expiresAt, emailedTo }: LinkCardProps) {
  const { t } = useTexts();
  const { date, dateTime } = useLocale();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const done = () => document.documentElement.classList.remove(PRINTING);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard on an insecure (http) address: select the link so it can be copied by hand.
      field.current?.select();
    }
  };
  const print = () => {
    // Only the card is printed (see mirror.css), not the rest of the page.
    document.documentElement.classList.add(PRINTING);
    window.print();
  };

  return (
    <div className="card mirror-link-card">
      <div className="mirror-link-card__print">
        <p className="mirror-link-card__for">{t('mirror.link.for', { name: forName })}</p>
        <h3>{t('mirror.link.cardTitle')}</h3>
        <p>
          {theme}
          <br />
          {dateTime(scheduledAt)}
        </p>
        <QrCode text={link} label={t('mirror.link.qrLabel')} />
        <p>{t('mirror.link.scan')}</p>
        <p className="mirror-link-card__link">{link}</p>
        <p className="muted">{t('mirror.link.expires', { date: date(expiresAt) })}</p>
      </div>
      <div className="mirror-link-card__actions">
        <Alert tone="info">{t('mirror.link.once')}</Alert>
        {emailedTo && <p>{t('mirror.link.emailed', { email: emailedTo })}</p>}
        <label className="mirror-link-card__field">
          {t('mirror.link.label')}
          <input ref={field} readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
        <div className="mirror-buttons">
          <Button variant="secondary" onClick={() => void copy()}>
            {t('mirror.link.copy')}
          </Button>
          <Button variant="secondary" onClick={print}>
            {t('mirror.link.print')}
          </Button>
        </div>
        {copied && <p role="status">{t('mirror.link.copied')}</p>}
      </div>
    </div>
  );
}
