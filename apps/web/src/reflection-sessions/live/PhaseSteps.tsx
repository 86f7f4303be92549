import { useEffect, useRef } from 'react';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { stepInView } from './step-in-view';
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
  const strip = useRef<HTMLOListElement>(null);
  // On a phone the strip scrolls sideways: at every phase change the current step comes into view (only the strip
  // scrolls, never the page, so the question and the box to type in stay where they are).
  useEffect(() => {
    const ol = strip.current;
    const step = ol?.children[state.currentPhaseIndex];
    if (!ol || !step) return;
    const stepBox = step.getBoundingClientRect();
    const stepLeft = stepBox.left - ol.getBoundingClientRect().left + ol.scrollLeft;
    ol.scrollLeft = stepInView({ stepLeft, stepWidth: stepBox.width, stripWidth: ol.clientWidth, scrollLeft: ol.scrollLeft });
  }, [state.currentPhaseIndex]);
  return (
    <nav className="phase-steps" aria-label={t('sessions.live.phasesLabel')}>
      <ol ref={strip}>
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
