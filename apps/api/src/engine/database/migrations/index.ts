import { Foundation1763800000000 } from './1763800000000-foundation';

/** In order. A schema change is a new migration here, never `synchronize`. */
export const MIGRATIONS = [Foundation1763800000000];
