import {
  checkMirrorText,
  CORE_VALUES,
  errorMessage,
  HARVEST_THEMES,
  MIRROR_COMMAND_TEXT_GUARDS,
  MIRROR_LIMITS,
  TAG_DIRECTION_LABELS,
  TAG_DIRECTIONS,
  type GuardedTextInput,
  type MirrorLiveParticipant,
  type MirrorLiveStatement,
  type MirrorStatementFields,
  type TagDirection,
} from '@kring/domain';
import { useMemo, useState } from 'react';
import { GraphqlError } from '../../graphql/client';
import { useLanguage } from '../../i18n';
import { useLocale } from '../../i18n/locale';
import { useTextFinding } from '../../ui/text-finding';
import { Button } from '../../ui/Button';
import { CheckboxGroup, SelectField, TextAreaField } from '../../ui/Field';
import { useRetentionSentence, withRetention } from '../../ui/retention';
import { Form } from '../../ui/Form';
import { useLocalized } from '../../i18n/localized';
import type { SendFlags, SendResult } from './mirror-live-client';
import { useEscalationPrompt } from '../../ui/content-guard/useEscalationPrompt';
import { useSendGuard } from '../../ui/content-guard/useSendGuard';
import { useTexts } from '../texts';

interface CaptureFormProps {
  questionId: string | null;
  /** Themes of the question on the table, ticked for a new statement. */
  questionThemeIds: readonly string[];
  participants: readonly MirrorLiveParticipant[];
  /** A statement being corrected; a new one otherwise. */
  editing: MirrorLiveStatement | null;
  onDone: () => void;
  onSend: (fields: MirrorStatementFields, flags: SendFlags) => Promise<SendResult>;
}

/** A statement as the room's catalogue guards it (with its pseudonym), so the panel gives the same advice as the server. */
const statementTexts = (text: string): GuardedTextInput[] => [
  { field: 'body', text, pseudonym: MIRROR_COMMAND_TEXT_GUARDS.capture.body.pseudonym === true },
];

/**
 * The moderator's capture: a short statement in the relative's own words,
 * who said it (by pseudonym, or just "een naaste"), its harvest themes, a
 * value with a direction, and whether it could be quoted. Whether it may be
 * quoted is that relative's consent; the form says so next to their name.
 */
