import { PEER_VISIT_LIMITS } from '@kring/domain';
import { useState } from 'react';
import { MatchingRoundsDocument, StartMatchingRoundDocument } from '../graphql/documents/learning-networks';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { ProposalCard } from '../peer-visits';
import { CheckboxGroup, NumberField } from '../ui/Field';
import { Form } from '../ui/Form';
import { NotLoaded } from '../ui/Page';
import { useLocalized } from '../i18n/localized';
import type { NetworkSectionProps } from './NetworkPage';
import { useTexts } from './texts';

/**
 * Rounds of visits (domain guide §6.1): the coordinator picks who takes part,
 * Kring proposes reciprocal pairs or triads and explains each, and the
 * entrepreneurs answer; a decline brings a new proposal.
 */
export function RoundsSection({ network }: NetworkSectionProps) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const local = useLocalized();
  const { data, error: loadError, refetch } = useQuery(MatchingRoundsDocument, { networkId: network.id });
  const [start, { loading, error }] = useMutation(StartMatchingRoundDocument);
  const [chosen, setChosen] = useState(network.organisations.map((o) => o.id));
  const [months, setMonths] = useState(String(PEER_VISIT_LIMITS.defaultMonthsWithoutRepeat));
  return (
    <>
      <p>{t('network.rounds.intro')}</p>
      <Form
        onSubmit={async () =>
          (await start({ input: { networkId: network.id, organisationIds: chosen, monthsWithoutRepeat: Number(months) } })) && refetch()
        }
        submitLabel={t('network.rounds.start')}
        busy={loading}
        error={error}
        fields={['organisationIds', 'monthsWithoutRepeat']}
        label={t('network.rounds.startTitle')}
      >
        <CheckboxGroup
          legend={t('network.rounds.who')}
          name="organisationIds"
          options={network.organisations.map((o) => ({ value: o.id, label: o.name }))}
          values={chosen}
          onChange={setChosen}
          error={error?.fields.organisationIds}
        />
        <NumberField
          label={t('network.rounds.months')}
          hint={t('network.rounds.monthsHint')}
          min={1}
          max={PEER_VISIT_LIMITS.maxMonthsWithoutRepeat}
          value={months}
          onChange={setMonths}
          error={error?.fields.monthsWithoutRepeat}
        />
      </Form>
      {!data ? (
        <NotLoaded error={loadError} onRetry={refetch} />
      ) : (
        data.matchingRounds.map((round) => (
          <div key={round.id} className="subsection">
            <h3>{t('network.rounds.round', { date: dateTime(round.createdAt), months: round.monthsWithoutRepeat })}</h3>
            <ul className="card-list">
              {round.proposals.map((p) => (
                <li key={p.id}>
                  <ProposalCard proposal={p} answeringFor={null} />
                </li>
              ))}
            </ul>
            {round.unmatched.map((u) => (
              <p key={u.organisation.id} className="card muted">
                {local(u.explanation)}
              </p>
            ))}
          </div>
        ))
      )}
    </>
  );
}
