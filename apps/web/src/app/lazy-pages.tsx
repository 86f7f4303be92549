import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Pages<M> = { [K in keyof M as M[K] extends ComponentType<never> ? K : never]: M[K] };

/**
 * The screens of one feature (its `pages.ts`), fetched the first time one of
 * them is opened: a relative's link or the login page then loads only its own
 * feature, not the whole staff application. The module is asked for once and
 * shared by all its screens (the browser caches the import).
 */
export function lazyPages<M>(load: () => Promise<M>) {
  return <K extends keyof Pages<M>>(name: K): LazyExoticComponent<ComponentType> =>
    lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
