import { MIRROR_STATUS_LABELS } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Loading, Page } from '../../ui/Page';
import { mirrorPath } from '../paths';
import { ConnectionStatus } from './ConnectionStatus';
import { ListenerConsole } from './ListenerConsole';
import { ModeratorConsole } from './ModeratorConsole';
import { useMirrorLive } from './use-mirror-live';
import '../mirror.css';
import { useTexts } from '../texts';

/** The live conversation: the moderator's console or a listener's, on a laptop or a phone. */
export function MirrorConsolePage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  // As the session's live room: a slim header whose menu stays folded, so the conversation has the screen.
  useShellLayout('room');
  return <Console key={`${id}:${viewer.person.id}`} conversationId={id} personId={viewer.person.id} />;
}

function Console({ conversationId, personId }: { conversationId: string; personId: string }) {
  const { t } = useTexts();
  const { label } = useLocale();
  const live = useMirrorLive(conversationId, personId, 'console');
  const { state, refusal } = live.view;
  return (
    <Page title={state?.theme ?? t('mirror.live.title')} wide>
      <p>
        <Link to={mirrorPath(conversationId)}>{t('mirror.live.back')}</Link>
        {/* Once the console let the person in; a planner who does not listen finds the projector on the conversation's page. */}
        {state && (
          <>
            {' · '}
            <Link to={mirrorPath(conversationId, 'scherm')} target="_blank">
              {t('mirror.live.projector')}
            </Link>
          </>
        )}
      </p>
      {state && <p className="badge">{label(MIRROR_STATUS_LABELS, state.status)}</p>}
      <ConnectionStatus live={live} />
      {refusal ? (
        <Alert tone="error">{refusal}</Alert>
      ) : !state ? (
        <Loading />
      ) : state.role === 'moderator' ? (
        <ModeratorConsole live={live} state={state} />
      ) : (
        <ListenerConsole live={live} state={state} />
      )}
    </Page>
  );
}
