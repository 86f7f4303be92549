import { RespondToVisitProposalDocument } from '../graphql/documents/learning-networks';
import type { ProposalPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { Button } from '../ui/Button';
import { useLocalized } from '../i18n/localized';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

type Proposal = Pick<ProposalPartsFragment, 'id' | 'status' | 'explanation' | 'members' | 'visits'>;

/**
 * A pair or triad Kring proposes, with its explanation and everyone's
 * answer; `answeringFor` lets an entrepreneur accept or decline for their
 * organisation.
 */
export function ProposalCard({
  proposal,
  answeringFor,
  onAnswered,
}: {
  proposal: Proposal;
  answeringFor: string | null;
  onAnswered?: () => void;
}) {
  const { t } = useTexts();
  const local = useLocalized();
  const [respond, { loading, error }] = useMutation(RespondToVisitProposalDocument);
  const own = proposal.members.find((m) => m.organisation.id === answeringFor);
  const answer = async (accept: boolean) => {
    if (await respond({ input: { proposalId: proposal.id, organisationId: answeringFor!, accept } })) onAnswered?.();
  };
  return (
    <div className="card proposal">
      <ul className="plain-list">
        {proposal.visits.map((v) => (
          <li key={`${v.host.id}-${v.visitor.id}`}>{t('visits.proposals.visit', { visitor: v.visitor.name, host: v.host.name })}</li>
        ))}
      </ul>
      <p className="muted">{local(proposal.explanation)}</p>
      <p>{proposal.members.map((m) => `${m.organisation.name}: ${t(`visits.proposals.response.${m.response ?? 'open'}`)}`).join(' · ')}</p>
      <p className="badge">{t(`visits.proposals.status.${proposal.status}`)}</p>
      <ErrorAlert error={error} />
      {own && !own.response && proposal.status === 'proposed' && (
        <div className="actions">
          <Button busy={loading} onClick={() => void answer(true)}>
            {t('visits.proposals.accept')}
          </Button>
          <Button variant="secondary" busy={loading} onClick={() => void answer(false)}>
            {t('visits.proposals.decline')}
          </Button>
        </div>
      )}
    </div>
  );
}
