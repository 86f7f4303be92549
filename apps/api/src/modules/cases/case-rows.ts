import { CaseChapterDto, CaseConsentDto, CaseSummaryDto } from './dtos/case.dto';
import type { CaseChapterRow, CaseConsentRow, CaseFileRow, PersonRow, TeamRow } from '../../engine/database/tables.generated';
import { namedRef } from '../../engine/graphql/named-ref';

/** A case row as read with its team's and author's names. */
export type CaseRow = CaseFileRow & { team_name: TeamRow['name'] | null; author_name: PersonRow['display_name'] | null };
/** A case in a list, with its number of chapters: a bare count(*) is a bigint, which node-postgres reads as a string. */
export type CaseSummaryRow = CaseRow & { chapter_count: string };
/** A chapter as CHAPTER_SELECT reads it, with its author's name (null once that person is gone). */
export type ChapterRow = CaseChapterRow & { author_name: PersonRow['display_name'] | null };
/** A consent as CONSENT_SELECT reads it: its dates as YYYY-MM-DD text. */
export type ConsentRow = Pick<CaseConsentRow, 'id' | 'scope' | 'given_by' | 'form' | 'note' | 'created_at'> & {
  given_on: string;
  withdrawn_on: string | null;
};

/** Select list for CaseRow over `case_file c`, joined as in CASE_FROM. */
export const CASE_COLUMNS = `c.*, t.name AS team_name, p.display_name AS author_name`;
export const CASE_FROM = `case_file c LEFT JOIN team t ON t.id = c.team_id LEFT JOIN person p ON p.id = c.author_id`;

/** Select list for chapters over `case_chapter ch` joined with `person p` on the author. */
export const CHAPTER_SELECT = `SELECT ch.*, p.display_name AS author_name FROM case_chapter ch LEFT JOIN person p ON p.id = ch.author_id`;

/** Dates as text: node-pg would turn a date into a local-midnight Date and shift it across time zones. */
export const CONSENT_SELECT = `SELECT id, scope, given_by, form, to_char(given_on, 'YYYY-MM-DD') AS given_on,
  to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, note, created_at FROM case_consent`;

export function toSummary(r: CaseSummaryRow, viewerId: string): CaseSummaryDto {
  return {
    id: r.id,
    code: r.code,
    displayPseudonym: r.display_pseudonym,
    title: r.title,
    visibility: r.visibility,
    team: namedRef(r.team_id, r.team_name),
    author: namedRef(r.author_id, r.author_name),
    chapterCount: Number(r.chapter_count),
    updatedAt: r.updated_at,
    viewerIsAuthor: r.author_id === viewerId,
  };
}

export function toChapter(r: ChapterRow): CaseChapterDto {
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    body: r.body,
    author: namedRef(r.author_id, r.author_name),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toConsent(r: ConsentRow): CaseConsentDto {
  return {
    id: r.id,
    scope: r.scope,
    givenBy: r.given_by,
    form: r.form,
    givenOn: r.given_on,
    withdrawnOn: r.withdrawn_on,
    note: r.note,
    active: r.withdrawn_on === null,
    createdAt: r.created_at,
  };
}
