/** The screens of learning-networks, loaded by the router only when one is opened (app/App.tsx). */
export { JoinNetworkPage } from './JoinNetworkPage';
export { NetworkPage } from './NetworkPage';
