import { findIdentifyingDetails, IDENTIFYING_DETAIL_LABELS, Language, nameVariants } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IdentifyingDetailFindingDto } from './dtos/identifying-detail.dto';
import { FieldFinding, IdentifyingDetailsError } from './identifying-details.error';

export interface TextToCheck {
  field: string;
  text: string;
}

/**
 * The identifying-details guard for one organisation (domain guide §4, §8):
 * the shared detector, fed with the names of the organisation's own people
 * and the names on its resident pseudonym register.
 */
@Injectable()
export class IdentifyingDetailsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Full names, first names and surnames of every member, plus each watch name in the same forms. */
  async knownNames(organisationId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = $1
       UNION SELECT unnest(watch_names) FROM resident_register WHERE organisation_id = $1`,
      [organisationId],
    );
    return [...new Set(rows.flatMap((row) => nameVariants(row.name)))];
  }

  async check(organisationId: string, text: string, language: Language): Promise<IdentifyingDetailFindingDto[]> {
    const findings = await this.findAll(organisationId, [{ field: 'text', text }], language);
    return findings.map(({ field: _field, ...finding }) => finding);
  }

  async findAll(organisationId: string, texts: readonly TextToCheck[], language: Language, manager?: EntityManager): Promise<FieldFinding[]> {
    const present = texts.filter((t) => t.text);
    if (present.length === 0) return [];
    const knownNames = await this.knownNames(organisationId, manager);
    return present.flatMap(({ field, text }) =>
      findIdentifyingDetails(text, { knownNames }).map((f) => ({ field, kind: f.kind, start: f.start, end: f.end, match: f.match, label: IDENTIFYING_DETAIL_LABELS[f.kind][language] })),
    );
  }

  /**
   * Lets a save or share through when the texts are clean or the author has
   * confirmed "Ik heb dit gecontroleerd"; otherwise refuses with the findings.
   * Returns how many findings were confirmed, for the audit log.
   */
  async requireAcknowledgement(
    organisationId: string,
    texts: readonly TextToCheck[],
    acknowledged: boolean,
    language: Language,
    manager?: EntityManager,
  ): Promise<number> {
    const findings = await this.findAll(organisationId, texts, language, manager);
    if (findings.length > 0 && !acknowledged) throw new IdentifyingDetailsError(findings);
    return findings.length;
  }
}
