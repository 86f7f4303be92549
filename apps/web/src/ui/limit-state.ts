/** From this share of the limit on, a field shows how much still fits. */
const NEAR_FROM = 0.8;

/** Where a text stands against its limit: far from it, near it (show a counter), or over it (refuse, keep the text). */
export function limitState(length: number, max: number): 'far' | 'near' | 'over' {
  if (length > max) return 'over';
  return length >= max * NEAR_FROM ? 'near' : 'far';
}
