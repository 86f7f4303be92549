/** The public surface of mirror-conversations: what other features may import. */
export { MIRROR_PATH, mirrorPath } from './paths';
