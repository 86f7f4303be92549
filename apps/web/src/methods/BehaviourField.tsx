import {
  HARVEST_FLOW_LABELS,
  HARVEST_FLOWS,
  isHarvestFlow,
  kindOffersBehaviour,
  PHASE_BEHAVIOUR_FIELDS,
  PHASE_KIND_CATALOGUE,
  type PhaseBehaviour,
  type PhaseBehaviourField,
} from '@kring/domain';
import type { ReactNode } from 'react';
import { CheckboxGroup, SelectField } from '../ui/Field';
import { useLocalized } from '../i18n/localized';
import type { DraftPhase } from './method-draft';
import { useTexts } from './texts';

interface Props {
  phases: readonly DraftPhase[];
  index: number;
  onChange: (change: Partial<PhaseBehaviour>) => void;
}

type Switch = 'privateUntilReveal' | 'votesHiddenUntilClose' | 'valueTagging';

/**
 * The phase's behaviour in the live room, one control per field of
 * PHASE_BEHAVIOUR_FIELDS with its label and explanation from there (the room
 * shows the same words). A switch the phase kind gives nothing to act on is
 * not offered, unless it is on, so it can be switched off (validateMethod
 * names it then).
 */
export function BehaviourField({ phases, index, onChange }: Props) {
  const { t } = useTexts();
  const local = useLocalized();
  const phase = phases[index];
  const { behaviour } = phase;
  // The earlier phases, and a later one still ticked after a move, so it can be unticked (validateMethod names it).
  const workable = phases
    .map((other, i) => ({ other, number: i + 1 }))
    .filter(({ other, number }) => number - 1 < index || (number - 1 > index && behaviour.worksWith.includes(other.id)));
  const offered = (field: PhaseBehaviourField) => kindOffersBehaviour(phase.kind, field);

  const toggle = (field: Switch) =>
    (offered(field) || behaviour[field]) && (
      <label key={field} className="checkbox">
        <input type="checkbox" checked={behaviour[field]} onChange={(e) => onChange({ [field]: e.target.checked })} />
        <span>
          {local(PHASE_BEHAVIOUR_FIELDS[field].label)}
          <span className="field__hint">{local(PHASE_BEHAVIOUR_FIELDS[field].description)}</span>
        </span>
      </label>
    );

  // A Record, so a new behaviour field does not compile until the builder offers it.
  const controls: Record<PhaseBehaviourField, () => ReactNode> = {
    privateUntilReveal: () => toggle('privateUntilReveal'),
    votesHiddenUntilClose: () => toggle('votesHiddenUntilClose'),
    valueTagging: () => toggle('valueTagging'),
    harvestFlow: () =>
      (offered('harvestFlow') || behaviour.harvestFlow !== 'none') && (
        <SelectField
          key="harvestFlow"
          label={local(PHASE_BEHAVIOUR_FIELDS.harvestFlow.label)}
          hint={local(PHASE_BEHAVIOUR_FIELDS.harvestFlow.description)}
          value={behaviour.harvestFlow}
          options={HARVEST_FLOWS.map((flow) => ({ value: flow, label: local(HARVEST_FLOW_LABELS[flow]) }))}
          onChange={(value) => isHarvestFlow(value) && onChange({ harvestFlow: value })}
        />
      ),
    worksWith: () =>
      workable.length > 0 && (
        <CheckboxGroup
          key="worksWith"
          legend={local(PHASE_BEHAVIOUR_FIELDS.worksWith.label)}
          hint={local(PHASE_BEHAVIOUR_FIELDS.worksWith.description)}
          name={`${phase.id}-works-with`}
          options={workable.map(({ other, number }) => ({
            value: other.id,
            label: t('methods.builder.phaseLegend', { number, title: local(other.title) || local(PHASE_KIND_CATALOGUE[other.kind].label) }),
          }))}
          values={behaviour.worksWith}
          onChange={(worksWith) => onChange({ worksWith })}
        />
      ),
  };

  return (
    <fieldset className="field behaviour-field">
      <legend>{t('methods.builder.behaviour')}</legend>
      <div className="checkboxes">
        {(['privateUntilReveal', 'votesHiddenUntilClose', 'valueTagging'] as const).map((f) => controls[f]())}
      </div>
      {controls.harvestFlow()}
      {controls.worksWith()}
    </fieldset>
  );
}
