import { useParams } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Page';
import { useMirrorLive } from './use-mirror-live';
import '../mirror.css';
import { useTexts } from '../texts';

/**
 * The screen in the room: only the question on the table, large enough to read from the circle. Relatives look at it:
 * no menu, no notification bell, nothing of the person logged in on it (as the room screen of a session).
 */
export function MirrorProjectorPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  useShellLayout('screen');
  return <Projector key={id} conversationId={id} personId={viewer.person.id} />;
}

function Projector({ conversationId, personId }: { conversationId: string; personId: string }) {
  const { t } = useTexts();
  const { view } = useMirrorLive(conversationId, personId, 'projector');
  const { state, refusal } = view;
  if (refusal) return <Alert tone="error">{refusal}</Alert>;
  if (!state) return <Loading />;
  const index = state.questions.findIndex((q) => q.id === state.currentQuestionId);
  return (
    <div className="mirror-projector" aria-live="polite">
      <p className="mirror-projector__theme">{state.theme}</p>
      {state.status === 'planned' && <h1>{t('mirror.projector.waiting')}</h1>}
      {state.status === 'live' && state.closingRound && <h1>{t('mirror.projector.closing')}</h1>}
      {state.status === 'live' && !state.closingRound && index >= 0 && (
        <>
          <p className="mirror-projector__step">{t('mirror.projector.questionOf', { number: index + 1, total: state.questions.length })}</p>
          <h1>{state.questions[index].body}</h1>
        </>
      )}
      {state.status === 'live' && !state.closingRound && index < 0 && <h1>{state.theme}</h1>}
      {(state.status === 'ended' || state.status === 'approved') && <h1>{t('mirror.projector.thanks')}</h1>}
    </div>
  );
}
