import { LibrarySourceKind } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { LibrarySharingService } from '../library';
import { DemoCast } from './demo-cast';

/**
 * Who shares what with the network's library in the demo: the storytellers'
 * authors their approved stories, the entrepreneurs lessons from approved
 * reports and the mirror reports they shared with the network.
 */
const DEMO_SHARERS: { email: string; organisation: string; kinds: LibrarySourceKind[]; max: number }[] = [
  { email: 'bram@hoeve.demo', organisation: 'hoeve', kinds: ['story'], max: 1 },
  { email: 'youssef@kompas.demo', organisation: 'kompas', kinds: ['story'], max: 1 },
  { email: 'ingrid@hoeve.demo', organisation: 'hoeve', kinds: ['lesson', 'mirror_report'], max: 2 },
  { email: 'marloes@lindehof.demo', organisation: 'lindehof', kinds: ['lesson', 'mirror_report'], max: 3 },
  { email: 'peter@kompas.demo', organisation: 'kompas', kinds: ['lesson', 'mirror_report'], max: 2 },
];

/**
 * Library items of the demo, through the anonymisation review the screens
 * use: a candidate the owner may share with the network, its draft, and
 * shared only when the library's guard finds nothing in it.
 */
@Injectable()
export class DemoLibraryService {
  constructor(private readonly library: LibrarySharingService) {}

  async fill(cast: DemoCast): Promise<void> {
    for (const sharer of DEMO_SHARERS) {
      const [who, access] = cast.member(sharer.email, sharer.organisation);
      const candidates = (await this.library.candidates(who.viewer, access)).filter(
        (c) => sharer.kinds.includes(c.kind) && c.allowedAudiences.includes('network') && !c.share,
      );
      let shared = 0;
      for (const candidate of candidates) {
        if (shared >= sharer.max) break;
        const source = { organisationId: access.organisationId, sourceKind: candidate.kind, sourceId: candidate.sourceId };
        const draft = await this.library.draft(who.viewer, access, source);
        if (draft.findings.length > 0) continue;
        await this.library.share(who.viewer, access, {
          ...source,
          audience: 'network',
          title: draft.title,
          body: draft.body,
          valueIds: draft.suggestedValueIds,
        });
        shared += 1;
      }
    }
  }
}
