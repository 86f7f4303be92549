import { Field } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { NetworkAccess } from '../auth/viewer';
import type { OrganisationRow } from '../database/tables.generated';

/**
 * What a network aggregate counts for its reader: the network's organisations
 * without the reader's own (libs/domain own-share.ts says why, in the words
 * the page shows). Every query of a network overview or harvest takes its
 * organisations, and its visits, from here.
 */
export interface NetworkOthers {
  /** The organisations counted. */
  readonly counted: string[];
  /** Every organisation of the network (names to mask in quotes come from all of them). */
  readonly all: string[];
  /** The reader's own organisations in the network, left out. */
  readonly own: string[];
  /** Their names, for ownOrganisationsLeftOut. */
  readonly ownNames: string[];
}

export async function networkOthers(db: EntityManager, access: NetworkAccess): Promise<NetworkOthers> {
  const rows: Pick<OrganisationRow, 'id' | 'name'>[] = await db.query(
    `SELECT id, name FROM organisation WHERE network_id = $1 ORDER BY name`,
    [access.networkId],
  );
  const own = rows.filter((o) => access.organisationIds.includes(o.id));
  return {
    counted: rows.filter((o) => !own.includes(o)).map((o) => o.id),
    all: rows.map((o) => o.id),
    own: own.map((o) => o.id),
    ownNames: own.map((o) => o.name),
  };
}

/**
 * A peer visit of other organisations only: one the reader's own organisation
 * hosted or made is theirs (they know its report and wrote its notes), so it
 * is left out like their own sessions. `own` is the SQL parameter holding NetworkOthers.own.
 */
export function visitOfOthers(visit: string, own: string): string {
  return `NOT (${visit}.organisation_id = ANY(${own}::uuid[]) OR ${visit}.visiting_organisation_id = ANY(${own}::uuid[]))`;
}

/** The field every network aggregate carries, so its page can say what it left out (ownOrganisationsLeftOut). */
export function OwnOrganisationsLeftOut(): PropertyDecorator {
  return Field(() => [String], {
    description:
      'The reader’s own organisations in the network (NetworkOthers.ownNames), left out of every count, table and text here: a count with them would give the others’ small counts away. Empty for a reader of none.',
  });
}
