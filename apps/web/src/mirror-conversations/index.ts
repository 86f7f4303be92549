/** The public surface of mirror-conversations: what other features may import. */
export { MirrorConversationPage } from './MirrorConversationPage';
export { MirrorConversationsPage } from './MirrorConversationsPage';
export { MirrorConsolePage } from './live/MirrorConsolePage';
export { MirrorProjectorPage } from './live/MirrorProjectorPage';
