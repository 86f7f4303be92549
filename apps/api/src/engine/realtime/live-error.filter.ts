import { DEFAULT_LANGUAGE, ErrorCode, errorMessage, EscalationPromptInfo, LiveFailure, LiveFinding } from '@kring/domain';
import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { UserError } from '../graphql/user-error';
import { KringSocket } from '../policy/socket-access';

const logger = new Logger('LiveSession');

/**
 * Answers what a live handler (or the policy layer before it) threw as the
 * ack the screen waits for: {ok: false, error: {code, message}}, the message
 * in the viewer's language. Unexpected errors are logged and answered as
 * INTERNAL; no stack trace leaves the server. Without an answer the screen
 * would wait forever.
 */
export function answerFailure(socket: KringSocket, exception: unknown, ack: ((failure: LiveFailure) => void) | undefined): void {
  const userError = exception instanceof UserError;
  if (!userError) logger.error({ err: exception }, 'Unexpected error in the live room');
  const code = (userError ? exception.extensions.code : 'INTERNAL') as ErrorCode;
  const params = (userError ? exception.extensions.params : {}) as Record<string, string | number>;
  const language = socket.data.viewer?.preferredLanguage ?? DEFAULT_LANGUAGE;
  // The content guard's findings come along, so the screen can highlight them in the text it kept.
  const findings =
    userError && Array.isArray(exception.extensions.findings) ? { findings: exception.extensions.findings as LiveFinding[] } : {};
  // So does an escalation prompt: the organisation's procedure and the prompt to answer.
  const escalation =
    userError && exception.extensions.escalation ? { escalation: exception.extensions.escalation as EscalationPromptInfo } : {};
  ack?.({ ok: false, error: { code, message: errorMessage(code, language, params), ...findings, ...escalation } });
}

/** answerFailure for the handlers Nest runs (@UseFilters on a gateway). */
@Catch()
export class LiveErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    // Handler arguments are [socket, data, ack?, pattern]: the ack is the function among them, if the screen sent one.
    const ack = host.getArgs().find((arg): arg is (failure: LiveFailure) => void => typeof arg === 'function');
    answerFailure(host.switchToWs().getClient<KringSocket>(), exception, ack);
  }
}
