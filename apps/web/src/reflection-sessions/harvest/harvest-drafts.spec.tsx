import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import type { HarvestDraftTarget } from '../../graphql/generated';
import { HarvestDrafts } from './HarvestDrafts';

jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

/** Sanne's harvest page with one draft gathered from a phase whose harvestFlow sent it as `target`. */
const render = (target: HarvestDraftTarget) =>
  renderToStaticMarkup(
    <HarvestDrafts
      sessionId="s1"
      drafts={[{ id: 'd1', target, body: 'Eerst vragen waar hij heen wil.', flagged: false, phaseTitle: { nl: 'Lessen', en: 'Lessons' } }]}
      editable
      onChanged={() => {}}
    />,
  );

/** The choice of what the draft becomes, as [value, checked]. */
const choice = (html: string) =>
  [...html.matchAll(/<input ([^>]*)\/?>/g)]
    .map(([, attributes]) => attributes)
    .filter((attributes) => attributes.includes('name="target"'))
    .map((attributes) => [/value="(\w*)"/.exec(attributes)?.[1], attributes.includes('checked')]);

describe('a draft from the session, taken over by the moderator', () => {
  it('offers every target in the words of the harvest, its own chosen, and asks who and when for a practice', () => {
    const html = render('practice');
    expect(html).toContain('<legend>Dit concept wordt</legend>');
    expect(choice(html)).toEqual([
      ['insight', false],
      ['advice', false],
      ['practice', true],
    ]);
    expect(html).toContain('Nieuwe praktijk om uit te proberen');
    expect(html).toContain('Als nieuwe praktijk');
    expect(html).toContain('Wie doet het?');
    expect(html).toContain('Wanneer kijken jullie terug?');
  });

  it('asks neither who nor when while it becomes an insight', () => {
    const html = render('insight');
    expect(choice(html)).toEqual([
      ['insight', true],
      ['advice', false],
      ['practice', false],
    ]);
    expect(html).toContain('Als leerpunt');
    expect(html).not.toContain('Wie doet het?');
    expect(html).not.toContain('Wanneer kijken jullie terug?');
  });
});
