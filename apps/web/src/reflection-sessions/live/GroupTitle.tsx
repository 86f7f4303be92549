import { LIVE_LIMITS, type LiveGroup } from '@kring/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useInPlace } from '../../ui/in-place';
import { useEscapeToClose } from '../../ui/escape-to-close';
import { useRoom } from './live-room-context';
import { useGuardedSend } from './use-guarded-send';
import { useTexts } from '../texts';

/** A group's name, which anyone in a group phase may change. */
export function GroupTitle({ group, editable }: { group: LiveGroup; editable: boolean }) {
  return editable ? <RenamableTitle group={group} /> : <Title group={group} />;
}

function Title({ group, children }: { group: LiveGroup; children?: ReactNode }) {
  return (
    <div className="group__title">
      <h3>{group.label}</h3>
      {children}
    </div>
  );
}

/**
 * A new name is a text about a resident like a contribution: checked on the device before it leaves, and what only the
 * server finds comes back to this box. Either way the box stays (or opens again) with the name as typed and the
 * findings beside it, to change or to confirm.
 */
function RenamableTitle({ group }: { group: LiveGroup }) {
  const { t } = useTexts();
  const { phase } = useRoom();
  const renaming = useInPlace();
  const [label, setLabel] = useState(group.label);
  const { send, panel, clear } = useGuardedSend({
    owns: (command) => command.type === 'renameGroup' && command.groupId === group.id && command.phaseId === phase.id,
    back: (command) => {
      if (command.type !== 'renameGroup') return;
      setLabel(command.label);
      renaming.start();
    },
    sent: renaming.stop,
  });
  const close = () => {
    clear();
    renaming.stop();
  };
  const escape = useEscapeToClose<HTMLFormElement>(close);
  const startRenaming = () => {
    setLabel(group.label);
    renaming.start();
  };
  if (!renaming.open) {
    return (
      <Title group={group}>
        <Button variant="secondary" autoFocus={renaming.returnFocus} onClick={startRenaming}>
          {t('sessions.live.groups.rename')}
          <span className="visually-hidden">: {group.label}</span>
        </Button>
      </Title>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Over the limit the box says so and keeps the text to shorten; nothing is cut.
    if (label.length > LIVE_LIMITS.groupLabelMaxLength) return;
    if (label.trim() && label.trim() !== group.label)
      send({ type: 'renameGroup', phaseId: phase.id, groupId: group.id, label: label.trim() });
    else close();
  };
  return (
    <form className="group__title" noValidate onSubmit={save} ref={escape.ref} onKeyDown={escape.onKeyDown}>
      <TextField
        label={t('sessions.live.groups.newNameOf', { name: group.label })}
        autoFocus
        value={label}
        maxLength={LIVE_LIMITS.groupLabelMaxLength}
        onChange={setLabel}
      />
      {panel}
      <Button type="submit">{t('sessions.live.entries.save')}</Button>
      <Button variant="secondary" onClick={close}>
        {t('form.cancel')}
      </Button>
      {escape.question}
    </form>
  );
}
