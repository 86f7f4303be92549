import { LIMITS, METHOD_LIMITS, PHASE_KIND_CATALOGUE, type MethodProblem } from '@kring/domain';
import type { Dispatch } from 'react';
import { Button } from '../ui/Button';
import { NumberField } from '../ui/Field';
import { useLocalized } from '../i18n/localized';
import { BilingualField } from './BilingualField';
import { LensItemsField } from './LensItemsField';
import { BehaviourField } from './BehaviourField';
import type { DraftAction, DraftPhase, PhaseText } from './method-draft';
import { useTexts } from './texts';

interface Props {
  /** All phases of the draft: a phase's behaviour can name earlier ones. */
  phases: readonly DraftPhase[];
  index: number;
  problems: readonly MethodProblem[];
  dispatch: Dispatch<DraftAction>;
  /** The fieldset gets this id, so the editor can move focus to it after adding or moving. */
  elementId: string;
  onMoved: (offset: -1 | 1) => void;
  onRemoved: () => void;
}

/** Guidance may stay empty: a phase can speak for itself. */
const TEXTS: readonly {
  field: PhaseText;
  label: 'phaseTitle' | 'prompt' | 'guidance';
  max: number;
  multiline: boolean;
  optional?: boolean;
}[] = [
  { field: 'title', label: 'phaseTitle', max: LIMITS.name, multiline: false },
  { field: 'participantPrompt', label: 'prompt', max: METHOD_LIMITS.maxTextLength, multiline: true },
  { field: 'moderatorGuidance', label: 'guidance', max: METHOD_LIMITS.maxTextLength, multiline: true, optional: true },
];

export function PhaseEditor({ phases, index, problems, dispatch, elementId, onMoved, onRemoved }: Props) {
  const { t } = useTexts();
  const phase = phases[index];
  const count = phases.length;
  const local = useLocalized();
  const number = index + 1;
  const title = local(phase.title) || local(PHASE_KIND_CATALOGUE[phase.kind].label);

  return (
    <fieldset id={elementId} tabIndex={-1} className={problems.length ? 'card phase-editor phase-editor--problem' : 'card phase-editor'}>
      <legend>{t('methods.builder.phaseLegend', { number, title })}</legend>
      <p className="muted">{t('methods.builder.kind', { kind: local(PHASE_KIND_CATALOGUE[phase.kind].label) })}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.map((problem, i) => (
            <li key={`${problem.code}-${i}`}>{local(problem.message)}</li>
          ))}
        </ul>
      )}
      {TEXTS.map(({ field, label, max, multiline, optional }) => (
        <BilingualField
          key={field}
          label={t(`methods.builder.${label}`)}
          value={phase[field]}
          maxLength={max}
          multiline={multiline}
          optional={optional}
          onChange={(language, value) => dispatch({ type: 'setPhaseText', index, field, language, value })}
        />
      ))}
      <NumberField
        label={t('methods.builder.minutes')}
        min={METHOD_LIMITS.minPhaseMinutes}
        max={METHOD_LIMITS.maxPhaseMinutes}
        value={Number.isNaN(phase.defaultMinutes) ? '' : String(phase.defaultMinutes)}
        onChange={(value) => dispatch({ type: 'setMinutes', index, minutes: value.trim() === '' ? Number.NaN : Number(value) })}
      />
      <LensItemsField
        itemIds={phase.lensItemIds}
        onAdd={(itemId) => dispatch({ type: 'addLensItem', index, itemId })}
        onRemove={(itemId) => dispatch({ type: 'removeLensItem', index, itemId })}
      />
      <BehaviourField phases={phases} index={index} onChange={(change) => dispatch({ type: 'setBehaviour', index, change })} />
      <div className="actions" role="group" aria-label={t('methods.builder.phaseActions', { number })}>
        {index > 0 && (
          <Button variant="secondary" onClick={() => onMoved(-1)}>
            {t('methods.builder.moveUp')}
          </Button>
        )}
        {index < count - 1 && (
          <Button variant="secondary" onClick={() => onMoved(1)}>
            {t('methods.builder.moveDown')}
          </Button>
        )}
        <Button variant="danger" onClick={onRemoved}>
          {t('methods.builder.remove')}
        </Button>
      </div>
    </fieldset>
  );
}
