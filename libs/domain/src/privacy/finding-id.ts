/**
 * "Ik heb dit gecontroleerd" (acknowledgeWarnings) covers only what the writer's own screen could mark before sending:
 * the server checks again with names the screen never gets (the register's real names, a conversation's relatives),
 * and what only it finds is covered only when the writer confirms that very finding after the server showed it, by
 * its id (ACKNOWLEDGED_FINDINGS_FIELD). The field carries the ids, beside acknowledgeWarnings on every input and live
 * command; at most `maxItems` of at most `maxLength` characters each.
 */
export const ACKNOWLEDGED_FINDINGS_FIELD = 'acknowledgedFindings';
export const ACKNOWLEDGED_FINDINGS_LIMITS = { maxItems: 30, maxLength: 100 } as const;

/**
 * The id of one finding as its writer confirms it: the kind, and the stretch found in lower case with its spaces
 * collapsed. The server lists it with every finding it refuses and the screen sends it back; it holds for that name
 * (or date, address…) wherever it stands in the save, not for another one. Not the field: a form that checked its
 * texts while they were typed knows them by its own boxes, not by the input's paths, and confirmed the name itself.
 */
export function findingId({ kind, match }: { readonly kind: string; readonly match: string }): string {
  // Cut to the length an input takes, so a very long match (an e-mail address) can still be confirmed.
  return `${kind}|${match.trim().replace(/\s+/g, ' ').toLowerCase()}`.slice(0, ACKNOWLEDGED_FINDINGS_LIMITS.maxLength);
}
