import {
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@kring/domain';
import { useLanguage } from '../i18n';
import { limitState } from './limit-state';
import { useUnreadable } from './unreadable-input';
import { useFocusOnMount } from './focus-on-mount';
import { useAnsweredMessage } from './answered-message';
import { useClearsRemovedFlaggedText } from './content-guard/flagged-text';
import { describeFindings, useFieldFindings } from './content-guard/field-findings';

interface FieldProps {
  label: string;
  hint?: string;
  /** The server's message for this field; tied to the control so it is read out with it. */
  error?: string;
  /**
   * Marks the label, because most fields are required and only the exceptions are named: "(optioneel)", or a page's
   * own words for it (a relative's page says "(hoeft niet)").
   */
  optional?: boolean | string;
}

/** What the identifying-details guard found in this box (field-findings.ts), said beside it. */
interface GuardNote {
  guard?: string;
}

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A control's hint and the server's error, with the ids that tie them to the control
 * (aria-describedby), so a screen reader reads them with it; the error is an alert.
 */
function useFieldNotes(hint: string | undefined, error: string | undefined, guard?: string) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const guardId = guard ? `${id}-guard` : undefined;
  const notes = (
    <>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      {/* Not an alert: it changes while the author types, and the guard's panel announces the summary. */}
      {guard && (
        <p id={guardId} className="field__guard">
          {guard}
        </p>
      )}
    </>
  );
  return { id, describedBy: [hintId, errorId, guardId].filter(Boolean).join(' ') || undefined, notes };
}

/** The guard's note for the box with this name: what was found in it, and what the author can do. */
function useGuardNote(name: string | undefined, value: string): string | undefined {
  const { t } = useTranslation();
  const findings = useFieldFindings(name, value);
  if (findings.length === 0) return undefined;
  const { found, bsn } = describeFindings(findings);
  return t(bsn ? 'form.guardFoundBsn' : 'form.guardFound', { found });
}

