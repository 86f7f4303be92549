import type { MirrorLiveState, MirrorLiveStatement } from '@kring/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, ConfirmButton } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { mirrorPath } from '../paths';
import { CaptureForm } from './CaptureForm';
import type { MirrorLive } from './use-mirror-live';
import { ClarifyingQuestions, currentQuestion, TextCards } from './console-parts';
import { useTexts } from '../texts';

/** The moderator's console: the course of the conversation, the capture, and the listeners' clarifying questions. */
export function ModeratorConsole({ live, state }: { live: MirrorLive; state: MirrorLiveState }) {
  const { t } = useTexts();
  const [editing, setEditing] = useState<MirrorLiveStatement | null>(null);
  const current = currentQuestion(state);
  const pseudonym = (id: string | null) => state.participants.find((p) => p.id === id)?.pseudonym ?? t('mirror.capture.someone');

  if (state.status === 'planned') {
    return (
      <Section title={t('mirror.live.startTitle')}>
        <p>{t('mirror.live.startHint')}</p>
        <Button onClick={() => void live.send({ type: 'start' })}>{t('mirror.live.start')}</Button>
      </Section>
    );
  }
  if (state.status !== 'live') {
    return (
      <Section title={t('mirror.live.endedTitle')}>
        <p>{t('mirror.live.ended')}</p>
        <p className="link-alone">
          <Link to={`${mirrorPath(state.conversationId)}#oogst`}>{t('mirror.live.toHarvest')}</Link>
        </p>
      </Section>
    );
  }

  const statementsHere = state.statements.filter((s) => s.questionId === (current?.id ?? null));
  return (
    <>
      <Section title={t('mirror.live.guide')}>
        <ol className="mirror-guide mirror-guide--live">
          {state.questions.map((q) => (
            <li key={q.id} aria-current={q.id === state.currentQuestionId && !state.closingRound ? 'step' : undefined}>
              <span>{q.body}</span>{' '}
              {q.id === state.currentQuestionId && !state.closingRound ? (
                <strong className="badge">{t('mirror.live.current')}</strong>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={`${t('mirror.live.show')}: ${q.body}`}
                  onClick={() => void live.send({ type: 'showQuestion', questionId: q.id })}
                >
                  {t('mirror.live.show')}
                </Button>
              )}
            </li>
          ))}
        </ol>
        <div className="mirror-buttons">
          {!state.closingRound && (
            <Button variant="secondary" onClick={() => void live.send({ type: 'openClosingRound' })}>
              {t('mirror.live.openClosing')}
            </Button>
          )}
          <ConfirmButton
            label={t('mirror.live.end')}
            target={state.theme}
            confirmLabel={t('mirror.live.confirmEnd')}
            onConfirm={() => void live.send({ type: 'end' })}
          />
        </div>
      </Section>
      <Section title={editing ? t('mirror.capture.editTitle') : t('mirror.capture.title')}>
        {current && !editing && <p className="mirror-current">{current.body}</p>}
        <CaptureForm
          key={editing?.id ?? current?.id ?? 'outside'}
          questionId={current?.id ?? null}
          questionThemeIds={current?.themeIds ?? []}
          participants={state.participants}
          editing={editing}
          onDone={() => setEditing(null)}
          onSend={(fields, flags) =>
            live.send(editing ? { type: 'editStatement', statementId: editing.id, ...fields } : { type: 'capture', ...fields }, flags)
          }
        />
      </Section>
      <Section title={t('mirror.live.statements')}>
        {statementsHere.length === 0 ? (
          <p className="muted">{t('mirror.live.noStatements')}</p>
        ) : (
          <TextCards items={statementsHere}>
            {(s) => (
              <>
                <p className="muted">
                  {pseudonym(s.participantId)}
                  {s.quotable && ` · ${t('mirror.capture.quotable')}`}
                </p>
                <div className="mirror-buttons">
                  <Button variant="secondary" aria-label={`${t('mirror.live.edit')}: ${s.body}`} onClick={() => setEditing(s)}>
                    {t('mirror.live.edit')}
                  </Button>
                  <ConfirmButton
                    label={t('mirror.live.remove')}
                    target={s.body}
                    confirmLabel={t('mirror.live.confirmRemove')}
                    onConfirm={() => void live.send({ type: 'removeStatement', statementId: s.id })}
                  />
                </div>
              </>
            )}
          </TextCards>
        )}
        <p className="muted">{t('mirror.live.statementCount', { count: state.statements.length })}</p>
      </Section>
      <ClarifyingQuestions state={state} before={state.closingRound && <p className="badge">{t('mirror.live.closingRound')}</p>}>
        {(q) => (
          <label className="checkbox mirror-check">
            <input
              type="checkbox"
              checked={q.asked}
              onChange={(e) => void live.send({ type: 'markAsked', noteId: q.id, asked: e.target.checked })}
            />
            {t('mirror.live.asked')}
          </label>
        )}
      </ClarifyingQuestions>
    </>
  );
}
