import { Language } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { memberNow } from '../../../engine/database/membership-sql';
import { columnSql, personReferences, rowOfOrganisation, withoutOtherPeople } from './person-references';
import type { MirrorConversationRow, OrganisationRow, OutboxMailRow, PersonRow } from '../../../engine/database/tables.generated';

type Row = Record<string, unknown>;

/** Secrets never leave Kring, not even to their owner: hashes of passwords and of link tokens. */
const SECRET_COLUMN = /hash$/;

/** What stands in a person's export where a row holds someone else's details (OTHER_PEOPLES_DETAILS). */
const LEFT_OUT: Record<Language, string> = { nl: 'weggelaten: van iemand anders', en: "left out: someone else's" };

const EXPLANATION: Record<Language, string> = {
  nl:
    'Alles wat Kring over deze persoon bewaart: het account, de lidmaatschappen, en elke rij die naar deze persoon verwijst ' +
    '(bijdragen, oogst, nieuwe praktijk, casussen, vastgelegde toestemming, deelname, meldingen, het logboek), ' +
    'en per spiegelgesprek hoeveel luisternotities deze persoon maakte. ' +
    '"records" is geordend per tabel en per kolom die naar de persoon verwijst. Wachtwoorden en geheime links staan er niet in, ' +
    'en gegevens van iemand anders (de naam, het adres en de woorden van een uitgenodigde naaste, een verteller of een collega) ' +
    `staan er als "${LEFT_OUT.nl}".`,
  en:
    'Everything Kring keeps about this person: the account, the memberships, and every row that refers to this person ' +
    '(contributions, harvests, new practices, cases, consent recorded, participation, notifications, the audit log), ' +
    'and per mirror conversation how many listener notes this person made. ' +
    '"records" is ordered by table and by the column that refers to the person. Passwords and secret links are left out, ' +
    "and someone else's details (the name, address and words of an invited relative, a storyteller or a colleague) " +
    `read "${LEFT_OUT.en}".`,
};

function withoutSecrets(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMN.test(column)));
}

/**
 * Export of everything about one person as JSON (AVG: right of access and
 * portability). An administrator exports what their organisation holds
 * about a member; a person can download everything about themselves. Both
 * are audited. Which rows refer to a person is read from the database
 * catalogue, so tables added later are included.
 */
@Injectable()
export class PersonExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forOrganisation(access: TenantAccess, viewer: Viewer, personId: string): Promise<string> {
    if (!(await memberNow(this.db.manager, personId, access.organisationId))) throw new UserError('NOT_A_MEMBER');
    const data = await this.collect(this.db.manager, personId, access.organisationId, viewer.preferredLanguage);
    await this.audit.recordOn('person_data_exported', actorIn(access, viewer), { type: 'person', id: personId });
    return JSON.stringify(data, null, 2);
  }

  async own(viewer: Viewer): Promise<string> {
    const data = await this.collect(this.db.manager, viewer.personId, null, viewer.preferredLanguage);
    await this.audit.recordOn('own_data_exported', { personId: viewer.personId }, { type: 'person', id: viewer.personId });
    return JSON.stringify(data, null, 2);
  }

  /** With an organisation: only rows of that organisation. Without: everything, including rows of no organisation (login sessions). */
  private async collect(
    manager: EntityManager,
    personId: string,
    organisationId: string | null,
    language: Language,
  ): Promise<Record<string, unknown>> {
    const [person] = await manager.query<Pick<PersonRow, 'id' | 'email' | 'display_name' | 'preferred_language' | 'created_at'>[]>(
      `SELECT id, email, display_name, preferred_language, created_at FROM person WHERE id = $1`,
      [personId],
    );
    const [organisation] = organisationId
      ? await manager.query<Pick<OrganisationRow, 'id' | 'name'>[]>(`SELECT id, name FROM organisation WHERE id = $1`, [organisationId])
      : [null];
    const records: Record<string, Record<string, Row[]>> = {};
    for (const ref of await personReferences(manager)) {
      if (organisationId && !ref.tenant) continue;
      const rows = await manager.query<Row[]>(
        `SELECT * FROM ${ref.table} WHERE ${columnSql(ref.column)} = $1${organisationId ? ` AND ${rowOfOrganisation(ref.table, '$2')}` : ''} ORDER BY 1`,
        organisationId ? [personId, organisationId] : [personId],
      );
      if (rows.length)
        (records[ref.table] ??= {})[ref.column] = rows.map((row) =>
          withoutOtherPeople(ref.table, withoutSecrets(row), personId, LEFT_OUT[language]),
        );
    }
    // Addressed to their e-mail address rather than to their account.
    const scope = organisationId ? ' AND organisation_id = $2' : '';
    const params = organisationId ? [person.email, organisationId] : [person.email];
    const byId = organisationId ? [personId, organisationId] : [personId];
    const [invitations, mails, listenerNoteCounts] = await Promise.all([
      manager.query<Row[]>(`SELECT * FROM invitation WHERE lower(email) = lower($1)${scope} ORDER BY created_at`, params),
      manager.query<Pick<OutboxMailRow, 'organisation_id' | 'subject' | 'created_at'>[]>(
        `SELECT organisation_id, subject, created_at FROM outbox_mail WHERE lower(to_address) = lower($1)${scope} ORDER BY created_at`,
        params,
      ),
      // Kept per person inside a map (person id -> notes) rather than in a column that refers to them, so the catalogue
      // of references above cannot find it: how many listener notes they wrote in each mirror conversation.
      manager.query<
        {
          conversation_id: MirrorConversationRow['id'];
          organisation_id: MirrorConversationRow['organisation_id'];
          listener_notes: number;
        }[]
      >(
        `SELECT id AS conversation_id, organisation_id, (note_counts ->> $1::text)::int AS listener_notes FROM mirror_conversation
         WHERE note_counts ? $1::text${scope} ORDER BY created_at`,
        byId,
      ),
    ]);
    return {
      kring: language === 'nl' ? 'Gegevensexport' : 'Data export',
      exportedAt: new Date(),
      explanation: EXPLANATION[language],
      organisation: organisation ?? null,
      person,
      records,
      invitationsToTheirAddress: invitations.map(withoutSecrets),
      mailsToTheirAddress: mails,
      mirrorListenerNoteCounts: listenerNoteCounts,
    };
  }
}
