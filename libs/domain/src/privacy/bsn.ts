/**
 * BSN (burgerservicenummer) check. The guard only warns on numbers that pass
 * the 11-check, so an ordinary 9-digit number rarely raises a false alarm.
 */
export function isValidBsn(digits: string): boolean {
  const plain = digits.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(plain) || /^0{9}$/.test(plain)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(plain[i]);
  sum -= Number(plain[8]);
  return sum % 11 === 0;
}

/** 9 digits, written plain, as 123.456.782 / 123 456 782, or as 1234.56.782 / 1234 56 782. */
export const BSN_PATTERN = /(?<![\p{L}\p{N}.])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})(?![\p{L}\p{N}]|[.,]\d)/gu;
