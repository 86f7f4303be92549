import { SHIPPED_METHODS } from '@kring/domain';
import { sessionsByMethod } from '../sessions-by-method';

describe('sessionsByMethod (the network year overview)', () => {
  it('gives every shipped method a row in the shipped order, held or not, and the own methods one row together', () => {
    const rows = sessionsByMethod(
      [
        { method_id: 'org-korte-incidentbespreking-hoeve', count: 2 },
        { method_id: 'incident_method', count: 6 },
        { method_id: 'org-onze-werkvorm', count: 1 },
        { method_id: 'org-korte-incidentbespreking-hoeve-2', count: 3 },
      ],
      'nl',
    );
    expect(rows).toEqual([
      { label: 'Casusreflectie met de presentie-lens', count: 0 },
      { label: 'Waardenreflectie: "Zou je dat thuis ook doen?"', count: 0 },
      { label: 'Incidentmethode', count: 6 },
      { label: 'Dilemmamethode (moreel beraad)', count: 0 },
      { label: 'Kwaliteit van zorg 2.0', count: 0 },
      { label: 'Beelden van kwaliteit', count: 0 },
      { label: 'Luisteraarsreflectie na een spiegelgesprek', count: 0 },
      { label: 'Eigen werkvormen van de organisaties, samen', count: 6 },
    ]);
  });

  it('is the same list when nothing was held: the rows do not tell which methods were used', () => {
    const none = sessionsByMethod([], 'en');
    expect(none.map((r) => r.label)).toEqual([...SHIPPED_METHODS.map((m) => m.name.en), 'The organisations’ own methods, together']);
    expect(none.every((r) => r.count === 0)).toBe(true);
    expect(sessionsByMethod([{ method_id: 'dilemma_method', count: 1 }], 'en').map((r) => r.label)).toEqual(none.map((r) => r.label));
  });
});
