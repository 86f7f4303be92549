import { MIRROR_LIMITS, MIRROR_MODERATOR_ROLES, MIRROR_NOT_INDEPENDENT_ROLES } from '@kring/domain';
import { useMemo, useState } from 'react';
import { GraphqlError } from '../../graphql/client';
import type { MirrorPlanningOptionsQuery } from '../../graphql/generated';
import { Alert } from '../../ui/Alert';
import { CheckboxGroup, NumberField, SelectField, TeamField, TextAreaField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { localDateTime, toLocalParts } from '../../ui/local-date-time';
import { useTexts } from '../texts';

export type PlanningOptions = MirrorPlanningOptionsQuery['organisation'];

/** What the form sends, for planning and re-planning alike. */
export interface ConversationValues {
  theme: string;
  scheduledAt: string;
  durationMinutes: number | null;
  place: string | null;
  teamId: string | null;
  moderatorId: string;
  listenerIds: string[];
  escalationProcedure: string | null;
}

interface Person {
  id: string;
  name: string;
  canModerate: boolean;
  notIndependent: boolean;
  teamIds: Set<string>;
}

/** Members of the organisation, once each, with what their roles mean for this conversation. */
function people(options: PlanningOptions): Person[] {
  const found = new Map<string, Person>();
  for (const m of options.members) {
    const person = found.get(m.person.id) ?? {
      id: m.person.id,
      name: m.person.displayName,
      canModerate: false,
      notIndependent: false,
      teamIds: new Set<string>(),
    };
    if (MIRROR_MODERATOR_ROLES.includes(m.role)) person.canModerate = true;
    if (MIRROR_NOT_INDEPENDENT_ROLES.includes(m.role)) person.notIndependent = true;
    if (m.team) person.teamIds.add(m.team.id);
    found.set(person.id, person);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

interface ConversationFormProps {
  options: PlanningOptions;
  initial?: ConversationValues;
  viewerId: string;
  onSubmit: (values: ConversationValues) => Promise<unknown>;
  submitLabel: string;
  busy: boolean;
  error?: GraphqlError;
}

/**
 * Preparing a mirror conversation: the theme, when and where, the team that
 * listens, the moderator (Kring warns when the chair is not independent) and
 * the listeners. Changing a plan also sets the organisation's own procedure
 * for complaints and incidents, shown when the escalation guardrail speaks.
 */
export function ConversationForm({ options, initial, viewerId, onSubmit, submitLabel, busy, error }: ConversationFormProps) {
  const { t } = useTexts();
  const editing = !!initial;
  const start = initial ? toLocalParts(initial.scheduledAt) : { date: '', time: '' };
  const form = useForm({
    theme: initial?.theme ?? '',
    date: start.date,
    time: start.time,
    durationMinutes: String(initial?.durationMinutes ?? MIRROR_LIMITS.defaultDurationMinutes),
    place: initial?.place ?? '',
    teamId: initial?.teamId ?? (options.teams.length === 1 ? options.teams[0].id : ''),
    moderatorId: initial?.moderatorId ?? viewerId,
    escalationProcedure: initial?.escalationProcedure ?? '',
  });
  // Until someone picks listeners by hand, the team listens.
  const [chosenListeners, setChosenListeners] = useState<string[] | null>(initial?.listenerIds ?? null);
  const [whenProblem, setWhenProblem] = useState<string>();
  const { values } = form;
  const everyone = people(options);
  const moderator = everyone.find((p) => p.id === values.moderatorId);
  const listenerIds = (chosenListeners ?? everyone.filter((p) => p.teamIds.has(values.teamId)).map((p) => p.id)).filter(
    (id) => id !== values.moderatorId,
  );

  const submit = async () => {
    const scheduledAt = localDateTime(values.date, values.time);
    setWhenProblem(scheduledAt ? undefined : t('mirror.plan.whenMissing'));
    if (!scheduledAt) return;
    await onSubmit({
      theme: values.theme,
      scheduledAt,
      durationMinutes: values.durationMinutes ? Number(values.durationMinutes) : null,
      place: values.place || null,
      teamId: values.teamId || null,
      moderatorId: values.moderatorId,
      listenerIds,
      escalationProcedure: editing ? values.escalationProcedure : null,
    });
  };

  // One answer per check, not one per render: the fields hold a message while they keep the value it was about (ui/Form).
  const shownError = useMemo(
    () => (whenProblem ? new GraphqlError(t('mirror.plan.checkFields'), 'BAD_USER_INPUT', { scheduledAt: whenProblem }) : error),
    [whenProblem, error, t],
  );
  const whenError = whenProblem ?? error?.fields.scheduledAt;
  return (
    <Form onSubmit={submit} submitLabel={submitLabel} busy={busy} error={shownError} fields={[...form.names, 'scheduledAt', 'listenerIds']}>
      <TextField
        label={t('mirror.plan.theme')}
        hint={t('mirror.plan.themeHint')}
        maxLength={MIRROR_LIMITS.themeMaxLength}
        {...form.field('theme', error)}
      />
      <fieldset className={whenError ? 'field field--invalid' : 'field'}>
        <legend>{t('mirror.plan.when')}</legend>
        {whenError && (
          <p className="field__error" role="alert">
            {whenError}
          </p>
        )}
        <div className="mirror-row">
          <TextField label={t('mirror.plan.date')} type="date" {...form.field('date', error)} />
          <TextField label={t('mirror.plan.time')} type="time" {...form.field('time', error)} />
        </div>
      </fieldset>
      <NumberField
        label={t('mirror.plan.duration')}
        min={MIRROR_LIMITS.minDurationMinutes}
        max={MIRROR_LIMITS.maxDurationMinutes}
        {...form.field('durationMinutes', error)}
      />
      <TextField label={t('mirror.plan.place')} optional maxLength={MIRROR_LIMITS.placeMaxLength} {...form.field('place', error)} />
      <TeamField
        label={t('mirror.plan.team')}
        hint={t('mirror.plan.teamHint')}
        optional
        emptyOption={t('mirror.plan.noTeam')}
        teams={options.teams}
        {...form.field('teamId', error)}
      />
      <SelectField
        label={t('mirror.plan.moderator')}
        hint={t('mirror.plan.moderatorHint')}
        options={everyone.filter((p) => p.canModerate).map((p) => ({ value: p.id, label: p.name }))}
        {...form.field('moderatorId', error)}
      />
      {moderator?.notIndependent && <Alert tone="info">{t('mirror.plan.notIndependent', { name: moderator.name })}</Alert>}
      <CheckboxGroup
        legend={t('mirror.plan.listeners')}
        hint={t('mirror.plan.listenersHint')}
        name="listenerIds"
        error={error?.fields.listenerIds}
        options={everyone.filter((p) => p.id !== values.moderatorId).map((p) => ({ value: p.id, label: p.name }))}
        values={listenerIds}
        onChange={setChosenListeners}
      />
      {editing && (
        <TextAreaField
          label={t('mirror.plan.procedure')}
          hint={t('mirror.plan.procedureHint')}
          optional
          rows={3}
          maxLength={MIRROR_LIMITS.procedureMaxLength}
          {...form.field('escalationProcedure', error)}
        />
      )}
    </Form>
  );
}
