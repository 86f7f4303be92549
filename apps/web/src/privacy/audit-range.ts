/**
 * What is wrong with the audit log's day range as chosen: an end day before the start day finds nothing, and "Niets
 * gevonden" would read as an empty log. Said beside "Tot en met" in the words of the shared validation messages
 * (`fieldMessage`), as the server would. Days are YYYY-MM-DD, so their text order is their order in time.
 */
export function auditRangeProblem(from: string, until: string): { field: 'until'; rule: 'notBefore'; value: string } | undefined {
  return from && until && until < from ? { field: 'until', rule: 'notBefore', value: from } : undefined;
}
