import { Link } from 'react-router-dom';
import type { GraphqlError } from '../../graphql/client';
import { Alert } from '../../ui/Alert';
import { Button, ConfirmButton } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Section } from '../../ui/Section';
import { sessionPath } from '../paths';
import { useTexts } from '../texts';

interface ApproveReportProps {
  sessionId: string;
  question: string;
  /** The parts of the harvest with a box that holds text not yet added (typed-not-added.ts). */
  typedIn: readonly string[];
  /** Whether the page points at those boxes: "Verslag goedkeuren" was pressed while they held text. */
  pointed: boolean;
  /** Point at those boxes instead of asking to approve. */
  point: () => void;
  busy: boolean;
  error?: GraphqlError;
  onApprove: () => void;
}

/**
 * "Verslag goedkeuren" for a closed session. Approving fixes the harvest, so while a box still holds typed text that
 * is not in it, the button asks nothing: it says where that text is (here and beside each box), and the text stays.
 */
export function ApproveReport({ sessionId, question, typedIn, pointed, point, busy, error, onApprove }: ApproveReportProps) {
  const { t } = useTexts();
  const label = t('sessions.harvest.approve');
  return (
    <Section title={t('sessions.harvest.approveTitle')}>
      <p>{t('sessions.harvest.approveIntro')}</p>
      <ErrorAlert error={error} />
      <p className="link-alone">
        <Link to={sessionPath(sessionId, 'verslag')}>{t('sessions.harvest.preview')}</Link>
      </p>
      {pointed && <Alert tone="error">{t('sessions.harvest.typedNotAdded', { parts: typedIn.join(', ') })}</Alert>}
      {typedIn.length > 0 ? (
        // Named as the ConfirmButton is, so it is the same button to speech control and screen readers.
        <Button variant="secondary" aria-label={`${label}: ${question}`} busy={busy} onClick={point}>
          {label}
        </Button>
      ) : (
        <ConfirmButton
          label={label}
          target={question}
          confirmLabel={t('sessions.harvest.confirmApprove')}
          busy={busy}
          onConfirm={onApprove}
        />
      )}
    </Section>
  );
}
