import { currentPhase, findLens, HARVEST_ITEM_KIND_LABELS, type LiveSessionState } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { LeftUnsent } from '../../ui/live-room/LeftUnsent';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { PracticeItem } from '../PracticeItem';
import { ReviewPracticeForm } from '../ReviewPracticeForm';
import { sessionPath } from '../paths';
import '../sessions.css';
import { Composer } from './Composer';
import { ConnectionBar } from './ConnectionBar';
import { EntryBoard } from './EntryBoard';
import { composersShown, DRAFT_SLOTS } from './live-room-client';
import { LiveRoomContext, liveRoomValue } from './live-room-context';
import { ModeratorControls } from './ModeratorControls';
import { RoomNotReady } from './RoomNotReady';
import { Notices } from './Notices';
import { PhaseIntro } from './PhaseIntro';
import { PhaseSteps } from './PhaseSteps';
import { Presence } from './Presence';
import { SessionTimer } from './SessionTimer';
import { TypingLine } from './TypingLine';
import { useLiveRoom } from './use-live-room';
import { useTexts } from '../texts';

/** /sessies/:id/live — one room per session and person, so a switch of either starts afresh. */
export function LiveRoomPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  useShellLayout('room');
  return <LiveRoom key={`${id}:${viewer.person.id}`} sessionId={id} personId={viewer.person.id} />;
}

function LiveRoom({ sessionId, personId }: { sessionId: string; personId: string }) {
  const { t } = useTexts();
  const room = useLiveRoom(sessionId, personId);
  const { view, send, dismissNotice, drafts } = room;
  const { state } = view;
  const phase = state && currentPhase(state);

  if (!state || !phase) {
    return (
      <Page title={t('sessions.live.title')}>
        <ConnectionBar view={view} />
        <RoomNotReady view={view} />
      </Page>
    );
  }

  const forRoom = state.oneScreen && state.viewer.isModerator;
  return (
    <LiveRoomContext.Provider value={liveRoomValue(room, state, phase, forRoom)}>
      <div className={state.oneScreen ? 'live live--one-screen' : 'live'}>
        <Page title={state.title} wide>
          <SessionFacts state={state} />
          <ConnectionBar view={view} />
          <Notices
            notices={view.notices}
            onDismiss={dismissNotice}
            onKeep={(notice) => {
              // The refusal put the text back in a draft; kept knowingly it goes out again from the outbox, with the same confirmation.
              if (notice.item && notice.escalation) send(notice.item.command, notice.item, { promptId: notice.escalation.promptId });
              if (notice.restored) drafts.set(notice.restored.slot, '');
              dismissNotice(notice.id);
            }}
            onRemoved={(notice) => {
              if (notice.restored) drafts.set(notice.restored.slot, '');
              dismissNotice(notice.id);
            }}
          />
          <StatusNote state={state} />
          {/* Typed but not sent when the session ended: the words stay here to copy (before the start nothing was typed). */}
          {state.status !== 'live' && state.status !== 'planned' && (
            <LeftUnsent drafts={drafts} slots={DRAFT_SLOTS.map((slot) => ({ slot, label: t(`sessions.live.composer.label.${slot}`) }))} />
          )}
          {state.status !== 'live' && <OpenPractices state={state} />}
          {state.status === 'live' && (
            <>
              <PhaseSteps />
              <PhaseIntro>
                <SessionTimer clockOffsetMs={view.clockOffsetMs} />
              </PhaseIntro>
              {/* Writing comes right after the question, so on a phone it is on the first screen; who else is writing just above it. */}
              <TypingLine />
              {/* The same list tells a refused text which box to go back to (live-room-client). */}
              {composersShown(state).map((slot) => (
                <Composer key={slot} slot={slot} />
              ))}
              {/* A new phase starts with nothing selected for grouping. */}
              <EntryBoard key={phase.id} />
              <OpenPractices state={state} />
            </>
          )}
          <SharedHarvest state={state} />
          <Presence />
          <ModeratorControls clockOffsetMs={view.clockOffsetMs} />
        </Page>
      </div>
    </LiveRoomContext.Provider>
  );
}

