import { errorMessage, ErrorCode } from '@kring/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { KringRequest } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { requestLanguage } from '../graphql/localisation.plugin';
import { UserError } from '../graphql/user-error';

const logger = new Logger('FileDownload');

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SESSION_NOT_PARTICIPANT: 403 };

/**
 * File downloads (calendar, PDF) are opened as links, so a refusal comes back
 * as a short readable text page in the person's language, with a fitting
 * HTTP status, instead of a 500.
 */
@Catch()
export class HttpUserErrorFilter implements ExceptionFilter {
  constructor(private readonly viewers: ViewerService) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<KringRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    let code: ErrorCode = 'INTERNAL';
    let status = 500;
    if (exception instanceof UserError) {
      code = exception.extensions.code as ErrorCode;
      status = STATUS[code] ?? 400;
    } else if (exception instanceof HttpException && exception.getStatus() === 404) {
      [code, status] = ['NOT_FOUND', 404];
    } else {
      logger.error({ err: exception }, 'Unexpected error while sending a file');
    }
    const params = exception instanceof UserError ? (exception.extensions.params as Record<string, string | number>) : {};
    const language = await requestLanguage(req, this.viewers);
    res
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(errorMessage(code, language, params));
  }
}
