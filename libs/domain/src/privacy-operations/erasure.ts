/**
 * Erasure on request keeps what others' shared content depends on under a
 * stable pseudonym (domain guide §8). The name is Dutch in every language:
 * it is stored once, as the stand-in account's name.
 */

/** How an erased member appears; an account that could only be wiped, not deleted, carries this name without a number. */
export const FORMER_MEMBER_NAME = 'Oud-teamlid';

/** The stable stand-in name of an erased member: "Oud-teamlid 3" is the third erased member of the organisation. */
export function formerMemberPseudonym(number: number): string {
  return `${FORMER_MEMBER_NAME} ${number}`;
}
