import { LIVE_LIMITS, type LiveGroup } from '@kring/domain';
import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useInPlace } from '../../ui/in-place';
import { useEscapeToClose } from '../../ui/escape-to-close';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

/** A group's name, which anyone in a group phase may change. */
export function GroupTitle({ group, editable }: { group: LiveGroup; editable: boolean }) {
  const { t } = useTexts();
  const { phase, send } = useRoom();
  const renaming = useInPlace();
  const [label, setLabel] = useState(group.label);
  const escape = useEscapeToClose<HTMLFormElement>(renaming.stop);
  const startRenaming = () => {
    setLabel(group.label);
    renaming.start();
  };
  if (!renaming.open) {
    return (
      <div className="group__title">
        <h3>{group.label}</h3>
        {editable && (
          <Button variant="secondary" autoFocus={renaming.returnFocus} onClick={startRenaming}>
            {t('sessions.live.groups.rename')}
            <span className="visually-hidden">: {group.label}</span>
          </Button>
        )}
      </div>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    // Over the limit the box says so and keeps the text to shorten; nothing is cut.
    if (label.length > LIVE_LIMITS.groupLabelMaxLength) return;
    if (label.trim() && label.trim() !== group.label)
      send({ type: 'renameGroup', phaseId: phase.id, groupId: group.id, label: label.trim() });
    renaming.stop();
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
      <Button type="submit">{t('sessions.live.entries.save')}</Button>
      <Button variant="secondary" onClick={renaming.stop}>
        {t('form.cancel')}
      </Button>
      {escape.question}
    </form>
  );
}
