import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { OrganisationsModule } from '../organisations';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({ imports: [AccountsModule, OrganisationsModule], providers: [InvitationsService, InvitationsResolver] })
export class InvitationsModule {}
