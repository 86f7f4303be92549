// The live-session snapshot for the web's specs is the domain's one fixture (a test file, so not in @kring/domain's index).
export { ANNA, liveEntry, liveState, SANNE, SESSION } from '../../../../../libs/domain/src/live-session/live-state.fixture';
