import {
  CORE_VALUES,
  ESCALATION_SIGNAL_LABELS,
  escalationProcedureText,
  escalationSignalsOf,
  FINDING_TYPES,
  findingId,
  IDENTIFYING_DETAIL_LABELS,
  MOMENT_OF_DAY_LABELS,
  MOMENTS_OF_DAY,
  PEER_VISIT_LIMITS,
  type EscalationProcedure,
  type FindingTypeId,
  type NoteGuardAnswers,
} from '@kring/domain';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLanguage } from '../../i18n';
import { Button } from '../../ui/Button';
import { useEscapeToClose } from '../../ui/escape-to-close';
import { ContentGuardPanel } from '../../ui/content-guard/ContentGuardPanel';
import { EscalationPrompt } from '../../ui/content-guard/EscalationPrompt';
import { useContentCheck } from '../../ui/content-guard/useContentCheck';
import { CheckboxGroup, SelectField, TextAreaField } from '../../ui/Field';
import { limitState } from '../../ui/limit-state';
import { useRetentionSentence } from '../../ui/retention';
import { useLocalized } from '../../i18n/localized';
import { emptyDraft, noteDraftHasTags, type NoteDraft } from './note-fields';
import { useMirrorThemes } from '../host-words';
import { useTexts } from '../texts';

interface NoteFormProps {
  /** The saved beeld being changed (absent: a new one). */
  initial?: NoteDraft;
  /** For a new beeld: what was typed and not saved before (a reload), and where each change is kept on the device. */
  unsaved?: { readonly restored: NoteDraft | null; keep(draft: NoteDraft): void };
  /** Values and themes of the agreed lens come first; the others stay available. */
  lensValueIds: readonly string[];
  lensThemeIds: readonly string[];
  /** The visiting organisation's own procedure, kept with the notebook's offline data; the general route without it. */
  procedure?: EscalationProcedure & { organisationName: string };
  submitLabel: string;
  /** `answers`: what the author said to the guard on this device, sent with this note only. */
  onSave: (draft: NoteDraft & { findingType: FindingTypeId }, answers: NoteGuardAnswers) => Promise<void>;
  onCancel?: () => void;
}

/**
 * Quick capture of a beeld on a phone: a few words, what kind of finding,
 * and optionally values, mirror theme, moment and the focus question. It
 * warns about names and numbers on the device itself, also offline.
 */
