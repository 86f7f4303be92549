import { Role, ROLE_LABELS } from '@kring/domain';
import { Mail } from '../../engine/mail/mail.service';

interface InvitationMailFacts {
  to: string;
  organisationId: string;
  organisationName: string;
  /** The team the invitation is for, when it is for one. */
  teamName: string | null;
  role: Role;
  /** The one-time link to /uitnodiging/<token>. */
  link: string;
  validDays: number;
}

/**
 * The invitation to join an organisation in Kring. Dutch first with one
 * English line: the invitee has no account yet, so no language is known.
 * It goes to the organisation's outbox (administrators may read who was invited).
 */
export function invitationMail(facts: InvitationMailFacts): Mail {
  const where = facts.teamName ? `${facts.organisationName} (team ${facts.teamName})` : facts.organisationName;
  return {
    to: facts.to,
    organisationId: facts.organisationId,
    subject: `Uitnodiging voor Kring: ${facts.organisationName}`,
    body:
      `Je bent uitgenodigd om mee te doen in Kring bij ${where}, als ${ROLE_LABELS[facts.role].nl.toLowerCase()}.\n\n` +
      `Kring is de plek waar jullie samen reflecteren op de zorg: casusbesprekingen, spiegelgesprekken en collegiale visitatie.\n\n` +
      `Doe mee via deze link (${facts.validDays} dagen geldig, één keer te gebruiken):\n${facts.link}\n\n` +
      `(English: you have been invited to join ${where} in Kring; open the link above.)`,
  };
}
