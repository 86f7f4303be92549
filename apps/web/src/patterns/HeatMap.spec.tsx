import { renderToStaticMarkup } from 'react-dom/server';
import type { ValuePatternsPartsFragment } from '../graphql/generated';
import '../i18n';
import { HeatMap, HeatTable } from './HeatMap';

/** Two quarters; "Thuis voelen" tagged 6 times as a strength in the first, fewer than five (null) in the second. */
function patterns(level: 'organisation' | 'network', secondSuppressed = false): ValuePatternsPartsFragment {
  const empty = { visibleStrength: null, underPressure: null, openQuestion: null };
  return {
    level,
    minGroupSize: 5,
    ownOrganisationsLeftOut: [],
    quarters: [
      { quarter: '2026-Q3', suppressed: false },
      { quarter: '2026-Q4', suppressed: secondSuppressed },
    ],
    rows: [{ valueId: 'feeling_at_home', cells: [{ ...empty, visibleStrength: 6 }, empty] }],
    vulnerabilities: [],
    internalSystems: { rulesKeepGrowing: false, riskTagged: false, raised: false, quarters: [] },
  } as unknown as ValuePatternsPartsFragment;
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the heat map', () => {
  it('shows a count of five or more, leaves fewer than five blank and hatched, and says what each shade means', () => {
    const html = renderToStaticMarkup(<HeatMap patterns={patterns('organisation')} direction="visible_strength" />);
    expect(html).toMatch(/data-level="1"[^>]*>6</);
    expect(html).toMatch(/class="heat-map__cell" data-level="few"><\/span>/);
    expect(html).toContain('aria-label="Wat de kleuren betekenen"');
    expect(text(html)).toContain('minder dan 5, of geen: niet getoond');
    expect(text(html)).toContain('5 tot en met 9');
    // An empty quarter happens on the network level only; an organisation's legend does not name it.
    expect(text(html)).not.toContain('te weinig organisaties');
  });

  it('names the empty quarter in the network’s legend, and shows nothing of that quarter', () => {
    const html = renderToStaticMarkup(<HeatMap patterns={patterns('network', true)} direction="under_pressure" />);
    expect(text(html)).toContain('te weinig organisaties: kwartaal leeg');
    expect(html).toContain('class="heat-legend heat-map--under_pressure"');
    expect(html).toMatch(/class="heat-map__cell" data-level="suppressed"><\/span>/);
  });

  it('says a left-out count in words in the table, never as a number', () => {
    const html = text(renderToStaticMarkup(<HeatTable patterns={patterns('network', true)} />));
    expect(html).toContain('Zichtbaar sterk: 6');
    expect(html).toContain('Zichtbaar sterk: te weinig organisaties');
    expect(html).not.toMatch(/: [0-4]\b/);
  });
});
