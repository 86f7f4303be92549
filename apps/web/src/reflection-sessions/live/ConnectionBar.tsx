import type { LiveRoomView } from './live-room-client';
import { useTexts } from '../texts';

/**
 * Always in view: whether this screen is connected, and how much is still
 * waiting to be sent, so nobody closes the laptop while something is unsent.
 */
export function ConnectionBar({ view }: { view: LiveRoomView }) {
  const { t } = useTexts();
  const unsent = view.unsent.length;
  return (
    <div className={`connection connection--${view.connection}`} role="status">
      <span className="connection__state">
        <span className="connection__dot" aria-hidden="true" />
        {t(`live.connection.${view.connection}`)}
      </span>
      <span className="connection__outbox">{unsent > 0 ? t('live.unsent', { count: unsent }) : t('sessions.live.allSent')}</span>
      {/* "Wordt bewaard" only where the device keeps the outbox; otherwise what to do instead. */}
      {view.connection === 'offline' && view.persistent && <span className="connection__hint">{t('sessions.live.offlineHint')}</span>}
      {(unsent > 0 || view.connection === 'offline') && !view.persistent && (
        <span className="connection__hint">{t('live.notPersistent')}</span>
      )}
    </div>
  );
}
