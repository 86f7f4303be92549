import { PlanMove, planMove } from '../plan-move';

const AT = new Date('2026-03-28T19:00:00Z');
const planned = { status: 'planned', scheduledAt: AT, place: 'De huiskamer' };

describe('planMove', () => {
  it.each([
    {
      what: 'nothing changed',
      current: planned,
      next: { scheduledAt: AT, place: 'De huiskamer' },
      move: { dateMoved: false, moved: false },
    },
    {
      what: 'the same moment written in Dutch summer time is not a move',
      current: planned,
      next: { scheduledAt: new Date('2026-03-28T20:00:00+01:00'), place: 'De huiskamer' },
      move: { dateMoved: false, moved: false },
    },
    {
      what: 'an hour later over the March clock change is a move',
      current: planned,
      next: { scheduledAt: new Date('2026-03-29T20:00:00+02:00') },
      move: { dateMoved: true, moved: true },
    },
    {
      // The form and every page (and mail) show whole minutes: a start stored with seconds, sent back without, is where it was.
      what: 'seconds apart in the same minute is no move',
      current: { ...planned, scheduledAt: new Date(AT.getTime() + 42_000) },
      next: { scheduledAt: AT },
      move: { dateMoved: false, moved: false },
    },
    {
      what: 'a minute later is a move',
      current: planned,
      next: { scheduledAt: new Date(AT.getTime() + 60_000) },
      move: { dateMoved: true, moved: true },
    },
    { what: 'another place', current: planned, next: { scheduledAt: AT, place: 'De tuinkamer' }, move: { dateMoved: false, moved: true } },
    { what: 'the place left out keeps the old one', current: planned, next: { scheduledAt: AT }, move: { dateMoved: false, moved: false } },
    {
      what: 'the place sent as null keeps the old one',
      current: planned,
      next: { scheduledAt: AT, place: null },
      move: { dateMoved: false, moved: false },
    },
    {
      what: 'an empty place where there was one is a move',
      current: planned,
      next: { scheduledAt: AT, place: '' },
      move: { dateMoved: false, moved: true },
    },
    {
      what: 'during the conversation nothing moves for the relatives',
      current: { ...planned, status: 'live' },
      next: { scheduledAt: new Date('2026-04-01T19:00:00Z'), place: 'De tuinkamer' },
      move: { dateMoved: false, moved: false },
    },
  ] as {
    what: string;
    current: { status: string; scheduledAt: Date; place: string };
    next: { scheduledAt: Date; place?: string | null };
    move: PlanMove;
  }[])('$what', ({ current, next, move }) => {
    expect(planMove(current, next)).toEqual(move);
  });
});
