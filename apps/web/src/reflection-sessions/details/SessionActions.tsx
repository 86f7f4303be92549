import { Link } from 'react-router-dom';
import { CancelSessionDocument } from '../../graphql/documents/reflection-sessions';
import { useMutation } from '../../graphql/hooks';
import { Alert } from '../../ui/Alert';
import { ConfirmButton } from '../../ui/Button';
import { sessionPath } from '../paths';
import type { SessionData } from './SessionPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';

/** The next step for this viewer: join, read the harvest or report, or cancel the plan. */
export function SessionActions({ session, onChanged }: { session: SessionData; onChanged: () => void }) {
  const { t } = useTexts();
  const [cancel, { loading, error }] = useMutation(CancelSessionDocument);
  const moderator = session.viewerRole === 'moderator';
  const open = session.status === 'planned' || session.status === 'live';

  return (
    <div className="session-actions">
      <ErrorAlert error={error} />
      {session.status === 'cancelled' && <Alert tone="info">{t('sessions.live.cancelled')}</Alert>}
      <div className="button-row">
        {open && session.viewerRole && (
          <Link className="button button--primary" to={sessionPath(session.id, 'live')}>
            {moderator && session.status === 'planned' ? t('sessions.details.openRoom') : t('sessions.details.join')}
          </Link>
        )}
        {session.status === 'closed' && moderator && (
          <Link className="button button--primary" to={sessionPath(session.id, 'oogst')}>
            {t('sessions.live.toHarvest')}
          </Link>
        )}
        {session.status === 'closed' && session.viewerRole && (
          <Link className="button button--secondary" to={sessionPath(session.id, 'verslag')}>
            {t('sessions.live.toReport')}
          </Link>
        )}
        {session.viewerCanEditPlan && session.status === 'planned' && (
          <ConfirmButton
            label={t('sessions.details.cancel')}
            target={session.question}
            confirmLabel={t('sessions.details.confirmCancel')}
            busy={loading}
            onConfirm={async () => {
              if (await cancel({ sessionId: session.id })) onChanged();
            }}
          />
        )}
      </div>
    </div>
  );
}
