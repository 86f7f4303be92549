import { Module } from '@nestjs/common';
import { PracticesResolver } from './practices.resolver';
import { PracticesService } from './practices.service';

/** New practices over time; PracticesService.dueLookBacks feeds the reminders. */
@Module({ providers: [PracticesService, PracticesResolver], exports: [PracticesService] })
export class PracticesModule {}
