import 'i18next';
import type { Catalogue } from './features';

// Lets the compiler reject translation keys that do not exist.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Catalogue };
  }
}
