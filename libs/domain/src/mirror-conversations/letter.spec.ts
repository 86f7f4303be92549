import { draftMirrorLetter } from './letter';

describe('draftMirrorLetter', () => {
  it('drafts what we heard from the theme summaries and what we will do from the chosen practices', () => {
    const draft = draftMirrorLetter({
      language: 'nl',
      theme: 'Voelt uw naaste zich hier thuis?',
      heldOn: '2026-03-12',
      themes: [
        { name: 'Je thuis voelen', summary: 'Naasten merken dat de eigen spullen en het eigen ritme er mogen zijn. ' },
        { name: 'Informatie', summary: '' },
      ],
      practices: [
        { what: 'Een vast moment per week om naasten te bellen', who: 'Anna', lookBackOn: '2026-06-01' },
        { what: 'Levensverhaal samen met naasten aanvullen', who: '', lookBackOn: '2026-05-01' },
      ],
    });
    expect(draft.heard).toBe(
      'Op 12 maart 2026 spraken we met u over "Voelt uw naaste zich hier thuis?". Dank u wel voor wat u met ons deelde. Dit is wat we hoorden.\n\n' +
        'Je thuis voelen\nNaasten merken dat de eigen spullen en het eigen ritme er mogen zijn.',
    );
    expect(draft.willDo).toBe(
      'Dit gaan we doen:\n- Een vast moment per week om naasten te bellen (Anna)\n  We kijken er op 1 juni 2026 op terug.\n' +
        '- Levensverhaal samen met naasten aanvullen\n  We kijken er op 1 mei 2026 op terug.',
    );
    expect(draft.lookBackOn).toBe('2026-06-01');
  });

  it('says honestly that nothing is chosen yet, in English too', () => {
    const draft = draftMirrorLetter({
      language: 'en',
      theme: 'Feeling at home',
      heldOn: '2026-03-12T19:00:00.000Z',
      themes: [],
      practices: [],
    });
    expect(draft.heard).toContain('On 12 March 2026 we talked with you about "Feeling at home".');
    expect(draft.heard).toContain('We are still discussing what we heard in the team.');
    expect(draft.willDo).toContain('team reflection');
    expect(draft.lookBackOn).toBeNull();
  });
});
