import { CORE_VALUES, FINDING_TYPES, MIRROR_THEMES, type LocalizedText } from '@kring/domain';

/** Names of the shared peer-visit vocabulary by id, for screens that show stored ids. */
const byId = (items: readonly { id: string; name: LocalizedText }[]) => new Map(items.map((i) => [i.id, i.name]));

export const VALUE_NAMES = byId(CORE_VALUES);
export const MIRROR_THEME_NAMES = byId(MIRROR_THEMES);
export const FINDING_TYPE_NAMES = byId(FINDING_TYPES);
