import { Injectable } from '@nestjs/common';
import { MethodsService } from '../methods';
import { DemoCast } from './demo-cast';
import { DEMO_OWN_METHODS, DemoOwnMethod } from './demo-methods.data';

/**
 * The demo's own methods, written through MethodsService as the method builder
 * does: copy a shipped method (version 1), then save the adapted version on top
 * of it (version 2), so the methods page shows an own method with a history.
 */
@Injectable()
export class DemoMethodsService {
  constructor(private readonly methods: MethodsService) {}

  /** Writes every own method; returns the stored method id per demo key, for the sessions that use one. */
  async fill(cast: DemoCast): Promise<Map<string, string>> {
    return new Map(await Promise.all(DEMO_OWN_METHODS.map(async (own) => [own.key, await this.write(cast, own)] as const)));
  }

  private async write(cast: DemoCast, own: DemoOwnMethod): Promise<string> {
    const [author, access] = cast.member(own.author, own.organisation);
    const copy = await this.methods.copy(access, author.viewer, own.copyOf, own.name);
    const saved = await this.methods.save(access, author.viewer, {
      organisationId: access.organisationId,
      methodId: copy.id,
      baseVersion: copy.version,
      name: copy.name,
      summary: own.summary,
      phases: copy.phases.map((phase) => {
        const change = own.phases[phase.id] ?? {};
        return {
          ...phase,
          defaultMinutes: change.defaultMinutes ?? phase.defaultMinutes,
          moderatorGuidance: change.moderatorGuidance ?? phase.moderatorGuidance,
        };
      }),
      acknowledgeWarnings: false,
    });
    return saved.id;
  }
}
