import { dutchPlural } from '../dutch-plural';

describe('the plural of a Dutch word for the people an organisation cares for', () => {
  it.each([
    ['bewoner', 'bewoners'],
    ['deelnemer', 'deelnemers'],
    ['zorgvrager', 'zorgvragers'],
    ['jongen', 'jongens'],
    ['meisje', 'meisjes'],
    ['logé', 'logés'],
    ['familie', 'families'],
    ['opa', "opa's"],
    ['baby', "baby's"],
    ['jongere', 'jongeren'],
    ['oudere', 'ouderen'],
    ['volwassene', 'volwassenen'],
    ['gast', 'gasten'],
    ['cliënt', 'cliënten'],
    ['mens', 'mensen'],
    ['vrouw', 'vrouwen'],
    ['boer', 'boeren'],
    ['officier', 'officieren'],
    ['man', 'mannen'],
    ['pupil', 'pupillen'],
    ['leerling', 'leerlingen'],
    ['huisgenoot', 'huisgenoten'],
    ['buur', 'buren'],
    ['heer', 'heren'],
    ['baas', 'bazen'],
    ['neef', 'neven'],
    ['huis', 'huizen'],
    ['kind', 'kinderen'],
    ['pleegkind', 'pleegkinderen'],
    ['gezinslid', 'gezinsleden'],
    ['Deelnemer', 'Deelnemers'],
  ])('%s → %s', (one, many) => {
    expect(dutchPlural(one)).toBe(many);
  });
});
