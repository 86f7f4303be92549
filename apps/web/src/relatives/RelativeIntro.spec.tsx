import { renderToStaticMarkup } from 'react-dom/server';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import '../i18n';
import { RelativeIntro } from './RelativeIntro';

/** An invitation from a day-care, where the people taking part come for the day and live elsewhere. */
const invitation = (kind: 'resident' | 'relative') =>
  ({
    kind,
    organisationName: 'Dagbesteding De Werkplaats',
    theme: 'Wat betekent het werk hier voor uw naaste?',
    scheduledAt: '2031-03-02T18:30:00Z',
    durationMinutes: 90,
    place: null,
  }) as unknown as RelativeInvitationPartsFragment;

describe('the explanation in easy-read', () => {
  it('tells a resident what the conversation is about without assuming they live there', () => {
    const html = renderToStaticMarkup(<RelativeIntro invitation={invitation('resident')} easy />);
    expect(html).toContain('We praten samen over hoe het is bij Dagbesteding De Werkplaats.');
    expect(html).not.toMatch(/wonen/i);
  });

  it('tells a relative it is about the care for their relative', () => {
    const html = renderToStaticMarkup(<RelativeIntro invitation={invitation('relative')} easy />);
    expect(html).toContain('We praten over de zorg voor uw naaste bij Dagbesteding De Werkplaats.');
  });
});
