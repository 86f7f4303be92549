export * from './i18n/language';
export * from './i18n/messages';
export * from './organisation/roles';
export * from './organisation/profile';
export * from './validation/limits';
