import { checkinPrompt } from './checkin-prompt';
import { CHECKIN_TOPIC_IDS } from './types';

describe("the check-in's questions in the entrepreneur's own word for their people", () => {
  it.each([
    [
      'continuity',
      'deelnemer',
      'Wat gebeurt er met de zorg, het team en de deelnemers als jij morgen wegvalt?',
      'What happens to the care, the team and the participants if you drop out tomorrow?',
    ],
    [
      'rules_and_contracts',
      'jongere',
      'Waar schuren regels, inkoop of contracten met wat jullie jongeren nodig hebben?',
      'Where do rules, procurement or contracts rub against what your young people need?',
    ],
    [
      'rules_and_contracts',
      '',
      'Waar schuren regels, inkoop of contracten met wat jullie bewoners nodig hebben?',
      'Where do rules, procurement or contracts rub against what your residents need?',
    ],
    [
      'continuity',
      'mens met een zorgvraag',
      'Wat gebeurt er met de zorg, het team en de mensen met een zorgvraag als jij morgen wegvalt?',
      'What happens to the care, the team and the mensen met een zorgvraag if you drop out tomorrow?',
    ],
    [
      'staying_small',
      'deelnemer',
      'Wat trekt aan je om te groeien, en wat helpt je klein te blijven?',
      'What pulls you towards growing, and what helps you stay small?',
    ],
  ] as const)('%s at an organisation saying "%s"', (topic, term, nl, en) => {
    expect(checkinPrompt(topic, term)).toEqual({ nl, en });
  });

  it('never says "bewoner" where the organisation chose another word, in any topic', () => {
    for (const topic of CHECKIN_TOPIC_IDS) expect(checkinPrompt(topic, 'deelnemer').nl).not.toMatch(/bewoner/i);
  });
});
