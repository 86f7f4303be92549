import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { addTyping, parseTypingRequest, typingNow, typistNamed, TYPING_TIMING } from './typing';

const room = (patch: { revealedPhaseIds?: string[]; closedPhaseIds?: string[] } = {}) => ({
  phases: INCIDENT_METHOD.phases,
  revealedPhaseIds: [],
  closedPhaseIds: [],
  ...patch,
});

describe('"typing…"', () => {
  // "Wat zou jij doen?" is written alone first (privateUntilReveal); "Het incident" is open.
  it.each([
    { phase: 'incident', anonymous: false, revealed: false, named: true },
    { phase: 'incident', anonymous: true, revealed: false, named: false },
    { phase: 'what_would_you_do', anonymous: false, revealed: false, named: false },
    { phase: 'what_would_you_do', anonymous: false, revealed: true, named: true },
    { phase: 'what_would_you_do', anonymous: true, revealed: true, named: false },
  ])('in $phase, anonymous $anonymous, revealed $revealed: a name $named', ({ phase, anonymous, revealed, named }) => {
    expect(typistNamed(room({ revealedPhaseIds: revealed ? [phase] : [] }), phase, anonymous)).toBe(named);
  });

  it('reads a request off the socket, or nothing', () => {
    expect(parseTypingRequest({ sessionId: 's', phaseId: 'incident' })).toEqual({ sessionId: 's', phaseId: 'incident', anonymous: false });
    expect(parseTypingRequest({ sessionId: 's', phaseId: 'incident', anonymous: true })?.anonymous).toBe(true);
    for (const bad of [null, 'x', { sessionId: 's' }, { sessionId: 's', phaseId: '' }, { sessionId: 's', phaseId: 'p', anonymous: 'yes' }])
      expect(parseTypingRequest(bad)).toBeNull();
  });

  it('keeps one line per person, and the unnamed apart, for as long as it is shown', () => {
    let seen = addTyping([], { sessionId: 's', phaseId: 'incident', personId: 'fatima' }, 0);
    seen = addTyping(seen, { sessionId: 's', phaseId: 'incident', personId: null }, 1_000);
    seen = addTyping(seen, { sessionId: 's', phaseId: 'incident', personId: 'fatima' }, 2_000);
    seen = addTyping(seen, { sessionId: 's', phaseId: 'facts', personId: 'bram' }, 2_000);
    expect(seen.filter((s) => s.personId === 'fatima')).toHaveLength(1);
    expect(typingNow(seen, 'incident', 2_500)).toEqual({ personIds: ['fatima'], someone: true });
    expect(typingNow(seen, 'incident', 1_000 + TYPING_TIMING.showForMs)).toEqual({ personIds: ['fatima'], someone: false });
    expect(typingNow(seen, 'incident', 2_000 + TYPING_TIMING.showForMs)).toEqual({ personIds: [], someone: false });
  });
});
