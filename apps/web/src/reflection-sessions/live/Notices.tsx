import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { LiveNotice } from './live-room-client';

/** Commands the server refused, with the reason and, for a text, the text itself. */
export function Notices({ notices, onDismiss }: { notices: readonly LiveNotice[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="alert alert--error" role="alert">
          <p>{notice.message}</p>
          {notice.text && (
            <>
              <p className="muted">{t('sessions.live.refusedText')}</p>
              <blockquote className="prose">{notice.text}</blockquote>
            </>
          )}
          <Button variant="secondary" onClick={() => onDismiss(notice.id)}>
            {t('sessions.live.dismiss')}
          </Button>
        </div>
      ))}
    </div>
  );
}
