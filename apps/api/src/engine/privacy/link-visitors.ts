import { Injectable } from '@nestjs/common';
import { KringRequest } from '../auth/viewer';

/**
 * Someone who types on a page reached by a personal link (a relative, a
 * storyteller): the organisation whose procedure they are shown, who they are
 * for the escalation record, and the names only their link knows (the
 * relatives of the conversation, the storyteller) for the content guard.
 */
export interface LinkVisitor {
  readonly organisationId: string;
  readonly participantId?: string;
  readonly storyId?: string;
  readonly extraPeople: readonly string[];
}

/** Opens a link from its token; throws the link's own refusal (LINK_UNAVAILABLE) when it does not work. */
type LinkVisitorResolver = (token: string, req: KringRequest) => Promise<LinkVisitor>;

/**
 * The public operations that save text from a personal link, each with how
 * its link is opened. The module that owns the page registers it (the engine
 * does not know relatives or stories); ContentGuardInterceptor asks here
 * before it judges, so a link page has the same guard as a signed-in page.
 * A public operation with guarded text that is not registered cannot prompt
 * anyone, and the generated content-guard test names it. Every link operation
 * carries its token as `input.token`, so a link can also be opened from its
 * token alone (`open`), e.g. to answer an escalation prompt it showed.
 */
@Injectable()
export class LinkVisitors {
  private readonly resolvers = new Map<string, LinkVisitorResolver>();

  register(operation: string, resolve: LinkVisitorResolver): void {
    if (this.resolvers.has(operation)) throw new Error(`${operation} has two link visitors`);
    this.resolvers.set(operation, resolve);
  }

  /** How `operation` opens its link from the operation's arguments (their `input.token`). */
  resolver(operation: string): ((args: Record<string, unknown>, req: KringRequest) => Promise<LinkVisitor>) | undefined {
    const resolve = this.resolvers.get(operation);
    if (!resolve) return undefined;
    return (args, req) => resolve(String((args.input as { token?: unknown } | undefined)?.token ?? ''), req);
  }

  /** Opens the link of `operation` from its token, or null when the operation has none or the link does not open. */
  async open(operation: string, token: string, req: KringRequest): Promise<LinkVisitor | null> {
    const resolve = this.resolvers.get(operation);
    if (!resolve || !token) return null;
    return resolve(token, req).catch(() => null);
  }
}
