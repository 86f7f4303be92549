/** The public surface of privacy: what other features may import. */
export { MyDataSection } from './MyDataSection';
export { PRIVACY_PATH } from './paths';
