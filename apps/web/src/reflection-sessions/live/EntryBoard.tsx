import { currentActions, votesHidden, votesLeft, type LiveCommand, type LiveEntry, type LiveSessionState } from '@kring/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { boardEntries } from './board';
import { EntryCard } from './EntryCard';
import { GroupingBoard } from './GroupingBoard';
import { GroupTitle } from './GroupTitle';
import { useRoom } from './live-room-context';
import type { OutboxItem } from '../../ui/live-room/outbox';

/**
 * What has been written: what this phase works with (see board.ts), with
 * the actions the phase allows; the rest of the session folded away below.
 */
export function EntryBoard() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { state, phase, unsent, forRoom } = useRoom();
  const actions = currentActions(state);
  const { working: shown, other } = boardEntries(state);
  const severalPhases = new Set(shown.map((e) => e.phaseId)).size > 1;
  const pending = unsent.filter(
    (item) => (item.command.type === 'contribute' || item.command.type === 'ask') && item.command.phaseId === phase.id,
  );
  const grouped = shown.some((e) => e.groupId);
  const dotsLeft = forRoom ? undefined : votesLeft(state, phase.id);
  const card = (entry: LiveEntry) => <EntryCard key={entry.id} entry={entry} actions={actions} dotsLeft={dotsLeft} />;

  return (
    <Section title={t('sessions.live.entries.title', { count: shown.length })}>
      {actions.includes('vote') && (
        <p className="budget">
          {forRoom ? t('sessions.live.votes.roomBudget') : t('sessions.live.votes.left', { count: dotsLeft, budget: state.voteBudget })}
          {votesHidden(state, phase.id) && ` ${t('sessions.live.votes.hidden')}`}
        </p>
      )}
      {pending.length > 0 && <PendingEntries items={pending} />}
      {shown.length === 0 && pending.length === 0 && <p className="muted">{t('sessions.live.entries.empty')}</p>}
      {actions.includes('group') ? (
        shown.length > 0 && (
          <GroupingBoard
            entries={shown}
            card={(entry, grouping) => <EntryCard key={entry.id} entry={entry} actions={actions} dotsLeft={dotsLeft} grouping={grouping} />}
          />
        )
      ) : grouped ? (
        <GroupedEntries state={state} entries={shown} card={card} />
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
  const { t } = useTranslation();
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

/** Groups made in an earlier phase, read-only here. */
function GroupedEntries({
  state,
  entries,
  card,
}: {
  state: LiveSessionState;
  entries: readonly LiveEntry[];
  card: (entry: LiveEntry) => ReactNode;
}) {
  const { t } = useTranslation();
  const groups = state.groups.filter((g) => entries.some((e) => e.groupId === g.id));
  const loose = entries.filter((e) => !e.groupId || !groups.some((g) => g.id === e.groupId));
  return (
    <>
      {groups.map((group) => (
        <div key={group.id} className="group">
          <GroupTitle group={group} editable={false} />
          <ul className="entries">{entries.filter((e) => e.groupId === group.id).map(card)}</ul>
        </div>
      ))}
      {loose.length > 0 && (
        <div className="group group--loose">
          {groups.length > 0 && <h3>{t('sessions.live.groups.loose')}</h3>}
          <ul className="entries">{loose.map(card)}</ul>
        </div>
      )}
    </>
  );
}

/** Entries per phase, in the method's order. */
function byPhase(state: LiveSessionState, entries: readonly LiveEntry[]) {
  return state.phases
    .map((phase) => ({ phase, entries: entries.filter((e) => e.phaseId === phase.id) }))
    .filter((part) => part.entries.length > 0);
}
