import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({ imports: [AccountsModule, OrganisationsModule], providers: [InvitationsService, InvitationsResolver] })
export class InvitationsModule {}
