import { renderToStaticMarkup } from 'react-dom/server';
import '../i18n';
import { ConsentChoices } from './ConsentChoices';

const render = (easy: boolean) =>
  renderToStaticMarkup(<ConsentChoices values={['take_part']} onChange={() => {}} organisation="Dagbesteding De Werkplaats" easy={easy} />);

describe("a relative's consent choices", () => {
  it('says who reads the letter without "deelnemers", which a day-care or care farm calls the people it cares for', () => {
    expect(render(false)).toContain('In de samenvatting voor het team en in de brief aan wie meedoet.');
    for (const easy of [false, true]) expect(render(easy)).not.toMatch(/deelnemer/i);
  });
});
