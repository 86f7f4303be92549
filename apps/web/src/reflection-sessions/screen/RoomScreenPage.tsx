import {
  currentPhase,
  findFrameworkItem,
  joinUrl,
  JOIN_PATH,
  roomScreenBoard,
  sessionJoinCode,
  TAG_DIRECTION_LABELS,
  type RoomScreenCard,
} from '@kring/domain';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useViewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import { useLocale } from '../../i18n/locale';
import { useLocalized } from '../../i18n/localized';
import { QrCode } from '../../ui/QrCode';
import { sessionPath } from '../paths';
import { ConnectionBar } from '../live/ConnectionBar';
import { LiveRoomContext, liveRoomValue, useRoom } from '../live/live-room-context';
import { ModeratorControls } from '../live/ModeratorControls';
import { RoomNotReady } from '../live/RoomNotReady';
import { SessionTimer } from '../live/SessionTimer';
import { useLiveRoom } from '../live/use-live-room';
import '../sessions.css';
import './room-screen.css';
import { useTexts } from '../texts';

/**
 * /sessies/:id/scherm — the room's shared screen (a television or projector
 * in the living room): the phase, its prompt, the timer and the board in
 * large type, and a QR code with a short code to join on a phone. No menu and
 * nothing personal: the board is roomScreenBoard's, which leaves out names,
 * private writing and hidden dots. The moderator may steer from here too.
 */
export function RoomScreenPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  useShellLayout('screen');
  return <RoomScreen key={`${id}:${viewer.person.id}`} sessionId={id} personId={viewer.person.id} />;
}

function RoomScreen({ sessionId, personId }: { sessionId: string; personId: string }) {
  const { t } = useTexts();
  const localized = useLocalized();
  // Its own outbox: the moderator's steering from here, never what was typed in the room's own tab.
  const room = useLiveRoom(sessionId, personId, 'screen');
  const { view, dismissNotice } = room;
  const { state } = view;
  const phase = state && currentPhase(state);
  useEffect(() => {
    document.title = `${t('sessions.screen.title')} · ${t('app.name')}`;
  }, [t]);

  if (!state || !phase) {
    return (
      <div className="room-screen">
        <h1 className="visually-hidden">{t('sessions.screen.title')}</h1>
        <RoomNotReady view={view} />
      </div>
    );
  }

  const live = state.status === 'live';
  return (
    <LiveRoomContext.Provider value={liveRoomValue(room, state, phase, false)}>
      <div className="room-screen">
        <div className="room-screen__main" aria-live="polite">
          {live ? (
            <>
              <p className="room-screen__step">
                {t('sessions.live.phaseOf', { number: state.currentPhaseIndex + 1, total: state.phases.length })}
              </p>
              <h1>{localized(phase.title)}</h1>
              <p className="room-screen__prompt">{localized(phase.participantPrompt)}</p>
              <ScreenBoard />
            </>
          ) : (
            <>
              <h1>{state.status === 'planned' ? t('sessions.screen.waiting') : t('sessions.screen.over')}</h1>
              <p className="room-screen__prompt">{state.title}</p>
            </>
          )}
        </div>
        <aside className="room-screen__side" aria-label={t('sessions.screen.sideLabel')}>
          {live && <SessionTimer clockOffsetMs={view.clockOffsetMs} />}
          {(live || state.status === 'planned') && <JoinPanel sessionId={sessionId} />}
        </aside>
        {state.viewer.isModerator && (
          <footer className="room-screen__controls">
            {view.notices.map((notice) => (
              <p key={notice.id} className="alert alert--error" role="alert">
                {notice.message}{' '}
                <button type="button" className="link-button" onClick={() => dismissNotice(notice.id)}>
                  {t('sessions.live.dismiss')}
                </button>
              </p>
            ))}
            <ModeratorControls clockOffsetMs={view.clockOffsetMs} />
            <ConnectionBar view={view} />
            <Link to={sessionPath(sessionId, 'live')}>{t('sessions.screen.toRoom')}</Link>
          </footer>
        )}
      </div>
    </LiveRoomContext.Provider>
  );
}

/** Scan or type: the QR code opens the join address on a phone; the code is for whoever cannot scan. */
function JoinPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTexts();
  const url = joinUrl(window.location.origin, sessionId);
  const code = sessionJoinCode(sessionId);
  return (
    <section className="room-screen__join" aria-labelledby="join-title">
      <h2 id="join-title">{t('sessions.screen.join')}</h2>
      <QrCode className="room-screen__qr" value={url} label={t('sessions.screen.qrLabel')} />
      <p>{t('sessions.screen.orType', { address: `${window.location.host}${JOIN_PATH}` })}</p>
      <p className="room-screen__code" data-join-url={url}>
        <span className="visually-hidden">{t('sessions.screen.code')}: </span>
        {code}
      </p>
    </section>
  );
}

/** The cards everyone may see now, grouped as the room grouped them; dots only once they may be seen. */
function ScreenBoard() {
  const { t } = useTexts();
  const { state } = useRoom();
  const board = roomScreenBoard(state);
  const count = board.groups.reduce((n, g) => n + g.cards.length, 0);
  return (
    <section className="room-screen__board" aria-label={t('sessions.screen.boardLabel')}>
      {board.writingPrivate && <p className="room-screen__note">{t('sessions.screen.writingPrivate')}</p>}
      {board.votesHidden && <p className="room-screen__note">{t('sessions.screen.votesHidden')}</p>}
      {board.orderedByDots && <p className="room-screen__note">{t('sessions.live.votes.ordered')}</p>}
      {count === 0 && !board.writingPrivate && <p className="room-screen__note">{t('sessions.screen.empty')}</p>}
      {board.groups.map((group) => (
        <div key={group.id ?? 'loose'} className="room-screen__group">
          {group.label !== null ? <h2>{group.label}</h2> : board.groups.length > 1 && <h2>{t('sessions.live.groups.loose')}</h2>}
          <ul className="room-screen__cards">
            {group.cards.map((card) => (
              <ScreenCard key={card.id} card={card} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ScreenCard({ card }: { card: RoomScreenCard }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { label } = useLocale();
  return (
    <li className="room-screen__card">
      <p className="prose">{card.body}</p>
      {(card.tags.length > 0 || !!card.dots) && (
        <p className="room-screen__meta">
          {!!card.dots && <span className="badge">{t('sessions.screen.dots', { count: card.dots })}</span>}
          {card.tags.map((tag, index) => {
            const item = findFrameworkItem(tag.itemId);
            return (
              <span key={index} className={`tag tag--${tag.direction}`}>
                {item ? localized(item.name) : tag.itemId} · {label(TAG_DIRECTION_LABELS, tag.direction)}
              </span>
            );
          })}
        </p>
      )}
    </li>
  );
}
