import { Language, Method, PHASE_KIND_CATALOGUE, PhaseKind, SHIPPED_METHODS, copyMethod, findMethod, validateMethod } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import type { CustomMethodRow, PersonRow } from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { customMethodIdBase, freeCustomMethodId } from './custom-method-id';
import { MethodDto, MethodVersionDto, PhaseKindBlockDto } from './dtos/method.dto';
import { MethodPhaseInput, SaveCustomMethodInput } from './dtos/method.inputs';
import { methodDto, SavedVersion } from './method-dto';
import { namedRef } from '../../engine/graphql/named-ref';

/**
 * A stored version as SELECT_VERSION reads it. `definition` is the Method it was saved as (assertValid checks
 * every version before it is stored); the saver's id and name are null once that person is gone.
 */
type Row = Pick<CustomMethodRow, 'method_id' | 'version' | 'created_at' | 'archived_at'> & {
  definition: Method;
  saved_by_id: PersonRow['id'] | null;
  saved_by_name: PersonRow['display_name'] | null;
};

/** Two moderators picking the same free id at once is rare; a few fresh looks settle it. */
const ID_ATTEMPTS = 5;

const SELECT_VERSION = `
  SELECT c.method_id, c.version, c.definition, c.created_at, c.archived_at, p.id AS saved_by_id, p.display_name AS saved_by_name
  FROM custom_method c LEFT JOIN person p ON p.id = c.created_by`;

function savedVersion(row: Row): SavedVersion {
  return { savedAt: row.created_at, savedBy: namedRef(row.saved_by_id, row.saved_by_name), archived: row.archived_at !== null };
}

/**
 * A phase as the builder sent it. Its behaviour is what was sent; left out,
 * the same phase of the version the edit started from keeps its own, so a
 * client that does not know the field cannot erase it.
 */
function phaseFromInput(phase: MethodPhaseInput, previous?: Method): Method['phases'][number] {
  const lensItemIds = phase.lensItemIds ?? [];
  const behaviour = phase.behaviour ?? previous?.phases.find((p) => p.id === phase.id)?.behaviour;
  return {
    id: phase.id,
    kind: phase.kind,
    title: { nl: phase.title.nl, en: phase.title.en },
    participantPrompt: { nl: phase.participantPrompt.nl, en: phase.participantPrompt.en },
    moderatorGuidance: { nl: phase.moderatorGuidance.nl, en: phase.moderatorGuidance.en },
    defaultMinutes: phase.defaultMinutes,
    ...(lensItemIds.length ? { lensItemIds: [...lensItemIds] } : {}),
    ...(behaviour ? { behaviour: { ...behaviour, worksWith: [...behaviour.worksWith] } } : {}),
  };
}

/**
 * Methods (werkvormen) as data: the shipped ones from @kring/domain and the
 * organisation's own, which are versioned. A save never changes a stored
 * version, so a session that snapshotted version 2 and a link to version 1
 * both keep meaning what they meant.
 */
