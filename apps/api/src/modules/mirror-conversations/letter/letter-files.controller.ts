import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { KringRequest, TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { sendPdf } from '../../../engine/documents/pdf-file';
import { HttpUserErrorFilter } from '../../../engine/http/http-user-error.filter';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { RelativePageService } from '../relative/relative-page.service';
import { CONVERSATION } from './mirror-letter.resolver';
import { MirrorLetterService } from './mirror-letter.service';

/** The letter back as PDF, by link: for staff (the policy guard reads `:conversationId`) and on a relative's own page. */
@Controller()
@UseFilters(HttpUserErrorFilter)
export class LetterFilesController {
  constructor(
    private readonly letters: MirrorLetterService,
    private readonly relatives: RelativePageService,
  ) {}

  /** Quotes as the viewer's audience may read them; the export is recorded. */
  @Get('mirror-conversations/:conversationId/letter.pdf')
  @Access.organisation(CONVERSATION)
  async letter(
    @Param('conversationId') conversationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.letters.pdf(viewer, access, conversationId));
  }

  /** Once the letter has been sent; in the language the page asks in (Accept-Language). */
  @Get('relatives/:token/letter.pdf')
  @Access.public('the secret token of a personal link is the permission; it opens only the letter of its own conversation')
  async relativeLetter(@Param('token') token: string, @Req() req: KringRequest, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.relatives.letterPdf(token, req));
  }
}
