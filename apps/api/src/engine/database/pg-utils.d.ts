/** node-pg's own conversion of a parameter value to its text form (not in @types/pg). */
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): string | Buffer | null;
}
