import { findLensItem, HARVEST_FLOW_LABELS, PHASE_BEHAVIOUR_FIELDS, PHASE_KIND_CATALOGUE } from '@kring/domain';
import type { MethodQuery } from '../graphql/generated';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

type Phase = MethodQuery['method']['phases'][number];

/** The phases in the order a session walks them, with what participants and the moderator each see. */
export function PhaseList({ phases }: { phases: Phase[] }) {
  const { t } = useTexts();
  const local = useLocalized();
  return (
    <ol className="phase-list">
      {phases.map((phase) => {
        const lensItems = phase.lensItemIds.map((id) => findLensItem(id)?.item.name).filter((name) => name !== undefined);
        const { behaviour } = phase;
        // In the builder's words: the switches that are on, and where the entries go.
        const behaviours = [
          ...(['privateUntilReveal', 'votesHiddenUntilClose', 'valueTagging'] as const)
            .filter((field) => behaviour[field])
            .map((field) => local(PHASE_BEHAVIOUR_FIELDS[field].label)),
          ...(behaviour.harvestFlow !== 'none'
            ? [`${local(PHASE_BEHAVIOUR_FIELDS.harvestFlow.label)}: ${local(HARVEST_FLOW_LABELS[behaviour.harvestFlow]).toLowerCase()}`]
            : []),
        ];
        return (
          <li key={phase.id} className="card">
            <h3>{local(phase.title)}</h3>
            <p className="muted">
              {local(PHASE_KIND_CATALOGUE[phase.kind].label)} · {t('methods.minutes', { minutes: phase.defaultMinutes })}
            </p>
            <dl className="details">
              <dt>{t('methods.detail.forParticipants')}</dt>
              <dd className="prose">{local(phase.participantPrompt)}</dd>
              {local(phase.moderatorGuidance) && (
                <>
                  <dt>{t('methods.detail.forModerator')}</dt>
                  <dd className="prose">{local(phase.moderatorGuidance)}</dd>
                </>
              )}
              {lensItems.length > 0 && (
                <>
                  <dt>{t('methods.detail.lensItems')}</dt>
                  <dd>{lensItems.map(local).join(' · ')}</dd>
                </>
              )}
              {behaviours.length > 0 && (
                <>
                  <dt>{t('methods.builder.behaviour')}</dt>
                  <dd>{behaviours.join(' · ')}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
