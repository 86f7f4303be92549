import { AuditEvent } from '../audit/audit-event.entity';
import { AuthSession } from '../../modules/accounts/auth-session.entity';
import { CaseAccess } from '../../modules/cases/case-access.entity';
import { CaseChapter } from '../../modules/cases/case-chapter.entity';
import { CaseConsent } from '../../modules/cases/case-consent.entity';
import { CaseFile } from '../../modules/cases/case-file.entity';
import { ResidentRegisterEntry } from '../../modules/cases/resident-register-entry.entity';
import { LoginAttempt } from '../../modules/accounts/login-attempt.entity';
import { PasswordReset } from '../../modules/accounts/password-reset.entity';
import { Person } from '../../modules/accounts/person.entity';
import { Invitation } from '../../modules/invitations/invitation.entity';
import { CustomMethod } from '../../modules/methods/custom-method.entity';
import { LearningNetwork } from '../../modules/organisations/learning-network.entity';
import { Location } from '../../modules/organisations/location.entity';
import { Membership } from '../../modules/organisations/membership.entity';
import { Organisation } from '../../modules/organisations/organisation.entity';
import { Team } from '../../modules/organisations/team.entity';
import { REFLECTION_SESSION_ENTITIES } from '../../modules/reflection-sessions/entities';
import { LEARNING_NETWORK_ENTITIES } from '../../modules/learning-networks/entities';
import { PEER_VISIT_ENTITIES } from '../../modules/peer-visits/entities';
import { OutboxMail } from '../../modules/outbox/outbox-mail.entity';

/** Listed explicitly (not globbed) so the same list works from sources in tests and from dist. */
export const ENTITIES = [
  AuditEvent,
  AuthSession,
  CaseAccess,
  CaseChapter,
  CaseConsent,
  CaseFile,
  CustomMethod,
  Invitation,
  LearningNetwork,
  Location,
  LoginAttempt,
  Membership,
  Organisation,
  OutboxMail,
  PasswordReset,
  Person,
  ResidentRegisterEntry,
  Team,
  ...REFLECTION_SESSION_ENTITIES,
  ...LEARNING_NETWORK_ENTITIES,
  ...PEER_VISIT_ENTITIES,
];