export function CaptureForm({ questionId, questionThemeIds, participants, editing, onDone, onSend }: CaptureFormProps) {
  const { t } = useTexts();
  const retention = useRetentionSentence('mirror_unused_statements');
  const [language] = useLanguage();
  const { options } = useLocale();
  const localized = useLocalized();
  const [body, setBody] = useState(editing?.body ?? '');
  const [participantId, setParticipantId] = useState(editing?.participantId ?? '');
  const [themeIds, setThemeIds] = useState<string[]>(editing ? [...editing.themeIds] : [...questionThemeIds]);
  const [valueId, setValueId] = useState(editing?.valueTags[0]?.itemId ?? '');
  const [direction, setDirection] = useState<TagDirection>(editing?.valueTags[0]?.direction ?? 'visible_strength');
  const [quotable, setQuotable] = useState(editing?.quotable ?? false);
  const [busy, setBusy] = useState(false);
  const finding = useTextFinding();
  const [queued, setQueued] = useState(false);

  const who = (p: MirrorLiveParticipant) =>
    `${p.pseudonym}${!p.takesPart ? ` ${t('mirror.capture.notTakingPart')}` : !p.mayBeQuoted ? ` ${t('mirror.capture.notQuotable')}` : ''}`;

  const { guard, refused, panel } = useSendGuard();
  const escalation = useEscalationPrompt();
  const submit = () => {
    setQueued(false);
    const checked = checkMirrorText(body, MIRROR_LIMITS.statementMaxLength);
    if (!checked.ok) return finding.say(body, errorMessage(checked.problem.code, language, checked.problem.params));
    // Checked on the device first (the server checks again, also against the relatives' names): a BSN never goes out.
    guard(statementTexts(checked.text), (acknowledged) => void send(checked.text, acknowledged));
  };
  const clear = () => {
    setBody('');
    setQuotable(false);
    setValueId('');
    setThemeIds([...questionThemeIds]);
  };
  const send = async (text: string, flags: SendFlags): Promise<void> => {
    setBusy(true);
    const result = await onSend(
      {
        questionId: editing ? editing.questionId : questionId,
        participantId: participantId || null,
        body: text,
        themeIds,
        valueTags: valueId ? [{ itemId: valueId, direction }] : [],
        quotable,
      },
      flags,
    );
    setBusy(false);
    // A possible complaint or incident: nothing is stored until the moderator chooses; the statement stays in the field.
    if (result.status === 'refused' && result.escalation) {
      finding.say(body, undefined);
      return escalation.ask(result.escalation, {
        keep: () => send(text, { ...flags, keep: { promptId: result.escalation!.promptId } }),
        removed: () => {
          clear();
          onDone();
        },
      });
    }
    // What only the server found (a relative's name): marked under the statement, which stays; confirmed by its id, it goes again.
    if (result.status === 'refused' && refused(statementTexts(text), result, (ack) => void send(text, { ...flags, ...ack })))
      return finding.say(body, undefined);
    if (result.status === 'refused') return finding.say(body, result.message);
    finding.say(body, undefined);
    setQueued(result.status === 'queued');
    clear();
    onDone();
  };

  const problem = finding.messageFor(body);
  // One answer per finding, not one per render (ui/Form gives its fields the answer they were about).
  const problemAnswer = useMemo(() => (problem ? new GraphqlError(problem, 'BAD_USER_INPUT', { body: problem }) : undefined), [problem]);
  return (
    <Form
      label={editing ? t('mirror.capture.editTitle') : t('mirror.capture.title')}
      onSubmit={submit}
      submitLabel={editing ? t('mirror.capture.save') : t('mirror.capture.submit')}
      busy={busy}
      error={problemAnswer}
      fields={['body']}
    >
      <TextAreaField
        label={t('mirror.capture.body')}
        hint={withRetention(t('mirror.capture.bodyHint'), retention)}
        rows={3}
        value={body}
        // The shared field counts as the limit nears and says so once over (checkMirrorText refuses the same).
        maxLength={MIRROR_LIMITS.statementMaxLength}
        onChange={setBody}
        error={problem}
      />
      {panel}
      {escalation.prompt}
      <SelectField
        label={t('mirror.capture.who')}
        value={participantId}
        onChange={setParticipantId}
        options={[
          { value: '', label: t('mirror.capture.someone') },
          ...participants.map((p) => ({ value: p.id, label: who(p), disabled: !p.takesPart })),
        ]}
      />
      <label className="checkbox mirror-check">
        <input type="checkbox" checked={quotable} onChange={(e) => setQuotable(e.target.checked)} />
        {t('mirror.capture.quotable')}
      </label>
      <p className="field__hint">{t('mirror.capture.quotableHint')}</p>
      <CheckboxGroup
        legend={t('mirror.capture.themes')}
        name="themeIds"
        options={HARVEST_THEMES.map((theme) => ({ value: theme.id as string, label: localized(theme.name) }))}
        values={themeIds}
        max={MIRROR_LIMITS.maxThemesPerQuestion}
        onChange={setThemeIds}
      />
      <div className="mirror-row">
        <SelectField
          label={t('mirror.capture.value')}
          optional
          emptyOption={t('mirror.capture.noValue')}
          value={valueId}
          onChange={setValueId}
          options={CORE_VALUES.map((value) => ({ value: value.id, label: localized(value.name) }))}
        />
        {valueId && (
          <SelectField
            label={t('mirror.capture.direction')}
            value={direction}
            onChange={(value) => setDirection(value as TagDirection)}
            options={options(TAG_DIRECTIONS, TAG_DIRECTION_LABELS)}
          />
        )}
      </div>
      {editing && (
        <Button variant="secondary" onClick={onDone}>
          {t('mirror.capture.cancelEdit')}
        </Button>
      )}
      {queued && <p role="status">{t('mirror.live.queued')}</p>}
    </Form>
  );
}
