import type { LiveSessionState } from '@kring/domain';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import { EntryBoard } from './EntryBoard';
import { LiveRoomContext, type LiveRoomContextValue } from './live-room-context';
import { ANNA, liveEntry, liveState, SANNE } from './live-state.fixture';
import { ModeratorControls } from './ModeratorControls';

// The web's Jest reads no stylesheets; the room's parts bring the kit's.
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

const NOTHING_YET = 'Er is in deze fase nog niets ingebracht.';

/** A part of the live room as `state`'s viewer sees it (the fixture: the incidentmethode in "Wat zou jij doen?"). */
const render = (element: ReactElement, state: LiveSessionState, forRoom = false) =>
  renderToStaticMarkup(
    <LiveRoomContext.Provider
      value={
        { state, phase: state.phases[state.currentPhaseIndex], send: () => {}, unsent: [], forRoom } as unknown as LiveRoomContextValue
      }
    >
      {element}
    </LiveRoomContext.Provider>,
  );

const asModerator = (patch: Partial<LiveSessionState> = {}) =>
  liveState({ viewer: { personId: SANNE, isModerator: true, ownEntryIds: [] }, ...patch });

describe('an empty board while everyone writes on their own first', () => {
  it('tells the moderator the contributions come once revealed, not that nothing was written', () => {
    const html = render(<EntryBoard />, asModerator());
    expect(html).toContain('Iedereen schrijft eerst voor zichzelf. Hun bijdragen verschijnen hier zodra je ze aan iedereen laat zien.');
    expect(html).not.toContain(NOTHING_YET);
  });

  it('tells a participant who wrote nothing yet that the others’ contributions are still hidden', () => {
    const html = render(<EntryBoard />, liveState());
    expect(html).toContain('De bijdragen van de anderen verschijnen hier zodra de gespreksleider ze laat zien.');
    expect(html).not.toContain(NOTHING_YET);
  });

  it('says nothing was written once revealed, in a phase that is not private, and on the one shared screen', () => {
    const phase = liveState().phases[3].id;
    expect(render(<EntryBoard />, asModerator({ revealedPhaseIds: [phase] }))).toContain(NOTHING_YET);
    expect(render(<EntryBoard />, liveState({ currentPhaseIndex: 0 }))).toContain(NOTHING_YET);
    expect(render(<EntryBoard />, asModerator({ oneScreen: true }), true)).toContain(NOTHING_YET);
  });

  it('shows what the viewer wrote and no note when their board is not empty', () => {
    const phase = liveState().phases[3].id;
    const html = render(<EntryBoard />, liveState({ entries: [liveEntry('e1', phase, { body: 'Ik zou erbij gaan zitten.' })] }));
    expect(html).toContain('Ik zou erbij gaan zitten.');
    expect(html).not.toContain('Iedereen schrijft eerst voor zichzelf.');
  });
});

describe('how many of those present are ready, as the moderator reads it', () => {
  const participant = (personId: string, ready: boolean) => ({
    personId,
    displayName: personId,
    role: 'participant' as const,
    online: true,
    ready,
  });
  const moderator = { personId: SANNE, displayName: 'Sanne', role: 'moderator' as const, online: true, ready: false };
  it.each([
    ['0 van de 2 aanwezigen zijn klaar.', [participant(ANNA, false), participant('b', false)]],
    ['1 van de 2 aanwezigen is klaar.', [participant(ANNA, true), participant('b', false)]],
    ['2 van de 2 aanwezigen zijn klaar.', [participant(ANNA, true), participant('b', true)]],
  ])('%s', (line, participants) => {
    expect(render(<ModeratorControls clockOffsetMs={0} />, asModerator({ participants: [moderator, ...participants] }))).toContain(line);
  });
});
