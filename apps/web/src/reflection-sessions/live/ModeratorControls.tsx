import { entriesPrivate } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import { Button, ConfirmButton } from '../../ui/Button';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';

/**
 * The moderator's steering wheel: start, step through the phases (also back),
 * and end. Only shown to the moderator; the server refuses these from anyone else.
 */
export function ModeratorControls() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { state, phase, send } = useRoom();
  if (!state.viewer.isModerator) return null;

  if (state.status === 'planned') {
    return (
      <div className="moderator-controls">
        <Button onClick={() => send({ type: 'startSession' })}>{t('sessions.live.moderator.start')}</Button>
      </div>
    );
  }
  if (state.status !== 'live') return null;

  const previous = state.phases[state.currentPhaseIndex - 1];
  const next = state.phases[state.currentPhaseIndex + 1];
  const ready = state.participants.filter((p) => p.role === 'participant' && p.ready).length;
  const present = state.participants.filter((p) => p.role === 'participant' && p.online).length;
  const privateNow = entriesPrivate(state, phase.id);
  return (
    <section className="moderator-controls" aria-label={t('sessions.live.moderator.label')}>
      {!state.oneScreen && present > 0 && <p className="muted">{t('sessions.live.moderator.readyCount', { ready, count: present })}</p>}
      {privateNow && <p className="muted">{t('sessions.live.moderator.revealHint')}</p>}
      <div className="button-row">
        {privateNow && <Button onClick={() => send({ type: 'reveal', phaseId: phase.id })}>{t('sessions.live.moderator.reveal')}</Button>}
        {previous && (
          <Button variant="secondary" onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: previous.id })}>
            {t('sessions.live.moderator.previous', { phase: localized(previous.title) })}
          </Button>
        )}
        {next ? (
          <Button onClick={() => send({ type: 'goToPhase', phaseId: phase.id, toPhaseId: next.id })}>
            {t('sessions.live.moderator.next', { phase: localized(next.title) })}
          </Button>
        ) : (
          <p>{t('sessions.live.moderator.lastPhase')}</p>
        )}
        <ConfirmButton
          label={t('sessions.live.moderator.end')}
          target={state.title}
          confirmLabel={t('sessions.live.moderator.confirmEnd')}
          onConfirm={() => send({ type: 'endSession' })}
        />
      </div>
    </section>
  );
}