/** Which method, case and lenses: the frame of the conversation. The case opens in a tab of its own, so the room stays. */
export function SessionFacts({ state }: { state: LiveSessionState }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const lenses = state.lensIds.flatMap((id) => {
    const lens = findLens(id);
    return lens ? [localized(lens.name)] : [];
  });
  return (
    <p className="muted session-facts">
      {t('sessions.live.method', { name: localized(state.method.name) })}
      {state.caseRef && (
        <>
          {' · '}
          {/* Only someone the case rule lets read it gets the link (the server says so per viewer); the others see its name. */}
          {state.caseRef.viewerCanRead ? (
            <Link to={`/casussen/${state.caseRef.id}`} target="_blank" rel="noopener">
              {t('sessions.live.case', { pseudonym: state.caseRef.pseudonym })}
              <span className="visually-hidden"> ({t('sessions.live.newTab')})</span>
            </Link>
          ) : (
            t('sessions.live.case', { pseudonym: state.caseRef.pseudonym })
          )}
        </>
      )}
      {lenses.length > 0 && ` · ${t('sessions.live.lenses', { lenses: lenses.join(', ') })}`}
      {state.viewer.isModerator && (state.status === 'live' || state.status === 'planned') && (
        <>
          {' · '}
          <Link to={sessionPath(state.sessionId, 'scherm')} target="_blank" rel="noopener" title={t('sessions.screen.openHint')}>
            {t('sessions.screen.open')}
            <span className="visually-hidden"> ({t('sessions.live.newTab')})</span>
          </Link>
        </>
      )}
    </p>
  );
}

/** Before and after: what the room is waiting for, and where to go next. */
function StatusNote({ state }: { state: LiveSessionState }) {
  const { t } = useTexts();
  if (state.status === 'planned') {
    return <Alert tone="info">{state.viewer.isModerator ? t('sessions.live.waitingModerator') : t('sessions.live.waiting')}</Alert>;
  }
  if (state.status === 'cancelled') return <Alert tone="info">{t('sessions.live.cancelled')}</Alert>;
  if (state.status !== 'closed') return null;
  return (
    <Alert tone="success">
      <p>{t('sessions.live.closed')}</p>
      <p>
        {state.viewer.isModerator ? (
          <Link className="button button--primary" to={sessionPath(state.sessionId, 'oogst')}>
            {t('sessions.live.toHarvest')}
          </Link>
        ) : (
          <Link to={sessionPath(state.sessionId, 'verslag')}>{t('sessions.live.toReport')}</Link>
        )}
      </p>
    </Alert>
  );
}

/**
 * "Hoe ging het?": the team's open practices from earlier sessions come
 * first, open while the session has not gone past its first phase.
 */
function OpenPractices({ state }: { state: LiveSessionState }) {
  const { t } = useTexts();
  if (state.openPractices.length === 0) return null;
  const atStart = state.status === 'planned' || (state.status === 'live' && state.currentPhaseIndex === 0);
  return (
    <details className="open-practices card" open={atStart}>
      <summary>
        <h2>{t('sessions.practices.howDidItGo', { count: state.openPractices.length })}</h2>
      </summary>
      <p className="muted">{t('sessions.practices.howDidItGoIntro')}</p>
      <ul className="practices">
        {state.openPractices.map((practice) => (
          <PracticeItem key={practice.id} practice={practice}>
            {state.status !== 'cancelled' && (
              <ReviewPracticeForm sessionId={state.sessionId} practice={practice} canSetStatus={state.viewer.isModerator} />
            )}
          </PracticeItem>
        ))}
      </ul>
    </details>
  );
}

/** The harvest as the moderator writes it (memos stay with the moderator and never reach the room). */
function SharedHarvest({ state }: { state: LiveSessionState }) {
  const { t } = useTexts();
  const { label } = useLocale();
  const { items, practices } = state.harvest;
  if (items.length === 0 && practices.length === 0) return null;
  return (
    <Section title={t('sessions.harvest.title')}>
      {items.length > 0 && (
        <ul className="harvest-items">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{label(HARVEST_ITEM_KIND_LABELS, item.kind)}:</strong> <span className="prose">{item.body}</span>
            </li>
          ))}
        </ul>
      )}
      {practices.length > 0 && (
        <>
          <h3>{t('sessions.practices.title')}</h3>
          <ul className="practices">
            {practices.map((practice) => (
              <PracticeItem key={practice.id} practice={practice} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
