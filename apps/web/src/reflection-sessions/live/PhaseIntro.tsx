import {
  entriesPrivate,
  findFrameworkItem,
  findLensItem,
  PHASE_BEHAVIOUR_FIELDS,
  phaseBehaviour,
  votesHidden,
  type MethodPhase,
} from '@kring/domain';
import type { ReactNode } from 'react';
import { useLocalized } from '../../i18n/localized';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

/**
 * The current phase: what participants are asked, and for the moderator how
 * to lead it. Guidance is not secret (it is in the method), but on a
 * participant's phone or the room's shared screen it would only distract.
 */
export function PhaseIntro({ children }: { children?: ReactNode }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase } = useRoom();
  return (
    <section className="phase card" aria-labelledby="phase-title">
      <p className="phase__number">{t('sessions.live.phaseOf', { number: state.currentPhaseIndex + 1, total: state.phases.length })}</p>
      <h2 id="phase-title">{localized(phase.title)}</h2>
      <p className="phase__prompt">{localized(phase.participantPrompt)}</p>
      <WalksThrough phase={phase} />
      <BehaviourNotes />
      {state.viewer.isModerator &&
        (state.oneScreen ? (
          // On the shared screen the whole room reads along: the guidance stays folded until the moderator opens it.
          <details className="phase__guidance">
            <summary>{t('sessions.live.forModerator')}</summary>
            <p>{localized(phase.moderatorGuidance)}</p>
          </details>
        ) : (
          <div className="phase__guidance">
            <h3>{t('sessions.live.forModerator')}</h3>
            <p>{localized(phase.moderatorGuidance)}</p>
          </div>
        ))}
      {children}
    </section>
  );
}

/**
 * What this phase keeps to itself right now, in the words of the method data
 * the server enforces (PHASE_BEHAVIOUR_FIELDS), so the screen never promises
 * something else than what happens.
 */
function BehaviourNotes() {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase } = useRoom();
  const behaviour = phaseBehaviour(state.phases, state.currentPhaseIndex);
  const notes = [
    entriesPrivate(state, phase.id) && PHASE_BEHAVIOUR_FIELDS.privateUntilReveal,
    votesHidden(state, phase.id) && PHASE_BEHAVIOUR_FIELDS.votesHiddenUntilClose,
  ].filter((note) => !!note);
  const revealed = behaviour.privateUntilReveal && !entriesPrivate(state, phase.id);
  if (notes.length === 0 && !revealed) return null;
  return (
    <ul className="phase__behaviour">
      {notes.map((note) => (
        <li key={note.label.nl}>
          <strong>{localized(note.label)}.</strong> {localized(note.description)}
        </li>
      ))}
      {revealed && <li>{t('sessions.live.behaviour.revealed')}</li>}
    </ul>
  );
}

/** Lens items or values this phase walks through, with their open questions. */
function WalksThrough({ phase }: { phase: MethodPhase }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const items = (phase.lensItemIds ?? []).flatMap((id) => {
    const item = findFrameworkItem(id) ?? findLensItem(id)?.item;
    return item ? [item] : [];
  });
  if (items.length === 0) return null;
  return (
    <details className="phase__lens">
      <summary>{t('sessions.live.walksThrough', { count: items.length, name: localized(items[0].name) })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <strong>{localized(item.name)}</strong>
            {item.prompts.length > 0 && (
              <ul>
                {item.prompts.map((prompt) => (
                  <li key={prompt.nl}>{localized(prompt)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
