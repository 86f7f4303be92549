/**
 * Which of `lanes` lanes a key belongs to: the same key always to the same
 * lane, different keys spread evenly (a 31-multiplier string hash).
 */
export function laneOf(key: string, lanes: number): number {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return (hash >>> 0) % lanes;
}
