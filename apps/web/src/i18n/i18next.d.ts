import 'i18next';
import type { nl } from './nl';

// Lets the compiler reject translation keys that do not exist.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}
