import type { UserError } from '../../../../engine/graphql/user-error';
import { checkLookBackToCome } from '../look-back-date';

const TODAY = '2026-12-06';

/** What the refusal tells the form, or undefined when the date is let through. */
function refusal(field: string, day: string | null | undefined): unknown {
  try {
    checkLookBackToCome(field, day, TODAY);
  } catch (error) {
    return (error as UserError).extensions;
  }
  return undefined;
}

describe('checkLookBackToCome', () => {
  it.each([null, undefined, TODAY, '2026-12-07', '2031-04-01'])('lets a practice look back on %s', (day) => {
    expect(refusal('lookBackOn', day)).toBeUndefined();
  });

  it.each(['2026-12-05', '2020-01-01'])('refuses %s, next to the field it was typed in, saying from when', (day) => {
    // In the harvest and in the practices list alike.
    for (const field of ['lookBackOn', 'nextLookBackOn']) {
      expect(refusal(field, day)).toEqual({ code: 'BAD_USER_INPUT', params: {}, fields: [{ field, rule: 'notBefore', value: TODAY }] });
    }
  });
});
