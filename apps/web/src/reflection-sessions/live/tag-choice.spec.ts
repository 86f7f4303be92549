import { chooseValue, NO_TAG_CHOICE, submitTag } from './tag-choice';

describe('choosing a value for an entry', () => {
  it('says "Kies een waarde" when a tag is asked for without one, and no longer once a value is chosen', () => {
    const asked = submitTag(NO_TAG_CHOICE);
    expect(asked).toEqual({ next: { ...NO_TAG_CHOICE, missing: true } });
    expect(chooseValue(asked.next, 'safety')).toEqual({ ...NO_TAG_CHOICE, itemId: 'safety', missing: false });
  });

  it('sends the chosen value and direction, and starts afresh for the next tag', () => {
    const chosen = { ...chooseValue(NO_TAG_CHOICE, 'safety'), direction: 'under_pressure' as const, query: 'geborgen' };
    expect(submitTag(chosen)).toEqual({ next: NO_TAG_CHOICE, tag: { itemId: 'safety', direction: 'under_pressure' } });
  });
});
