import { readsLetter } from '@kring/domain';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { useTexts } from './texts';

/**
 * Where the conversation stands, on top of the page: moved to a new date,
 * called off (with the moderator's words), being held, or held — and then
 * the letter follows right below.
 */
export function RelativeState({ invitation, easy }: { invitation: RelativeInvitationPartsFragment; easy: boolean }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const mode = easy ? 'easy' : 'standard';
  switch (invitation.status) {
    case 'cancelled':
      return (
        <div className="relative-state" role="status">
          <Alert tone="info">
            <strong>{t(`relative.state.${mode}.cancelled`, { date: dateTime(invitation.scheduledAt) })}</strong>
            {invitation.cancelMessage && <span className="relative-state__message">{invitation.cancelMessage}</span>}
          </Alert>
        </div>
      );
    case 'planned':
      return invitation.rescheduledFrom ? (
        <div className="relative-state" role="status">
          <Alert tone="info">
            {t(`relative.state.${mode}.moved`, { date: dateTime(invitation.scheduledAt), before: dateTime(invitation.rescheduledFrom) })}
          </Alert>
        </div>
      ) : null;
    case 'live':
      return <p className="lead">{t(`relative.state.${mode}.live`)}</p>;
    default: {
      // The letter is for those who take part (readsLetter, the server's rule); a relative who said no is not promised one.
      const held = readsLetter(invitation.consents) ? 'held' : 'heldWithoutYou';
      return <p className="lead">{invitation.letter ? t(`relative.state.${mode}.letter`) : t(`relative.state.${mode}.${held}`)}</p>;
    }
  }
}
