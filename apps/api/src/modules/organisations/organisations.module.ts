import { Module } from '@nestjs/common';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, MembershipsService, MembershipsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
