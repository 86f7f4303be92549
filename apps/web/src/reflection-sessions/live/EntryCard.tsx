import {
  checkEntryBody,
  errorMessage,
  votesHidden,
  discussionDots,
  findFrameworkItem,
  isOwnEntry,
  LIVE_LIMITS,
  TAG_DIRECTION_LABELS,
  voteTotal,
  type LiveEntry,
  type PhaseAction,
} from '@kring/domain';
import { useState } from 'react';
import { useLanguage } from '../../i18n';
import { useLocale } from '../../i18n/locale';
import { useTextFinding } from '../../ui/text-finding';
import { Button, ConfirmButton } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { useInPlace } from '../../ui/in-place';
import { useEscapeToClose } from '../../ui/escape-to-close';
import { useLocalized } from '../../i18n/localized';
import { FlaggedMark } from '../../ui/content-guard/FlaggedMark';
import { entryAuthor } from './entry-author';
import type { CardGrouping } from './GroupingBoard';
import { useRoom } from './live-room-context';
import { TagPicker } from './TagPicker';
import { useTexts } from '../texts';

interface EntryCardProps {
  entry: LiveEntry;
  /** What the current phase lets people do with entries. */
  actions: readonly PhaseAction[];
  /** Dots this screen's voter (a person, or the room) may still place in this phase; undefined without a budget. */
  dotsLeft?: number;
  /** In a group phase: the drag handle and the "Verplaats naar groep" menu (GroupingBoard). */
  grouping?: CardGrouping;
}

/** One contribution, question or option, with what the viewer may do with it in this phase. */
export function EntryCard({ entry, actions, dotsLeft, grouping }: EntryCardProps) {
  const { t } = useTexts();
  const { state, phase, send, forRoom } = useRoom();
  const editing = useInPlace();
  const own = isOwnEntry(state, entry) || (entry.forRoom && state.viewer.isModerator);
  const live = state.status === 'live';
  const canEdit = live && own && entry.phaseId === phase.id;
  const canRemove = live && (state.viewer.isModerator || canEdit);
  const author = entryAuthor(state, entry, t);
  const short = entry.body.length > 60 ? `${entry.body.slice(0, 57)}…` : entry.body;

  return (
    <li
      ref={grouping?.nodeRef}
      className={`entry${grouping ? ' entry--draggable' : ''}${grouping?.dragging ? ' entry--dragging' : ''}${entry.flagged ? ' entry--flagged' : ''}`}
    >
      {live && grouping?.handle}
      {editing.open ? <EditEntry entry={entry} onDone={editing.stop} /> : <p className="entry__body prose">{entry.body}</p>}
      {entry.flagged && <FlaggedMark />}
      <p className="entry__meta">
        {author}
        {entry.editedAt && ` · ${t('sessions.live.entries.edited')}`}
      </p>
      <EntryTags entryId={entry.id} canRemove={live && actions.includes('tag')} />
      {!actions.includes('vote') && <CountedDots entryId={entry.id} />}
      <div className="entry__actions">
        {live && actions.includes('vote') && <Dots entry={entry} dotsLeft={dotsLeft} short={short} forRoom={forRoom} />}
        {live && grouping?.moveMenu}
        {canEdit && !editing.open && (
          <Button variant="secondary" autoFocus={editing.returnFocus} onClick={editing.start}>
            {t('sessions.live.entries.edit')}
            <span className="visually-hidden">: {short}</span>
          </Button>
        )}
        {canRemove && (
          <ConfirmButton
            label={t('sessions.live.entries.remove')}
            target={short}
            confirmLabel={t('sessions.live.entries.confirmRemove')}
            onConfirm={() => send({ type: 'removeEntry', phaseId: phase.id, entryId: entry.id })}
          />
        )}
      </div>
      {live && actions.includes('tag') && <TagPicker entryId={entry.id} entryLabel={short} />}
    </li>
  );
}

/**
 * Dot votes: like stickers on a board, they set the order of the talk, never
 * a score. While the phase hides its votes the screen only has the viewer's
 * own dots (the server sends no others), so it shows only those.
 */
