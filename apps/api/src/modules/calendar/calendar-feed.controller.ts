import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { UserError } from '../../engine/graphql/user-error';
import { Access } from '../../engine/policy/access.decorator';
import { CalendarFeedService } from './calendar-feed.service';
import { HttpUserErrorFilter } from '../../engine/http/http-user-error.filter';

/**
 * GET /calendar/<token>.ics: the feed calendar apps subscribe to. Calendar
 * apps send no cookies, so the secret address is the permission.
 */
@Controller('calendar')
@UseFilters(HttpUserErrorFilter)
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Access.public("calendar apps send no cookies: the secret feed address is the permission, and it shows only its owner's sessions")
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!file.endsWith('.ics')) throw new UserError('NOT_FOUND');
    const ics = await this.feeds.ics(file.slice(0, -'.ics'.length), req);
    res
      .type('text/calendar; charset=utf-8')
      // A feed is personal: no shared cache may keep a copy; apps fetch it fresh.
      .set('Cache-Control', 'private, no-cache')
      .set('Referrer-Policy', 'no-referrer')
      .send(ics);
  }
}
