import { LibraryItem } from './library-item.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const LIBRARY_ENTITIES = [LibraryItem];