function Dots({ entry, dotsLeft, short, forRoom }: { entry: LiveEntry; dotsLeft?: number; short: string; forRoom: boolean }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { state, phase, send } = useRoom();
  const [spent, setSpent] = useState(false);
  const voterId = forRoom ? null : state.viewer.personId;
  const mine = state.votes.find((v) => v.entryId === entry.id && v.phaseId === phase.id && v.voterId === voterId)?.count ?? 0;
  const total = voteTotal(state, entry.id, phase.id);
  const hidden = votesHidden(state, phase.id);
  const add = () => {
    // Over the budget: say why here, beside the button, instead of doing nothing.
    if (dotsLeft === 0) return setSpent(true);
    setSpent(false);
    send({ type: 'vote', phaseId: phase.id, entryId: entry.id, forRoom });
  };
  return (
    <span className="dots">
      <span className="dots__count">
        {/* Hidden: this screen has only its own dots (for the room's screen, the room's). */}
        {hidden
          ? t(forRoom ? 'sessions.live.votes.total' : 'sessions.live.votes.mine', { count: mine })
          : t('sessions.live.votes.total', { count: total })}
        {!hidden && !forRoom && mine > 0 && ` (${t('sessions.live.votes.mine', { count: mine })})`}
      </span>
      <Button variant="secondary" aria-disabled={dotsLeft === 0 || undefined} onClick={add}>
        {t('sessions.live.votes.add')}
        <span className="visually-hidden">: {short}</span>
      </Button>
      {spent && dotsLeft === 0 && (
        <span className="field__error" role="alert">
          {errorMessage('SESSION_VOTE_BUDGET', language, { budget: state.voteBudget })}
        </span>
      )}
      {mine > 0 && (
        <Button
          variant="secondary"
          onClick={() => {
            setSpent(false);
            send({ type: 'unvote', phaseId: phase.id, entryId: entry.id, forRoom });
          }}
        >
          {t('sessions.live.votes.remove')}
          <span className="visually-hidden">: {short}</span>
        </Button>
      )}
    </span>
  );
}

/** Dots an entry got in phases that are over, shown where it can no longer be voted on (e.g. the next phase's discussion). */
function CountedDots({ entryId }: { entryId: string }) {
  const { t } = useTexts();
  const { state } = useRoom();
  // The same count that sets the order of the board (discussion-order.ts).
  const total = discussionDots(state, entryId);
  if (total === 0) return null;
  return <p className="entry__meta dots__count">{t('sessions.live.votes.total', { count: total })}</p>;
}

function EntryTags({ entryId, canRemove }: { entryId: string; canRemove: boolean }) {
  const { t } = useTexts();
  const localized = useLocalized();
  const { label } = useLocale();
  const { state, phase, send } = useRoom();
  const tags = state.tags.filter((tag) => tag.entryId === entryId);
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('sessions.live.tags.listLabel')}>
      {tags.map((tag) => {
        const item = findFrameworkItem(tag.itemId);
        const text = `${item ? localized(item.name) : tag.itemId} · ${label(TAG_DIRECTION_LABELS, tag.direction)}`;
        return (
          <li key={tag.id} className={`tag tag--${tag.direction}`}>
            {text}
            {canRemove && (
              <button
                type="button"
                className="tag__remove"
                aria-label={t('sessions.live.tags.remove', { tag: text })}
                onClick={() => send({ type: 'untag', phaseId: phase.id, tagId: tag.id })}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function EditEntry({ entry, onDone }: { entry: LiveEntry; onDone: () => void }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { phase, send } = useRoom();
  const [text, setText] = useState(entry.body);
  const finding = useTextFinding();
  const escape = useEscapeToClose<HTMLDivElement>(onDone);
  const save = () => {
    const checked = checkEntryBody(text);
    if (!checked.ok) return finding.say(text, errorMessage(checked.problem.code, language, checked.problem.params));
    if (checked.body !== entry.body) send({ type: 'editEntry', phaseId: phase.id, entryId: entry.id, body: checked.body });
    onDone();
  };
  return (
    <div ref={escape.ref} onKeyDown={escape.onKeyDown}>
      <TextAreaField
        label={t('sessions.live.entries.editLabel')}
        rows={3}
        autoFocus
        value={text}
        maxLength={LIVE_LIMITS.entryMaxLength}
        error={finding.messageFor(text)}
        onChange={setText}
      />
      <div className="button-row">
        <Button onClick={save}>{t('sessions.live.entries.save')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
      {escape.question}
    </div>
  );
}
