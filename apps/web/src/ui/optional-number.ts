/**
 * What an optional number box sends: nothing typed is `null` (the server's default, which the field's hint names),
 * anything typed is the number as typed, so 0 or 1.5 reach the server's rule and come back as its message beside the
 * box. Never `Number(text) || null`, which turns a typed 0 into the default without a word.
 * (A number box hands over only '' or a number; what the browser cannot read as one is its badInput, Form.tsx.)
 */
export function optionalNumber(text: string): number | null {
  const typed = text.trim();
  return typed === '' ? null : Number(typed);
}
