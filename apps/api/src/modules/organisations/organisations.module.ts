import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({ providers: [OrganisationsService, OrganisationsResolver], exports: [OrganisationsService] })
export class OrganisationsModule {}
