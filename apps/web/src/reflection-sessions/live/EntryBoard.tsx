import {
  currentActions,
  discussionBoard,
  discussionEntries,
  entriesPrivate,
  votesHidden,
  votesLeft,
  type DiscussionBoard,
  type LiveCommand,
  type LiveEntry,
  type LiveSessionState,
} from '@kring/domain';
import type { ReactNode } from 'react';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { boardEntries } from './board';
import { EntryCard } from './EntryCard';
import { GroupingBoard } from './GroupingBoard';
import { GroupTitle } from './GroupTitle';
import { useRoom } from './live-room-context';
import type { OutboxItem } from '../../ui/live-room/outbox';
import { useTexts } from '../texts';

/**
 * What has been written: what this phase works with (see board.ts), with
 * the actions the phase allows; the rest of the session folded away below.
 */
export function EntryBoard() {
  const { t } = useTexts();
  const localized = useLocalized();
  const { state, phase, unsent, forRoom } = useRoom();
  const actions = currentActions(state);
  const { working: shown, other } = boardEntries(state);
  const severalPhases = new Set(shown.map((e) => e.phaseId)).size > 1;
  const pending = unsent.filter(
    (item) => (item.command.type === 'contribute' || item.command.type === 'ask') && item.command.phaseId === phase.id,
  );
  // After voting the conversation takes the most dotted first, as on the room's shared screen.
  const board = discussionBoard(state, shown);
  const grouped = shown.some((e) => e.groupId);
  const dotsLeft = forRoom ? undefined : votesLeft(state, phase.id);
  // While everyone writes on their own, an empty board does not mean nothing was written: the others' is hidden.
  const emptyBoardKey =
    forRoom || !entriesPrivate(state, phase.id)
      ? 'sessions.live.entries.empty'
      : state.viewer.isModerator
        ? 'sessions.live.entries.emptyPrivateModerator'
        : 'sessions.live.entries.emptyPrivate';
  const card = (entry: LiveEntry) => <EntryCard key={entry.id} entry={entry} actions={actions} dotsLeft={dotsLeft} />;

  return (
    <Section title={t('sessions.live.entries.title', { count: shown.length })}>
      {actions.includes('vote') && (
        <p className="budget">
          {forRoom ? t('sessions.live.votes.roomBudget') : t('sessions.live.votes.left', { count: dotsLeft, budget: state.voteBudget })}
          {votesHidden(state, phase.id) && ` ${t('sessions.live.votes.hidden')}`}
        </p>
      )}
      {board.byDots && <p className="muted">{t('sessions.live.votes.ordered')}</p>}
      {pending.length > 0 && <PendingEntries items={pending} />}
      {shown.length === 0 && pending.length === 0 && <p className="muted">{t(emptyBoardKey)}</p>}
      {actions.includes('group') ? (
        shown.length > 0 && (
          <GroupingBoard
            entries={board.byDots ? discussionEntries(state, shown) : shown}
            card={(entry, grouping) => <EntryCard key={entry.id} entry={entry} actions={actions} dotsLeft={dotsLeft} grouping={grouping} />}
          />
        )
      ) : grouped || board.byDots ? (
        <GroupedEntries board={board} card={card} />
      ) : (
        byPhase(state, shown).map(({ phase: p, entries }) => (
          <div key={p.id}>
            {severalPhases && <h3>{localized(p.title)}</h3>}
            <ul className="entries">{entries.map(card)}</ul>
          </div>
        ))
      )}
      {other.length > 0 && (
        <details className="earlier">
          <summary>{t('sessions.live.entries.otherPhases', { count: other.length })}</summary>
          {byPhase(state, other).map(({ phase: p, entries }) => (
            <div key={p.id}>
              <h3>{localized(p.title)}</h3>
              <ul className="entries">
                {entries.map((entry) => (
                  <EntryCard key={entry.id} entry={entry} actions={[]} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </Section>
  );
}

/** Typed and queued, not yet confirmed by the server: shown where it will appear, and marked. */
function PendingEntries({ items }: { items: readonly OutboxItem<LiveCommand>[] }) {
  const { t } = useTexts();
  return (
    <ul className="entries" aria-label={t('sessions.live.entries.pendingLabel')}>
      {items.map((item) => (
        <li key={item.clientKey} className="entry entry--pending">
          <p className="entry__body prose">{'body' in item.command ? item.command.body : ''}</p>
          <p className="entry__meta">
            <span className="badge">{t('sessions.live.entries.unsent')}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Groups made in an earlier phase, read-only here, and the cards in discussion order (discussion-order.ts). */
function GroupedEntries({ board, card }: { board: DiscussionBoard<LiveEntry>; card: (entry: LiveEntry) => ReactNode }) {
  const { t } = useTexts();
  const named = board.groups.some((g) => g.group);
  return (
    <>
      {board.groups.map(({ group, entries }) =>
        group ? (
          <div key={group.id} className="group">
            <GroupTitle group={group} editable={false} />
            <ul className="entries">{entries.map(card)}</ul>
          </div>
        ) : (
          <div key="loose" className="group group--loose">
            {named && <h3>{t('sessions.live.groups.loose')}</h3>}
            <ul className="entries">{entries.map(card)}</ul>
          </div>
        ),
      )}
    </>
  );
}

/** Entries per phase, in the method's order; within a phase by dots once they have been counted. */
function byPhase(state: LiveSessionState, entries: readonly LiveEntry[]) {
  return state.phases
    .map((phase) => ({
      phase,
      entries: discussionEntries(
        state,
        entries.filter((e) => e.phaseId === phase.id),
      ),
    }))
    .filter((part) => part.entries.length > 0);
}
