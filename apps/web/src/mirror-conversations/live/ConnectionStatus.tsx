import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import type { MirrorLive } from './use-mirror-live';
import { useTexts } from '../texts';

/** Whether the screen is connected, what is still unsent, and commands the server refused later (with their text). */
export function ConnectionStatus({ live }: { live: MirrorLive }) {
  const { t } = useTexts();
  const { connection, unsent, notices, persistent } = live.view;
  return (
    <div className="mirror-connection">
      <p role="status" className={`mirror-connection__state mirror-connection__state--${connection}`}>
        {t(`live.connection.${connection}`)}
        {unsent.length > 0 ? ` · ${t('live.unsent', { count: unsent.length })}` : ''}
      </p>
      {/* "Blijft op dit apparaat bewaard" only where the device keeps the outbox (as in a session's room). */}
      {connection === 'offline' && persistent && <p className="muted">{t('mirror.live.offlineHint')}</p>}
      {(unsent.length > 0 || connection === 'offline') && !persistent && <p className="muted">{t('live.notPersistent')}</p>}
      {notices.map((notice) => (
        <Alert key={notice.id} tone="error">
          <p>{notice.message}</p>
          {notice.text && (
            <>
              <p>{t('mirror.live.refusedText')}</p>
              <p className="prose">{notice.text}</p>
            </>
          )}
          <Button variant="secondary" onClick={() => live.dismissNotice(notice.id)}>
            {t('mirror.live.dismiss')}
          </Button>
        </Alert>
      ))}
    </div>
  );
}
