import { MIRROR_LIMITS, type MirrorLiveState } from '@kring/domain';
import { Alert } from '../../ui/Alert';
import { ConfirmButton } from '../../ui/Button';
import { LeftUnsent } from '../../ui/live-room/LeftUnsent';
import { useRetentionSentence, withRetention } from '../../ui/retention';
import { Section } from '../../ui/Section';
import { LiveTextForm } from './LiveTextForm';
import { LISTENER_SLOTS, type MirrorLive } from './use-mirror-live';
import { ClarifyingQuestions, currentQuestion, TextCards } from './console-parts';
import { useTexts } from '../texts';

/**
 * A listener's console (the outer circle): listen, do not react or defend.
 * Private notes stay with their author and are deleted with the raw notes;
 * clarifying questions are collected for the closing round.
 */
export function ListenerConsole({ live, state }: { live: MirrorLive; state: MirrorLiveState }) {
  const { t } = useTexts();
  const current = currentQuestion(state);
  const open = state.status === 'live';
  const over = state.status !== 'live' && state.status !== 'planned';
  const retention = useRetentionSentence('mirror_listener_notes');
  return (
    <>
      <p className="lead">{t('mirror.listener.rule')}</p>
      {over ? (
        <>
          <Alert tone="info">{t(`mirror.detail.conversation.${state.status}`)}</Alert>
          {/* Typed but not sent when the moderator ended the conversation (also a send it refused for that): kept to copy. */}
          <LeftUnsent
            drafts={live.drafts}
            slots={LISTENER_SLOTS.map((slot) => ({
              slot,
              label: t(slot === 'note' ? 'mirror.listener.note' : 'mirror.listener.question'),
            }))}
          />
        </>
      ) : (
        <Section title={state.closingRound ? t('mirror.live.closingRound') : t('mirror.listener.now')}>
          <p className="mirror-current">
            {state.status === 'planned' ? t('mirror.listener.waiting') : (current?.body ?? t('mirror.listener.noQuestion'))}
          </p>
        </Section>
      )}
      <Section title={t('mirror.listener.notes')}>
        <p className="muted">{withRetention(t('mirror.listener.notesHint'), retention)}</p>
        {open && (
          <LiveTextForm
            label={t('mirror.listener.note')}
            submitLabel={t('mirror.listener.saveNote')}
            max={MIRROR_LIMITS.noteMaxLength}
            drafts={live.drafts}
            slot="note"
            onSend={(body, flags) => live.send({ type: 'note', kind: 'note', body, questionId: state.currentQuestionId }, flags)}
          />
        )}
        <TextCards items={state.notes}>
          {(note) => (
            <ConfirmButton
              label={t('mirror.listener.removeNote')}
              target={note.body}
              confirmLabel={t('mirror.listener.confirmRemove')}
              onConfirm={() => void live.send({ type: 'removeNote', noteId: note.id })}
            />
          )}
        </TextCards>
      </Section>
      <ClarifyingQuestions
        state={state}
        before={
          open && (
            <LiveTextForm
              label={t('mirror.listener.question')}
              hint={withRetention(t('mirror.listener.questionHint'), retention)}
              submitLabel={t('mirror.listener.addQuestion')}
              max={MIRROR_LIMITS.noteMaxLength}
              drafts={live.drafts}
              slot="question"
              onSend={(body, flags) => live.send({ type: 'note', kind: 'question', body, questionId: null }, flags)}
            />
          )
        }
      >
        {(q) => (
          <p className="muted">
            {q.mine && t('mirror.listener.mine')}
            {q.asked && ` ${t('mirror.live.asked')}`}
          </p>
        )}
      </ClarifyingQuestions>
    </>
  );
}