function Field({
  label,
  hint,
  error,
  guard,
  optional,
  children,
}: FieldProps & GuardNote & { children: (control: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const { id, describedBy, notes } = useFieldNotes(hint, error, guard);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {typeof optional === 'string' ? optional : t('form.optional')}</span>}
      </label>
      {notes}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

type ValueProps = { value: string; onChange: (value: string) => void };

/**
 * A limit is never the browser's `maxlength`, which cuts a paste off without a
 * word: the field counts as the limit nears and, once over, says so beside the
 * box while the text stays for the writer to shorten (the server refuses it too).
 */
function useLimit(value: string, maxLength: number | undefined, hint: string | undefined, error: string | undefined) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (maxLength === undefined) return { hint, error };
  const state = limitState(value.length, maxLength);
  // "20.050 van 20.000 tekens" in Dutch: the counter writes its numbers as the reader does.
  const counts = { length: formatNumber(value.length, language), max: formatNumber(maxLength, language) };
  if (state === 'over') return { hint, error: t('form.tooLong', counts) };
  const counter = state === 'near' ? t('form.counter', counts) : undefined;
  return { hint: [hint, counter].filter(Boolean).join(' ') || undefined, error };
}

/** What a text box hands its element: the control's ids, the focus on opening, its value and changes. */
type BoxControl<E> = ControlProps & {
  ref: (element: E | null) => void;
  name?: string;
  value: string;
  required: boolean;
  onChange: (event: ChangeEvent<E>) => void;
};

type TextBoxProps = FieldProps & ValueProps & { name?: string; maxLength?: number; autoFocus?: boolean };

/**
 * What a one-line box and a text area share: the limit's counter and refusal, the guard's note on what it found,
 * a flagged text removed at an escalation prompt ("Tekst weghalen" empties the box that holds it, content-guard/
 * flagged-text.ts), and the focus when it opens in place.
 */
function TextBox<E extends HTMLInputElement | HTMLTextAreaElement>({
  children,
  ...props
}: TextBoxProps & { children: (box: BoxControl<E>) => ReactNode }) {
  const { label, optional, value, onChange, name, maxLength, autoFocus } = props;
  const limited = useLimit(value, maxLength, props.hint, props.error);
  const focus = useFocusOnMount<E>(autoFocus);
  useClearsRemovedFlaggedText(value, onChange);
  const guard = useGuardNote(name, value);
  return (
    <Field label={label} hint={limited.hint} error={limited.error} guard={guard} optional={optional}>
      {(control) =>
        children({ ...control, ref: focus, name, value, required: !optional, onChange: (event) => onChange(event.target.value) })
      }
    </Field>
  );
}

/** A text box's own props apart from its element's (the element keeps its name, which the server reports problems by). */
function boxOf<P extends TextBoxProps>({ label, hint, error, optional, value, onChange, maxLength, autoFocus, ...element }: P) {
  return { box: { label, hint, error, optional, value, onChange, maxLength, autoFocus, name: element.name }, element };
}

export type TextFieldProps = FieldProps & ValueProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

/** A one-line box; a date, time or number it cannot read says so beside it (ui/unreadable-input.ts), and Form waits for it. */
export function TextField({ type = 'text', ...props }: TextFieldProps) {
  const { box, element } = boxOf(props);
  const unreadable = useUnreadable(type, element);
  const answered = useAnsweredMessage(box.name, box.error, box.value);
  return (
    <TextBox<HTMLInputElement> {...box} error={unreadable.message ?? answered}>
      {(control) => <input {...element} {...control} {...unreadable.handlers} type={type} />}
    </TextBox>
  );
}

type TextAreaFieldProps = FieldProps & ValueProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id'>;

export function TextAreaField({ rows = 5, ...props }: TextAreaFieldProps) {
  const { box, element } = boxOf(props);
  return (
    <TextBox<HTMLTextAreaElement> {...box} error={useAnsweredMessage(box.name, box.error, box.value)}>
      {(control) => <textarea {...element} {...control} rows={rows} />}
    </TextBox>
  );
}

interface Option {
  value: string;
  label: string;
  /** Shown but not choosable, so people see why someone is missing from the choice. */
  disabled?: boolean;
}

type SelectFieldProps = FieldProps &
  ValueProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'id'> & {
    options: Option[];
    /** Label of the empty choice that optional selects start with. */
    emptyOption?: string;
  };

export function SelectField({
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  options,
  emptyOption,
  autoFocus,
  ...select
}: SelectFieldProps) {
  const focus = useFocusOnMount<HTMLSelectElement>(autoFocus);
  return (
    <Field label={label} hint={hint} error={useAnsweredMessage(select.name, error, value)} optional={optional}>
      {(control) => (
        <select {...select} {...control} ref={focus} value={value} required={!optional} onChange={(e) => onChange(e.target.value)}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One choice of a group: what it sends, what it says (a label, or a label with its explanation). */
interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  /** Shown but not choosable, with the reason in its label. */
  disabled?: boolean;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  hint?: string;
  error?: string;
  name: string;
  options: readonly ChoiceOption<V>[];
}

/** A fieldset of checkboxes or radio buttons with its legend, hint and error, read out with the group. */
function Choices<V extends string>({
  type,
  legend,
  hint,
  error,
  name,
  options,
  checked,
  onToggle,
}: ChoiceGroupProps<V> & { type: 'checkbox' | 'radio'; checked: (value: V) => boolean; onToggle: (value: V, on: boolean) => void }) {
  const { describedBy, notes } = useFieldNotes(hint, error);
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {notes}
      <div className="checkboxes">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type={type}
              name={name}
              value={option.value}
              checked={checked(option.value)}
              disabled={option.disabled}
              onChange={(e) => onToggle(option.value, e.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type CheckboxGroupProps<V extends string> = ChoiceGroupProps<V> & {
  values: readonly V[];
  onChange: (values: V[]) => void;
  /**
   * At most this many may be chosen: the domain's limit the server enforces too (its @ArrayMaxSize). The hint says
   * so, and once that many are ticked the other boxes cannot be ticked until one is taken away: a choice is never
   * dropped without a word.
   */
  max?: number;
};

export function CheckboxGroup<V extends string>({ values, onChange, max, ...group }: CheckboxGroupProps<V>) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const full = max !== undefined && values.length >= max;
  const limit =
    max === undefined ? undefined : t(full ? 'form.choiceLimitReached' : 'form.choiceLimit', { max: formatNumber(max, language) });
  const options = full ? group.options.map((o) => (values.includes(o.value) ? o : { ...o, disabled: true })) : group.options;
  const toggle = (value: V, checked: boolean) =>
    // Kept in the order of the options, so saving twice sends the same list.
    onChange(group.options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <Choices
      {...group}
      hint={[group.hint, limit].filter(Boolean).join(' ') || undefined}
      options={options}
      type="checkbox"
      checked={(v) => values.includes(v)}
      onToggle={toggle}
    />
  );
}

type RadioGroupProps<V extends string> = ChoiceGroupProps<V> & { value: V | ''; onChange: (value: V) => void };

/** One of a few choices, all in view (a select hides them): each radio button's label can carry its explanation. */
export function RadioGroup<V extends string>({ value, onChange, ...group }: RadioGroupProps<V>) {
  return <Choices {...group} type="radio" checked={(v) => v === value} onToggle={(v, on) => on && onChange(v)} />;
}

type TeamFieldProps = Omit<SelectFieldProps, 'options'> & { teams: readonly { id: string; name: string }[] };

/** A choice of one of an organisation's teams, by name: filtering a list or saying whose something is. */
export function TeamField({ teams, ...select }: TeamFieldProps) {
  return <SelectField {...select} options={teams.map((team) => ({ value: team.id, label: team.name }))} />;
}

type NumberFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'min' | 'max'> & { min: number; max: number };

/** A whole number between the domain's limits (minutes, days, votes): a phone shows its number keypad. */
export function NumberField({ min, max, ...field }: NumberFieldProps) {
  return <TextField {...field} type="number" inputMode="numeric" min={min} max={max} />;
}
