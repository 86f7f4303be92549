import { useOfflineReady } from '../../app/service-worker';
import { useTexts } from '../texts';

/**
 * Whether the notebook will open again without a connection, read from the browser itself (a service worker controls
 * the page): a visitor about to walk onto a farm without signal knows whether to keep the page open a moment longer.
 */
export function OfflineReady() {
  const { t } = useTexts();
  const ready = useOfflineReady();
  if (ready === null) return null;
  return (
    <p className="notebook__offline" role="status" aria-live="polite">
      {t(`visits.notebook.offline.${ready}`)}
    </p>
  );
}
