import {
  LENSES,
  LIMITS,
  LIVE_LIMITS,
  MENSPERSPECTIEF_LENS,
  SESSION_LIMITS,
  SESSION_MODERATOR_ROLES,
  caseReadingInSession,
  fieldMessage,
  plannedDurationMinutes,
  QUESTION_RULE,
  sessionQuestion,
} from '@kring/domain';
import { useMemo, useState } from 'react';
import { GraphqlError } from '../../graphql/client';
import type { PlanningOptionsQuery } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { CheckboxGroup, NumberField, SelectField, TeamField, TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { useLocalized } from '../../i18n/localized';
import { localDateTime, toLocalParts } from '../../ui/local-date-time';
import { useTexts } from '../texts';
import { startingPlanTeam } from './plan-team';

export type PlanningOptions = PlanningOptionsQuery;

/** What the form sends, for planning and re-planning alike. */
export interface PlanValues {
  teamId: string;
  methodId: string;
  caseId: string | null;
  question: string;
  scheduledAt: string;
  durationMinutes: number | null;
  place: string | null;
  moderatorId: string;
  participantIds: string[];
  lensIds: string[];
  voteBudget: number;
  oneScreen: boolean;
}

interface PlanFormProps {
  options: PlanningOptions;
  /** The plan being changed; a new plan starts empty, with the viewer as moderator (and their team, plan-team.ts). */
  initial?: PlanValues;
  viewerId: string;
  /** The viewer's own teams in this organisation, for the team a new plan starts with. */
  viewerTeamIds?: readonly string[];
  onSubmit: (values: PlanValues) => Promise<unknown>;
  submitLabel: string;
  busy: boolean;
  error?: GraphqlError;
}

/** People of the organisation, once each, with whether they may lead a session. */
function people(options: PlanningOptions) {
  const found = new Map<string, { id: string; name: string; canModerate: boolean; teamIds: Set<string> }>();
  for (const m of options.organisation.members) {
    const person = found.get(m.person.id) ?? {
      id: m.person.id,
      name: m.person.displayName,
      canModerate: false,
      teamIds: new Set<string>(),
    };
    if (SESSION_MODERATOR_ROLES.includes(m.role)) person.canModerate = true;
    if (m.team) person.teamIds.add(m.team.id);
    found.set(person.id, person);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Planning a session: a team, a method, optionally a case, the question or
 * theme, when and where, who leads and who is invited, and the lenses. The
 * method and team are fixed once planned (the session keeps its method
 * version), so changing a plan leaves them out.
 */
export function PlanForm({ options, initial, viewerId, viewerTeamIds = [], onSubmit, submitLabel, busy, error }: PlanFormProps) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const localized = useLocalized();
  const editing = !!initial;
  const start = initial ? toLocalParts(initial.scheduledAt) : { date: '', time: '' };
  const form = useForm({
    teamId: initial?.teamId ?? startingPlanTeam(options.organisation.teams, viewerTeamIds),
    methodId: initial?.methodId ?? '',
    caseId: initial?.caseId ?? '',
    question: initial?.question ?? '',
    date: start.date,
    time: start.time,
    durationMinutes: initial?.durationMinutes ? String(initial.durationMinutes) : '',
    place: initial?.place ?? '',
    moderatorId: initial?.moderatorId ?? viewerId,
    voteBudget: String(initial?.voteBudget ?? LIVE_LIMITS.defaultVoteBudget),
  });
  const [lensIds, setLensIds] = useState<string[]>(initial?.lensIds ?? [MENSPERSPECTIEF_LENS.id]);
  const [oneScreen, setOneScreen] = useState(initial?.oneScreen ?? false);
  // Until someone picks people by hand, the invitation follows the team.
  const [chosenPeople, setChosenPeople] = useState<string[] | null>(initial?.participantIds ?? null);
  const [localProblems, setLocalProblems] = useState<Record<string, string>>({});

  const { values } = form;
  const everyone = people(options);
  const participantIds = (chosenPeople ?? everyone.filter((p) => p.teamIds.has(values.teamId)).map((p) => p.id)).filter(
    (id) => id !== values.moderatorId,
  );
  const method = options.methods.find((m) => m.id === values.methodId);
  const cases = options.cases.filter((c) => !c.team || !values.teamId || c.team.id === values.teamId);
  const chosenCase = cases.find((c) => c.id === values.caseId);
  const fieldError = (name: string) => localProblems[name] ?? error?.fields[name];

  const questionMet = !!sessionQuestion(values.question, chosenCase?.title);

  const submit = async () => {
    const scheduledAt = localDateTime(values.date, values.time);
    const problems: Record<string, string> = {};
    if (!scheduledAt) problems.scheduledAt = t('sessions.plan.whenMissing');
    if (!editing && !values.teamId) problems.teamId = t('sessions.plan.teamMissing');
    if (!editing && !values.methodId) problems.methodId = t('sessions.plan.methodMissing');
    // The server's rule and words (sessionQuestion): with a case, its title may be the question.
    if (!questionMet) problems.question = fieldMessage({ field: 'question', rule: QUESTION_RULE }, language);
    setLocalProblems(problems);
    if (!scheduledAt || Object.keys(problems).length > 0) return;
    await onSubmit({
      teamId: values.teamId,
      methodId: values.methodId,
      caseId: values.caseId || null,
      question: values.question,
      scheduledAt,
      durationMinutes: values.durationMinutes ? Number(values.durationMinutes) : null,
      place: values.place || null,
      moderatorId: values.moderatorId,
      participantIds,
      lensIds,
      voteBudget: Number(values.voteBudget),
      oneScreen,
    });
  };

  // One answer per check, not one per render: the fields hold a message while they keep the value it was about (ui/Form).
  const shownError = useMemo(
    () =>
      Object.keys(localProblems).length > 0 ? new GraphqlError(t('sessions.plan.checkFields'), 'BAD_USER_INPUT', localProblems) : error,
    [localProblems, error, t],
  );
  return (
    <Form
      onSubmit={submit}
      submitLabel={submitLabel}
      busy={busy}
      error={shownError}
      fields={[...form.names, 'scheduledAt', 'participantIds', 'lensIds', 'oneScreen']}
    >
      {!editing && (
        <>
          <TeamField
            label={t('sessions.plan.team')}
            hint={t('sessions.plan.teamHint')}
            emptyOption={t('sessions.plan.chooseTeam')}
            teams={options.organisation.teams}
            {...form.field('teamId', error)}
            error={fieldError('teamId')}
          />
          <SelectField
            label={t('sessions.plan.method')}
            hint={t('sessions.plan.methodHint')}
            emptyOption={t('sessions.plan.chooseMethod')}
            options={options.methods.map((m) => ({ value: m.id, label: localized(m.name) }))}
            {...form.field('methodId', error)}
            error={fieldError('methodId')}
          />
        </>
      )}
      <SelectField
        label={t('sessions.plan.case')}
        hint={localized(caseReadingInSession(chosenCase?.visibility ?? null))}
        optional
        emptyOption={t('sessions.plan.noCase')}
        options={cases.map((c) => ({ value: c.id, label: `${c.displayPseudonym} – ${c.title}` }))}
        {...form.field('caseId', error)}
      />
      <TextField
        label={t('sessions.plan.question')}
        hint={chosenCase ? t('sessions.plan.questionHintCase', { title: chosenCase.title }) : t('sessions.plan.questionHint')}
        optional={!!chosenCase}
        maxLength={LIMITS.shortText}
        {...form.field('question', error)}
        // This form's own "needed" goes as soon as a question is typed or a case chosen, not only at the next send.
        error={questionMet ? error?.fields.question : fieldError('question')}
      />
      <fieldset className={fieldError('scheduledAt') ? 'field field--invalid' : 'field'}>
        <legend>{t('sessions.plan.when')}</legend>
        {fieldError('scheduledAt') && (
          <p className="field__error" role="alert">
            {fieldError('scheduledAt')}
          </p>
        )}
        <div className="field-row">
          <TextField label={t('sessions.plan.date')} type="date" {...form.field('date', error)} />
          <TextField label={t('sessions.plan.time')} type="time" {...form.field('time', error)} />
        </div>
      </fieldset>
      <NumberField
        label={t('sessions.plan.duration')}
        hint={
          method
            ? t('sessions.plan.durationHint', { minutes: plannedDurationMinutes(method.durationMinutes) })
            : t('sessions.plan.durationHintNoMethod')
        }
        optional
        min={SESSION_LIMITS.minDurationMinutes}
        max={SESSION_LIMITS.maxDurationMinutes}
        {...form.field('durationMinutes', error)}
      />
      <TextField
        label={t('sessions.plan.place')}
        hint={t('sessions.plan.placeHint')}
        optional
        maxLength={SESSION_LIMITS.placeMaxLength}
        {...form.field('place', error)}
      />
      <SelectField
        label={t('sessions.plan.moderator')}
        options={everyone.filter((p) => p.canModerate).map((p) => ({ value: p.id, label: p.name }))}
        {...form.field('moderatorId', error)}
      />
      <CheckboxGroup
        legend={t('sessions.plan.participants')}
        hint={t('sessions.plan.participantsHint')}
        name="participantIds"
        error={error?.fields.participantIds}
        options={everyone.filter((p) => p.id !== values.moderatorId).map((p) => ({ value: p.id, label: p.name }))}
        values={participantIds}
        onChange={setChosenPeople}
      />
      <CheckboxGroup
        legend={t('sessions.plan.lenses')}
        hint={t('sessions.plan.lensesHint')}
        name="lensIds"
        error={error?.fields.lensIds}
        options={LENSES.map((lens) => ({ value: lens.id, label: lens.name[language] }))}
        values={lensIds}
        onChange={setLensIds}
      />
      <NumberField
        label={t('sessions.plan.voteBudget')}
        hint={t('sessions.plan.voteBudgetHint')}
        min={1}
        max={LIVE_LIMITS.maxVoteBudget}
        {...form.field('voteBudget', error)}
      />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="oneScreen"
            checked={oneScreen}
            onChange={(e) => setOneScreen(e.target.checked)}
            aria-describedby="one-screen-hint"
          />
          {t('sessions.plan.oneScreen')}
        </label>
        <p id="one-screen-hint" className="field__hint">
          {t('sessions.plan.oneScreenHint')}
        </p>
      </div>
    </Form>
  );
}
