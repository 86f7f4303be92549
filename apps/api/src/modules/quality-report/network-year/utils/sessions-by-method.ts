import { findMethod, Language, LocalizedText, SHIPPED_METHODS } from '@kring/domain';
import type { CountRow } from '../../../../engine/database/count-row';
import type { ReflectionSessionRow } from '../../../../engine/database/tables.generated';
import { SuppressedCountDto } from '../../dtos/network-overview.dto';

/** Sessions held with one method (a shipped one, or an organisation's own), over the organisations counted. */
export type MethodCountRow = Pick<ReflectionSessionRow, 'method_id'> & CountRow;

const OWN_METHODS: LocalizedText = {
  nl: 'Eigen werkvormen van de organisaties, samen',
  en: 'The organisations’ own methods, together',
};

/**
 * The network overview's sessions per method, in the reader's language: a
 * fixed list, never one built from what was held. Every shipped method has its
 * row, used or not, so "minder dan 5" may be none at all (the small-number
 * rule's zero) and the list does not tell which methods a few sessions used.
 * The organisations' own methods (copies included) count together in one
 * row: their names are the organisation's own and often name it
 * ("Korte incidentbespreking (Hoeve)"). Shipped ids never collide with own
 * ones (those start with "org-").
 */
export function sessionsByMethod(held: readonly MethodCountRow[], language: Language): SuppressedCountDto[] {
  const sum = (rows: readonly MethodCountRow[]) => rows.reduce((total, row) => total + row.count, 0);
  return [
    ...SHIPPED_METHODS.map((method) => ({ label: method.name[language], count: sum(held.filter((row) => row.method_id === method.id)) })),
    { label: OWN_METHODS[language], count: sum(held.filter((row) => !findMethod(row.method_id))) },
  ];
}
