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
import { MIRROR_CONVERSATION_ENTITIES } from '../../modules/mirror-conversations/entities';
import { RelativeLinkAttempt } from '../../modules/relative-links/relative-link-attempt.entity';
import { LEARNING_NETWORK_ENTITIES } from '../../modules/learning-networks/entities';
import { PEER_VISIT_ENTITIES } from '../../modules/peer-visits/entities';
import { OutboxMail } from '../../modules/outbox/outbox-mail.entity';
import { STORY_ENTITIES } from '../../modules/stories/entities';
import { LIBRARY_ENTITIES } from '../../modules/library/entities';
import { CalendarFeed } from '../../modules/calendar/calendar-feed.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { PRIVACY_ENTITIES } from '../../modules/privacy/entities';

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
  ...MIRROR_CONVERSATION_ENTITIES,
  RelativeLinkAttempt,
  ...LEARNING_NETWORK_ENTITIES,
  ...PEER_VISIT_ENTITIES,
  ...STORY_ENTITIES,
  ...LIBRARY_ENTITIES,
  CalendarFeed,
  Notification,
  ...PRIVACY_ENTITIES,
];
