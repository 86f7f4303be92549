import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../policy/access.decorator';
import { BroadcastMonitor } from '../realtime/broadcast-monitor';

/**
 * Liveness and readiness in one: answers 200 only when the database answers.
 * Also says how the live-event bus is doing (which bus, whether this instance
 * hears the others, how many events it failed to hand on), for operators.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly broadcast: BroadcastMonitor,
  ) {}

  @Get()
  @Access.public('load balancers and monitors ask it without logging in; it says only whether the database answers')
  async health(@Res() res: Response): Promise<void> {
    try {
      await this.db.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'ok', broadcast: this.broadcast.health() });
    } catch {
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'unavailable', database: 'unreachable', broadcast: this.broadcast.health() });
    }
  }
}
