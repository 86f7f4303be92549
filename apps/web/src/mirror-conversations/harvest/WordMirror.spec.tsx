import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import { WordMirror } from './WordMirror';

type Mirror = Parameters<typeof WordMirror>[0]['mirror'];

const phrases = [{ phrase: 'vertrouwde gezichten', important: 6, experienced: 5 }];
const render = (mirror: Mirror) => renderToStaticMarkup(<WordMirror mirror={mirror} />);

describe('the word mirror of a harvest theme', () => {
  it('says how many answered beside the counts when nothing can be worked out from them', () => {
    const html = render({ respondents: 12, shown: true, phrases });
    expect(html).toContain('Vooraf beantwoord door 12 naasten.');
    expect(html).toContain('5 personen');
  });

  it('says "5 of meer" when the number is hidden because a count beside it would tell how few did not name a phrase', () => {
    // Six answered and five experience it: "6" beside "5 personen" would point at the one who did not.
    const html = render({ respondents: null, shown: true, phrases });
    expect(html).toContain('Vooraf beantwoord door 5 of meer naasten. Het precieze aantal is verborgen');
    expect(html).toContain('5 personen');
    // Not the message for a theme too few answered: five or more did, and the mirror is shown.
    expect(html).not.toContain('Minder dan 5 naasten beantwoordden');
    expect(html).toContain('vertrouwde gezichten');
  });

  it('shows each phrase as a card with its counts on a phone, not in a table that scrolls sideways', () => {
    expect(render({ respondents: 12, shown: true, phrases })).toContain('class="table-wrap table-wrap--stack"');
  });

  it('shows nothing of a theme fewer than five answered', () => {
    const html = render({ respondents: null, shown: false, phrases: [] });
    expect(html).toContain('Minder dan 5 naasten beantwoordden dit thema vooraf.');
    expect(html).not.toContain('Vooraf beantwoord door');
  });
});