@Injectable()
export class MethodsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The method as it is now (latest version) or at a given version: shipped (from @kring/domain) or the organisation's own. Throws UserError('NOT_FOUND') otherwise. */
  async resolve(organisationId: string, methodId: string, version?: number): Promise<Method> {
    const shipped = findMethod(methodId);
    if (shipped) {
      if (version !== undefined && version !== shipped.version) throw new UserError('NOT_FOUND');
      return shipped;
    }
    return (await this.customRow(organisationId, methodId, version)).definition;
  }

  /** The library: shipped methods in the guide's order, then the organisation's own (latest versions, not archived) by name. */
  async list(organisationId: string): Promise<MethodDto[]> {
    const rows = await this.db.query<Row[]>(
      `SELECT DISTINCT ON (c.method_id) * FROM (${SELECT_VERSION} WHERE c.organisation_id = $1 AND c.archived_at IS NULL) c
       ORDER BY c.method_id, c.version DESC`,
      [organisationId],
    );
    const own = rows.map((row) => methodDto(row.definition, savedVersion(row))).sort((a, b) => a.name.nl.localeCompare(b.name.nl, 'nl'));
    return [...SHIPPED_METHODS.map((method) => methodDto(method)), ...own];
  }

  async method(organisationId: string, methodId: string, version?: number): Promise<MethodDto> {
    if (findMethod(methodId)) return methodDto(await this.resolve(organisationId, methodId, version));
    const row = await this.customRow(organisationId, methodId, version);
    return methodDto(row.definition, savedVersion(row));
  }

  /** Every saved version of the organisation's own method, newest first; shipped methods have no history. */
  async versions(organisationId: string, methodId: string): Promise<MethodVersionDto[]> {
    if (findMethod(methodId)) return [];
    const rows = await this.db.query<Row[]>(`${SELECT_VERSION} WHERE c.organisation_id = $1 AND c.method_id = $2 ORDER BY c.version DESC`, [
      organisationId,
      methodId,
    ]);
    if (rows.length === 0) throw new UserError('NOT_FOUND');
    return rows.map((row) => ({ version: row.version, savedAt: row.created_at, savedBy: namedRef(row.saved_by_id, row.saved_by_name) }));
  }

  phaseKinds(): PhaseKindBlockDto[] {
    return Object.entries(PHASE_KIND_CATALOGUE).map(([kind, block]) => ({ kind: kind as PhaseKind, ...block }));
  }

  /**
   * A new method (no methodId) or a new version of one of the organisation's
   * own. The edit must start from the latest version, so two moderators
   * editing at once cannot silently overwrite each other.
   */
  async save(access: TenantAccess, viewer: Viewer, input: SaveCustomMethodInput): Promise<MethodDto> {
    const draft = (id: string, version: number, previous?: Method): Method => ({
      id,
      version,
      name: { nl: input.name.nl, en: input.name.en },
      summary: { nl: input.summary.nl, en: input.summary.en },
      source: 'practice',
      phases: input.phases.map((phase) => phaseFromInput(phase, previous)),
      ...(previous?.basedOn ? { basedOn: previous.basedOn } : {}),
    });

    if (!input.methodId) {
      this.assertValid(draft(customMethodIdBase(input.name.nl), 1), viewer.preferredLanguage);
      return this.insertNew(access.organisationId, viewer.personId, input.name.nl, (id) => draft(id, 1));
    }

    const latest = await this.editableLatest(access.organisationId, input.methodId);
    if (input.baseVersion !== latest.version) throw new UserError('METHOD_VERSION_CONFLICT', { version: latest.version });
    const method = draft(input.methodId, latest.version + 1, latest);
    this.assertValid(method, viewer.preferredLanguage);
    if (!(await this.insert(access.organisationId, viewer.personId, method))) {
      // Someone saved the same next version between our read and our write.
      throw new UserError('METHOD_VERSION_CONFLICT', { version: method.version });
    }
    return this.method(access.organisationId, method.id, method.version);
  }

  /** Copies a shipped or own method (its latest version) into a new method of the organisation, version 1. */
  async copy(access: TenantAccess, viewer: Viewer, methodId: string, newName: string): Promise<MethodDto> {
    const original = await this.resolve(access.organisationId, methodId);
    return this.insertNew(access.organisationId, viewer.personId, newName, (id) =>
      copyMethod(original, id, { name: { nl: newName, en: newName } }),
    );
  }

  /** Takes the method out of the library; stored versions stay readable for sessions and links that use them. */
  async archive(access: TenantAccess, methodId: string): Promise<boolean> {
    await this.editableLatest(access.organisationId, methodId);
    await this.db.query(
      `UPDATE custom_method SET archived_at = now() WHERE organisation_id = $1 AND method_id = $2 AND archived_at IS NULL`,
      [access.organisationId, methodId],
    );
    return true;
  }

  private async customRow(organisationId: string, methodId: string, version?: number): Promise<Row> {
    const [row] = await this.db.query<Row[]>(
      `${SELECT_VERSION} WHERE c.organisation_id = $1 AND c.method_id = $2 AND ($3::int IS NULL OR c.version = $3)
       ORDER BY c.version DESC LIMIT 1`,
      [organisationId, methodId, version ?? null],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return row;
  }

  /** The latest version of one of the organisation's own methods that may still change. */
  private async editableLatest(organisationId: string, methodId: string): Promise<Method> {
    if (findMethod(methodId)) throw new UserError('SHIPPED_METHOD_READ_ONLY');
    const row = await this.customRow(organisationId, methodId);
    if (row.archived_at !== null) throw new UserError('METHOD_ARCHIVED');
    return row.definition;
  }

  private assertValid(method: Method, language: Language): void {
    const problems = validateMethod(method);
    if (problems.length > 0) throw new UserError('INVALID_METHOD', { details: problems.map((p) => p.message[language]).join(' ') });
  }

  /** Stores version 1 under a free id made from the name. */
  private async insertNew(organisationId: string, personId: string, name: string, build: (id: string) => Method): Promise<MethodDto> {
    const base = customMethodIdBase(name);
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
      const taken = await this.db.query<Pick<CustomMethodRow, 'method_id'>[]>(
        `SELECT DISTINCT method_id FROM custom_method WHERE organisation_id = $1 AND (method_id = $2 OR method_id LIKE $3)`,
        [organisationId, base, `${base}-%`],
      );
      const method = build(freeCustomMethodId(base, new Set(taken.map((t) => t.method_id))));
      if (await this.insert(organisationId, personId, method)) return this.method(organisationId, method.id, method.version);
    }
    throw new Error(`No free custom method id for "${base}" after ${ID_ATTEMPTS} attempts`);
  }

  /** False when this version of this method already exists (the unique key decides, not a prior read). */
  private async insert(organisationId: string, personId: string, method: Method): Promise<boolean> {
    const rows = await this.db.query<Pick<CustomMethodRow, 'id'>[]>(
      `INSERT INTO custom_method (organisation_id, method_id, version, definition, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT custom_method_version_uq DO NOTHING RETURNING id`,
      [organisationId, method.id, method.version, JSON.stringify(method), personId],
    );
    return rows.length === 1;
  }
}
