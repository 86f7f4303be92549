import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';

@Module({ providers: [AccountsService, AccountsResolver, PasswordHasher], exports: [AccountsService] })
export class AccountsModule {}
