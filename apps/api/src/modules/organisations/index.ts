/** The public surface of organisations: what other features may import. */
export { MembershipDto } from './dtos/membership.dto';
export { InvitationDto, LocationDto } from './dtos/organisation.dto';
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService, canManage } from './organisations.service';
