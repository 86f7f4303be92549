import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts';
import { DemoModule } from '../demo';
import { SetupResolver } from './setup.resolver';
import { SetupService } from './setup.service';

@Module({ imports: [AccountsModule, DemoModule], providers: [SetupService, SetupResolver], exports: [SetupService] })
export class SetupModule {}
