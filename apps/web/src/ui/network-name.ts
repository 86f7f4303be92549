/**
 * A learning network's name for "Lerend netwerk {{name}}": networks are often
 * already called "Lerend netwerk Kleinschalig Oost", and "Lerend netwerk Lerend
 * netwerk Kleinschalig Oost" reads like a mistake. Networks are named in Dutch,
 * so the Dutch words are dropped for the English "Learning network …" too.
 */
export function withoutNetworkWords(name: string): string {
  return name.replace(/^(lerend\s+netwerk|learning\s+network)\s*[:\-–]?\s+/iu, '');
}
