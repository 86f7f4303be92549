import { Link } from 'react-router-dom';
import { LOGIN_PATH } from '../../app/guards';
import { Alert } from '../../ui/Alert';
import { notebookPath } from '../paths';
import { useTexts } from '../texts';
import type { LetGo } from './use-notebook';

/**
 * In place of the notebook once the server refused this device it (use-notebook: refused): why, and what that did
 * here, as it happened: what was erased, which unsent beelden of the viewer wait out of sight, which were lost.
 */
export function LetGoNotice({ visitId, letGo }: { visitId: string; letGo: LetGo }) {
  const { t } = useTexts();
  const signedOut = letGo.why === 'session_ended';
  return (
    <>
      <Alert tone="info">
        <p>{t(signedOut ? 'visits.notebook.letGo.signedOut' : 'visits.notebook.notYours')}</p>
        {letGo.erased && <p>{t(signedOut ? 'visits.notebook.letGo.erasedAll' : 'visits.notebook.letGo.erasedVisit')}</p>}
        {letGo.kept > 0 && <p>{t('visits.notebook.letGo.keptUnsent', { count: letGo.kept })}</p>}
        {letGo.lost > 0 && <p>{t('visits.notebook.letGo.lostUnsent', { count: letGo.lost })}</p>}
      </Alert>
      {signedOut && (
        // Back to this notebook after logging in, which then sends what was kept.
        <p className="link-alone">
          <Link to={LOGIN_PATH} state={{ from: notebookPath(visitId) }}>
            {t('app.toLogin')}
          </Link>
        </p>
      )}
    </>
  );
}
