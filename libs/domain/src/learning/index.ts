export * from './quarters';
export * from './heat-map';
export * from './recurring-vulnerabilities';
export * from './internal-systems';
export * from './practices';
export * from './stories';
export * from './library';
export * from './dutch-verb-forms';
