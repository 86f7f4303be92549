import { Module } from '@nestjs/common';
import { RelativeLinksService } from './relative-links.service';

/** The mechanics of personal links for people without an account: token lookup by hash, and throttling of guesses. */
@Module({ providers: [RelativeLinksService], exports: [RelativeLinksService] })
export class RelativeLinksModule {}
