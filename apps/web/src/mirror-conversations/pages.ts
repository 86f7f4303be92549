/** The screens of mirror-conversations, loaded by the router only when one is opened (app/App.tsx). */
export { MirrorConversationPage } from './MirrorConversationPage';
export { MirrorConversationsPage } from './MirrorConversationsPage';
export { MirrorConsolePage } from './live/MirrorConsolePage';
export { MirrorProjectorPage } from './live/MirrorProjectorPage';
