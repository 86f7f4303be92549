import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

/**
 * The method's phases in order, the current one marked. The moderator can
 * jump to any phase (also back); for everyone else it is a map of the session.
 */
export function PhaseSteps() {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase, send } = useRoom();
  const canJump = state.viewer.isModerator && state.status === 'live';
  return (
    <nav className="phase-steps" aria-label={t('sessions.live.phasesLabel')}>
      <ol>
        {state.phases.map((p, index) => {
          const current = index === state.currentPhaseIndex;
          const label = `${index + 1}. ${localized(p.title)}`;
          return (
            <li key={p.id} className={current ? 'phase-steps__current' : index < state.currentPhaseIndex ? 'phase-steps__done' : undefined}>
              {canJump && !current ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('sessions.live.goToPhase', { phase: label })}
                  onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: p.id })}
                >
                  {label}
                </button>
              ) : (
                <span aria-current={current ? 'step' : undefined}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
