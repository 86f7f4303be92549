import { MENSPERSPECTIEF, ValuesFramework } from '../values/framework';
import { Lens } from './types';

/**
 * The values framework seen as a lens, so a session chooses its lenses from one
 * list. Items are the six core values (ids equal the framework ids, so tags
 * and lens items line up); the lens version follows the framework version.
 */
export function lensFromFramework(framework: ValuesFramework): Lens {
  return {
    id: framework.id,
    version: framework.version,
    name: framework.name,
    description: framework.description,
    use: 'care_practice',
    source: framework.source,
    items: framework.values.map((value) => ({
      id: value.id,
      name: value.name,
      description: value.definition,
      prompts: value.prompts,
    })),
  };
}

export const MENSPERSPECTIEF_LENS: Lens = lensFromFramework(MENSPERSPECTIEF);
