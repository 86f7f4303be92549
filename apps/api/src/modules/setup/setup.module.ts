import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { DemoNetworkService } from '../demo';
import { SetupResolver } from './setup.resolver';
import { SetupService } from './setup.service';

@Module({ imports: [AccountsModule], providers: [SetupService, SetupResolver, DemoNetworkService], exports: [SetupService] })
export class SetupModule {}
