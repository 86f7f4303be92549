import { LIVE_LIMITS, type LiveGroup } from '@kring/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useRoom } from './live-room-context';

/** Ordenen: put the selected entries in a new group, or add them to one that exists. */
export function GroupingBar({
  selected,
  groups,
  onDone,
}: {
  selected: readonly string[];
  groups: readonly LiveGroup[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { phase, send } = useRoom();
  const id = useId();
  const [label, setLabel] = useState('');
  const [groupId, setGroupId] = useState('');
  const [problem, setProblem] = useState<string>();

  const check = () => {
    if (selected.length === 0) {
      setProblem(t('sessions.live.groups.selectFirst'));
      return false;
    }
    setProblem(undefined);
    return true;
  };

  const makeGroup = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    if (!label.trim()) return setProblem(t('sessions.live.groups.nameFirst'));
    send({ type: 'group', phaseId: phase.id, entryIds: selected, label: label.trim() });
    setLabel('');
    onDone();
  };

  const addToGroup = () => {
    if (!check()) return;
    if (!groupId) return setProblem(t('sessions.live.groups.chooseGroup'));
    send({ type: 'group', phaseId: phase.id, entryIds: selected, groupId });
    onDone();
  };

  return (
    <form className="grouping card" noValidate onSubmit={makeGroup} aria-label={t('sessions.live.groups.formLabel')}>
      <p aria-live="polite">{t('sessions.live.groups.selected', { count: selected.length })}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('sessions.live.groups.newName')}</label>
        <input id={`${id}-label`} value={label} maxLength={LIVE_LIMITS.groupLabelMaxLength} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <Button type="submit">{t('sessions.live.groups.make')}</Button>
      {groups.length > 0 && (
        <div className="field grouping__existing">
          <label htmlFor={`${id}-group`}>{t('sessions.live.groups.existing')}</label>
          <select id={`${id}-group`} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('sessions.live.groups.chooseGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
          <Button variant="secondary" onClick={addToGroup}>
            {t('sessions.live.groups.addTo')}
          </Button>
        </div>
      )}
    </form>
  );
}

/** A group's name, which anyone in a group phase may change. */
export function GroupTitle({ group, editable }: { group: LiveGroup; editable: boolean }) {
  const { t } = useTranslation();
  const { phase, send } = useRoom();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(group.label);
  const startRenaming = () => {
    setLabel(group.label);
    setRenaming(true);
  };
  if (!renaming) {
    return (
      <div className="group__title">
        <h3>{group.label}</h3>
        {editable && (
          <Button variant="secondary" onClick={startRenaming}>
            {t('sessions.live.groups.rename')}
            <span className="visually-hidden">: {group.label}</span>
          </Button>
        )}
      </div>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() && label.trim() !== group.label)
      send({ type: 'renameGroup', phaseId: phase.id, groupId: group.id, label: label.trim() });
    setRenaming(false);
  };
  return (
    <form className="group__title" noValidate onSubmit={save}>
      <label htmlFor={id} className="visually-hidden">
        {t('sessions.live.groups.newNameOf', { name: group.label })}
      </label>
      <input id={id} autoFocus value={label} maxLength={LIVE_LIMITS.groupLabelMaxLength} onChange={(e) => setLabel(e.target.value)} />
      <Button type="submit">{t('sessions.live.entries.save')}</Button>
      <Button variant="secondary" onClick={() => setRenaming(false)}>
        {t('form.cancel')}
      </Button>
    </form>
  );
}
