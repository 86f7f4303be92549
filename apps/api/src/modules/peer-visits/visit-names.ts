import { EntityManager } from 'typeorm';
import { IdentifyingDetailsService } from '../cases/identifying-details.service';

/**
 * Every name that could point at the organisations of a visit: their own
 * names, places and locations, their people and the names on their resident
 * registers, and the relatives or experts in the visiting team. What the
 * network reads is masked against these (and the usual identifying details).
 */
export async function namesAroundVisits(manager: EntityManager, identifying: IdentifyingDetailsService, visitIds: readonly string[]): Promise<string[]> {
  if (visitIds.length === 0) return [];
  const rows: { organisation_id: string; name: string }[] = await manager.query(
    `WITH orgs AS (SELECT organisation_id AS id FROM peer_visit WHERE id = ANY($1::uuid[]) UNION SELECT visiting_organisation_id FROM peer_visit WHERE id = ANY($1::uuid[]))
     SELECT o.id AS organisation_id, o.name FROM organisation o JOIN orgs ON orgs.id = o.id
     UNION SELECT l.organisation_id, l.name FROM location l JOIN orgs ON orgs.id = l.organisation_id
     UNION SELECT l.organisation_id, l.place FROM location l JOIN orgs ON orgs.id = l.organisation_id WHERE l.place <> ''
     UNION SELECT t.organisation_id, t.name FROM team t JOIN orgs ON orgs.id = t.organisation_id
     UNION SELECT m.organisation_id, m.display_name FROM peer_visit_member m WHERE m.visit_id = ANY($1::uuid[]) AND m.display_name <> ''`,
    [visitIds],
  );
  const organisations = [...new Set(rows.map((r) => r.organisation_id))];
  const people = await Promise.all(organisations.map((id) => identifying.knownNames(id, manager)));
  return [...new Set([...rows.map((r) => r.name), ...people.flat()])];
}
