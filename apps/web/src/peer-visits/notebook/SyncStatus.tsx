import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useTexts } from '../texts';

interface SyncStatusProps {
  online: boolean;
  syncing: boolean;
  pending: number;
  /** Of those, refused at sync and waiting for the author's answer beside the note. */
  waiting?: number;
  error: string | null;
  onSync: () => void;
}

/** Always on screen: whether every beeld has reached the server, and if not, how many are only on this device. */
export function SyncStatus({ online, syncing, pending, waiting = 0, error, onSync }: SyncStatusProps) {
  const { t } = useTexts();
  const message = !online
    ? pending > 0
      ? t('visits.notebook.status.offlinePending', { count: pending })
      : t('visits.notebook.status.offline')
    : syncing
      ? t('visits.notebook.status.syncing')
      : waiting > 0
        ? t('visits.notebook.status.waiting', { count: waiting })
        : pending > 0
          ? t('visits.notebook.status.pending', { count: pending })
          : t('visits.notebook.status.synced');
  return (
    <div className={`sync-status${pending > 0 ? ' sync-status--pending' : ''}`}>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {online && pending > waiting && !syncing && (
        <Button variant="secondary" onClick={onSync}>
          {t('visits.notebook.syncNow')}
        </Button>
      )}
      {error && (
        // Two sentences: the server's refusal may be a field's message, which has no full stop of its own.
        <Alert tone="error">
          <p>{error}</p>
          <p>{t('visits.notebook.keptOnDevice')}</p>
        </Alert>
      )}
    </div>
  );
}
