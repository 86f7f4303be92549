export * from './reader-roles';
export * from './cases';
export * from './session-reports';
export * from './mirror-reports';
export * from './stories';
export * from './relatives-statements';
