import { KnownNames } from '@kring/domain';
import { EntityManager } from 'typeorm';

/** A person's or a place's name; the UNIONs take the first SELECT's column name. */
type NameRow = { name: string };

/**
 * Every name that could point at the organisations of some visits: their
 * own names, locations, places and teams; their people and the names on
 * their resident registers (the identifying-details guard's own lists); the
 * relatives or experts in the visiting teams. What the network reads is
 * masked against these (see anonymise).
 */
export async function namesAroundVisits(manager: EntityManager, visitIds: readonly string[]): Promise<KnownNames> {
  if (visitIds.length === 0) return { people: [], places: [] };
  const orgs = `WITH orgs AS (SELECT organisation_id AS id FROM peer_visit WHERE id = ANY($1::uuid[]) UNION SELECT visiting_organisation_id FROM peer_visit WHERE id = ANY($1::uuid[]))`;
  const [people, places] = await Promise.all([
    manager.query<NameRow[]>(
      `${orgs}
       SELECT p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id JOIN orgs ON orgs.id = m.organisation_id
       UNION SELECT unnest(r.watch_names) FROM resident_register r JOIN orgs ON orgs.id = r.organisation_id
       UNION SELECT display_name FROM peer_visit_member WHERE visit_id = ANY($1::uuid[]) AND display_name <> ''`,
      [visitIds],
    ),
    manager.query<NameRow[]>(
      `${orgs}
       SELECT o.name FROM organisation o JOIN orgs ON orgs.id = o.id
       UNION SELECT l.name FROM location l JOIN orgs ON orgs.id = l.organisation_id
       UNION SELECT l.place FROM location l JOIN orgs ON orgs.id = l.organisation_id WHERE l.place <> ''
       UNION SELECT t.name FROM team t JOIN orgs ON orgs.id = t.organisation_id`,
      [visitIds],
    ),
  ]);
  return { people: people.map((r) => r.name), places: places.map((r) => r.name) };
}
