import { Module } from '@nestjs/common';
import { PatternsResolver } from './patterns.resolver';
import { PatternsService } from './patterns.service';

/** Patterns over time: heat map of values, recurring vulnerabilities, the "new internal systems" signal. */
@Module({ providers: [PatternsService, PatternsResolver] })
export class PatternsModule {}