export function NoteForm({ initial, unsaved, lensValueIds, lensThemeIds, procedure, submitLabel, onSave, onCancel }: NoteFormProps) {
  const { t } = useTexts();
  const retention = useRetentionSentence('visit_notes_left_out');
  const [language] = useLanguage();
  const local = useLocalized();
  const mirrorThemes = useMirrorThemes();
  const id = useId();
  const [draft, setDraft] = useState<NoteDraft>(initial ?? unsaved?.restored ?? emptyDraft());
  const keepUnsaved = unsaved?.keep;
  useEffect(() => keepUnsaved?.(draft), [draft, keepUnsaved]);
  // Tags chosen before a reload stay in sight, as they do for a saved beeld being changed.
  const tagsOpen = Boolean(initial) || Boolean(unsaved?.restored && noteDraftHasTags(unsaved.restored));
  const [problem, setProblem] = useState<string>();
  const [typeProblem, setTypeProblem] = useState<string>();
  const escape = useEscapeToClose<HTMLFormElement>(onCancel);
  const set = <K extends keyof NoteDraft>(key: K, value: NoteDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // The content guard on the device, also offline: a BSN is never kept, names and dates only once confirmed.
  const check = useContentCheck();
  // A visit has no pseudonym to point to (the note's input declares @GuardedText({ pseudonym: false })).
  const verdict = check([{ field: 'body', text: draft.body, pseudonym: false }]);
  const [confirmed, setConfirmed] = useState<string>();
  // The escalation guardrail on the device too (the notebook works offline): a note that reads like a complaint or an
  // incident is kept only when its author chooses so; the sync then sends it with keepFlaggedText and the server records it.
  const signals = escalationSignalsOf(verdict);
  const [keptFlagged, setKeptFlagged] = useState<string>();
  const askEscalation = signals.length > 0 && keptFlagged !== draft.body;
  const own = procedure ?? {
    officerName: '',
    officerContact: '',
    incidentRoute: '',
    organisationName: t('visits.notebook.ownOrganisation'),
  };
  const values = [...CORE_VALUES].sort((a, b) => Number(!lensValueIds.includes(a.id)) - Number(!lensValueIds.includes(b.id)));
  const themes = [...mirrorThemes].sort((a, b) => Number(!lensThemeIds.includes(a.id)) - Number(!lensThemeIds.includes(b.id)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const noBody = !draft.body.trim();
    setProblem(noBody ? t('visits.notebook.bodyRequired') : undefined);
    setTypeProblem(draft.findingType ? undefined : t('visits.notebook.findingTypeRequired'));
    // Over the limit the field already says so beside the box: the beeld stays there to shorten, and never reaches the
    // outbox, where only the sync would refuse it (the server's limit is the same constant).
    const tooLong = limitState(draft.body.length, PEER_VISIT_LIMITS.noteMaxLength) === 'over';
    if (noBody || tooLong || !draft.findingType) return;
    if (verdict.kind === 'refused' || (verdict.kind === 'needs_acknowledgement' && confirmed !== draft.body) || askEscalation) return;
    await onSave(
      { ...draft, findingType: draft.findingType },
      { acknowledged: verdict.kind === 'needs_acknowledgement', keptFlagged: signals.length > 0 },
    );
    // Emptied for the next beeld only if nothing was typed meanwhile: the list shows the saved one before the device has
    // finished storing it, and a beeld typed in that moment (a fast thumb, a slow phone) must not be wiped.
    if (!initial) setDraft((d) => (d.body === draft.body ? { ...emptyDraft(), momentOfDay: d.momentOfDay } : d));
  };

  return (
    <form
      className="form note-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={submitLabel}
      ref={escape.ref}
      onKeyDown={escape.onKeyDown}
    >
      <TextAreaField
        label={t('visits.notebook.body')}
        hint={t('visits.notebook.bodyHint', { max: PEER_VISIT_LIMITS.noteMaxLength })}
        value={draft.body}
        onChange={(v) => set('body', v)}
        maxLength={PEER_VISIT_LIMITS.noteMaxLength}
        rows={3}
        error={problem}
      />
      {verdict.kind !== 'clean' && confirmed !== draft.body && (
        <ContentGuardPanel
          code={verdict.kind === 'refused' ? 'BSN_REFUSED' : 'IDENTIFYING_DETAILS'}
          findings={verdict.findings.map((f) => ({ ...f, label: IDENTIFYING_DETAIL_LABELS[f.kind][language], id: findingId(f) }))}
          texts={{ body: draft.body }}
          confirmLabel={t('visits.notebook.confirmDetails')}
          onConfirm={() => setConfirmed(draft.body)}
        />
      )}
      {askEscalation && (
        <EscalationPrompt
          escalation={{
            // Judged on the device (the notebook may be offline): the organisation's own procedure as last kept with the
            // notebook, no prompt record; the server records "kept" at sync.
            promptId: '',
            signals,
            fields: ['body'],
            signalsText: signals.map((s) => ESCALATION_SIGNAL_LABELS[s][language]).join(', '),
            procedure: {
              ...own,
              text: escalationProcedureText(own, 'staff', own.organisationName)[language],
            },
          }}
          onRemove={() => set('body', '')}
          onKeep={() => setKeptFlagged(draft.body)}
        />
      )}
      <fieldset
        className={typeProblem ? 'field field--invalid' : 'field'}
        aria-describedby={typeProblem ? `${id}-finding-error` : undefined}
      >
        <legend>{t('visits.notebook.findingType')}</legend>
        {typeProblem && (
          <p id={`${id}-finding-error`} className="field__error" role="alert">
            {typeProblem}
          </p>
        )}
        <div className="choice-chips">
          {FINDING_TYPES.map((type) => (
            <label key={type.id} className="choice-chip">
              <input
                type="radio"
                name={`${id}-finding`}
                value={type.id}
                checked={draft.findingType === type.id}
                onChange={() => {
                  set('findingType', type.id as FindingTypeId);
                  setTypeProblem(undefined);
                }}
              />
              {local(type.name)}
            </label>
          ))}
        </div>
      </fieldset>
      {/* Optional tags fold away, so on a phone the text, the finding type and the button fit on the first screen. */}
      <details className="note-form__more" open={tagsOpen}>
        <summary>{t('visits.notebook.moreTags')}</summary>
        <CheckboxGroup
          legend={t('visits.notebook.values')}
          hint={t('visits.notebook.valuesHint')}
          name={`${id}-values`}
          options={values.map((v) => ({
            value: v.id as string,
            label: lensValueIds.includes(v.id) ? local(v.name) : `${local(v.name)} ${t('visits.notebook.outsideLens')}`,
          }))}
          values={draft.valueIds}
          onChange={(ids) => set('valueIds', ids)}
        />
        <div className="note-form__row">
          <SelectField
            label={t('visits.notebook.mirrorTheme')}
            optional
            emptyOption={t('visits.notebook.noTheme')}
            options={themes.map((theme) => ({ value: theme.id, label: local(theme.name) }))}
            value={draft.mirrorThemeId}
            onChange={(v) => set('mirrorThemeId', v)}
          />
          <SelectField
            label={t('visits.notebook.moment')}
            optional
            emptyOption={t('visits.notebook.noMoment')}
            options={MOMENTS_OF_DAY.map((m) => ({ value: m, label: local(MOMENT_OF_DAY_LABELS[m]) }))}
            value={draft.momentOfDay}
            onChange={(v) => set('momentOfDay', v as NoteDraft['momentOfDay'])}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.aboutFocus} onChange={(e) => set('aboutFocus', e.target.checked)} />
          {t('visits.notebook.aboutFocusLabel')}
        </label>
      </details>
      {escape.question}
      <div className="form__actions">
        <Button type="submit">{submitLabel}</Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </div>
      {/* How long the beeld is kept, right under the button: above the box it pushed the button off a phone's first screen. */}
      <p className="muted note-form__retention">{retention}</p>
    </form>
  );
}
