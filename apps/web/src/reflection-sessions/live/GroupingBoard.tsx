import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { LIVE_LIMITS, type LiveEntry, type LiveGroup } from '@kring/domain';
import { useRef, useState, type ReactNode } from 'react';
import { TextField } from '../../ui/Field';
import { GroupTitle } from './GroupTitle';
import { useRoom } from './live-room-context';
import { useGuardedSend } from './use-guarded-send';
import { useTexts } from '../texts';

/** Where a card can go: a group, a new group, or out of any group. */
export type Zone = { kind: 'group'; group: LiveGroup } | { kind: 'new' } | { kind: 'loose' };

const NEW = 'zone:new';
const LOOSE = 'zone:loose';

/** What the card needs to be dragged and moved: given to EntryCard by the board. */
export interface CardGrouping {
  /** The card's own node, measured for dragging. */
  nodeRef: (element: HTMLElement | null) => void;
  dragging: boolean;
  /** The handle that picks the card up (pointer, touch, or Space/Enter and the arrow keys). */
  handle: ReactNode;
  /** "Verplaats naar groep": the same moves as a plain menu of buttons. */
  moveMenu: ReactNode;
}

/** Under the pointer when there is one; for the keyboard, the zone the card mostly covers. */
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};

/**
 * Ordenen as on a board: cards are dragged into groups (or a new group, or
 * out again). Dragging is one way; the card's "Verplaats naar groep" menu is
 * the equal other, for the keyboard, a screen reader or a steady hand. The
 * drag handle works with the keyboard as well, announced in words.
 */
export function GroupingBoard({
  entries,
  card,
}: {
  entries: readonly LiveEntry[];
  card: (entry: LiveEntry, grouping: CardGrouping) => ReactNode;
}) {
  const { t } = useTexts();
  const { state, phase, send } = useRoom();
  const [name, setName] = useState('');
  // A new group's name is checked like a contribution (GroupTitle says why): until it may go, the name stays in its box
  // with the findings beside it, and the card waits; confirmed, the same move goes out.
  const newGroup = useGuardedSend({
    owns: (command) => command.type === 'group' && !command.groupId && command.phaseId === phase.id,
    back: (command) => {
      if (command.type === 'group' && command.label) setName(command.label);
    },
    sent: () => setName(''),
  });
  const [active, setActive] = useState<LiveEntry | null>(null);
  const groups = state.groups.filter((g) => g.phaseId === phase.id || entries.some((e) => e.groupId === g.id));
  const loose = entries.filter((e) => !e.groupId || !groups.some((g) => g.id === e.groupId));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // The arrow keys move a picked-up card step by step; the live region names the zone it is over.
    useSensor(KeyboardSensor),
  );

  const zoneOf = (id: UniqueIdentifier | undefined): Zone | undefined => {
    if (id === NEW) return { kind: 'new' };
    if (id === LOOSE) return { kind: 'loose' };
    const group = groups.find((g) => `group:${g.id}` === id);
    return group && { kind: 'group', group };
  };
  const zoneName = (zone: Zone | undefined) =>
    !zone
      ? t('sessions.live.groups.nowhere')
      : zone.kind === 'group'
        ? zone.group.label
        : zone.kind === 'new'
          ? t('sessions.live.groups.newZone')
          : t('sessions.live.groups.loose');
  const short = (entry: LiveEntry | undefined) => (!entry ? '' : entry.body.length > 60 ? `${entry.body.slice(0, 57)}…` : entry.body);
  const entryById = (id: UniqueIdentifier) => entries.find((e) => e.id === id);

  /** One move, whichever way it was asked for. */
  const move = (entry: LiveEntry, zone: Zone) => {
    if (zone.kind === 'group') {
      if (entry.groupId !== zone.group.id) send({ type: 'group', phaseId: phase.id, entryIds: [entry.id], groupId: zone.group.id });
    } else if (zone.kind === 'new') {
      // A name over the limit stays in its box, which says so; nothing is cut and the card waits.
      if (name.length > LIVE_LIMITS.groupLabelMaxLength) return;
      const label = name.trim() || t('sessions.live.groups.defaultName', { number: groups.length + 1 });
      newGroup.send({ type: 'group', phaseId: phase.id, entryIds: [entry.id], label });
    } else if (entry.groupId) {
      send({ type: 'ungroup', phaseId: phase.id, entryId: entry.id });
    }
  };

  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const entry = entryById(dragged.id);
    const zone = zoneOf(over?.id);
    if (entry && zone) move(entry, zone);
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('sessions.live.groups.announce.start', { card: short(entryById(a.id)) }),
    onDragOver: ({ over }) => t('sessions.live.groups.announce.over', { zone: zoneName(zoneOf(over?.id)) }),
    onDragEnd: ({ over }) =>
      over ? t('sessions.live.groups.announce.end', { zone: zoneName(zoneOf(over.id)) }) : t('sessions.live.groups.announce.nowhere'),
    onDragCancel: () => t('sessions.live.groups.announce.cancel'),
  };

  const withGrouping = (entry: LiveEntry) => (
    <DraggableCard key={entry.id} entry={entry} label={short(entry)} render={card}>
      <MoveMenu entry={entry} label={short(entry)} groups={groups} newName={name} onMove={(zone) => move(entry, zone)} />
    </DraggableCard>
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('sessions.live.groups.instructions') } }}
      onDragStart={({ active: a }) => setActive(entryById(a.id) ?? null)}
      onDragCancel={() => setActive(null)}
      onDragEnd={onDragEnd}
    >
      <p className="muted grouping__intro">{t('sessions.live.groups.intro')}</p>
      <DropZone id={NEW} className="group group--new">
        {/* A form only so that the guard's panel sees the name change after its check (and stops offering the old name);
            a card, not Enter, starts the new group. */}
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <TextField
            label={t('sessions.live.groups.newName')}
            value={name}
            maxLength={LIVE_LIMITS.groupLabelMaxLength}
            placeholder={t('sessions.live.groups.defaultName', { number: groups.length + 1 })}
            onChange={setName}
          />
          {newGroup.panel}
        </form>
        <p className="muted">{t('sessions.live.groups.dropNew')}</p>
      </DropZone>
      {groups.map((group) => (
        <DropZone key={group.id} id={`group:${group.id}`} className="group">
          <GroupTitle group={group} editable={state.status === 'live'} />
          <ul className="entries">{entries.filter((e) => e.groupId === group.id).map(withGrouping)}</ul>
          {!entries.some((e) => e.groupId === group.id) && <p className="muted">{t('sessions.live.groups.emptyGroup')}</p>}
        </DropZone>
      ))}
      <DropZone id={LOOSE} className="group group--loose">
        <h3>{t('sessions.live.groups.loose')}</h3>
        <ul className="entries">{loose.map(withGrouping)}</ul>
      </DropZone>
      <DragOverlay>{active && <div className="entry entry--overlay">{short(active)}</div>}</DragOverlay>
    </DndContext>
  );
}

