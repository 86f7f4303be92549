import { INCIDENT_METHOD, VALUES_REFLECTION_AT_HOME } from '@kring/domain';
import { boardEntries } from './board';
import { liveEntry, liveState } from './live-state.fixture';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('the entries a phase works with', () => {
  // incident (tell) → facts (ask_questions) → decision_moment (tell) → what_would_you_do (contribute) → compare (group) …
  const entries = [
    liveEntry('story', 'incident'),
    liveEntry('question', 'facts', { kind: 'question' }),
    liveEntry('answer', 'what_would_you_do'),
    liveEntry('lesson', 'lessons'),
  ];

  it('is the phase’s own entries in a phase where people write', () => {
    const board = boardEntries(liveState({ currentPhaseIndex: 3, entries }));
    expect(ids(board.working)).toEqual(['answer']);
    expect(ids(board.other)).toEqual(['story', 'question', 'lesson']);
  });

  it('takes the earlier answers, not the story or the questions, when grouping and voting', () => {
    const compare = INCIDENT_METHOD.phases.findIndex((p) => p.id === 'compare');
    const board = boardEntries(liveState({ currentPhaseIndex: compare, entries: [...entries, liveEntry('here', 'compare')] }));
    expect(ids(board.working)).toEqual(['answer', 'here']);
    expect(ids(board.other)).toEqual(['story', 'question', 'lesson']);
  });

  it('takes the story too when tagging with values', () => {
    const phases = VALUES_REFLECTION_AT_HOME.phases;
    const tagging = phases.findIndex((p) => p.kind === 'tag_values');
    const story = phases.findIndex((p) => p.kind === 'tell');
    expect(story).toBeLessThan(tagging);
    const board = boardEntries(
      liveState({
        phases,
        currentPhaseIndex: tagging,
        entries: [liveEntry('story', phases[story].id), liveEntry('asked', phases[story].id, { kind: 'question' })],
      }),
    );
    expect(ids(board.working)).toEqual(['story']);
    expect(ids(board.other)).toEqual(['asked']);
  });
});