function DropZone({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} className={`${className} drop-zone${isOver ? ' drop-zone--over' : ''}`}>
      {children}
    </div>
  );
}

function DraggableCard({
  entry,
  label,
  render,
  children,
}: {
  entry: LiveEntry;
  label: string;
  render: (entry: LiveEntry, grouping: CardGrouping) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTexts();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: entry.id });
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={t('sessions.live.groups.drag', { card: label })}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return render(entry, { nodeRef: setNodeRef, dragging: isDragging, handle, moveMenu: children });
}

/** "Verplaats naar groep": every move the drag allows, as buttons. */
function MoveMenu({
  entry,
  label,
  groups,
  newName,
  onMove,
}: {
  entry: LiveEntry;
  label: string;
  groups: readonly LiveGroup[];
  newName: string;
  onMove: (zone: Zone) => void;
}) {
  const { t } = useTexts();
  const menu = useRef<HTMLDetailsElement>(null);
  const choose = (zone: Zone) => {
    onMove(zone);
    if (menu.current) menu.current.open = false;
  };
  return (
    <details ref={menu} className="move-menu">
      <summary>
        {t('sessions.live.groups.moveTo')}
        <span className="visually-hidden">: {label}</span>
      </summary>
      <ul>
        {groups
          .filter((g) => g.id !== entry.groupId)
          .map((group) => (
            <li key={group.id}>
              <button type="button" className="link-button" onClick={() => choose({ kind: 'group', group })}>
                {group.label}
              </button>
            </li>
          ))}
        <li>
          <button type="button" className="link-button" onClick={() => choose({ kind: 'new' })}>
            {newName.trim() ? t('sessions.live.groups.toNewNamed', { name: newName.trim() }) : t('sessions.live.groups.toNew')}
          </button>
        </li>
        {entry.groupId && (
          <li>
            <button type="button" className="link-button" onClick={() => choose({ kind: 'loose' })}>
              {t('sessions.live.groups.ungroup')}
            </button>
          </li>
        )}
      </ul>
    </details>
  );
}
