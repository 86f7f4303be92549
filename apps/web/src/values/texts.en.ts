import type { valuesNl } from './texts.nl';

export const valuesEn: typeof valuesNl = {
  title: 'Values and lenses',
  sectionsLabel: 'On this page',
  source: 'Source: {{source}}. Version {{version}}.',
  valuesTitle: 'The six core values',
  concernsTitle: 'Who is it about?',
  concernsIntro:
    'Core values 1 to 3 describe what residents and relatives experience, 4 and 5 how carers and care entrepreneurs act, and 6 the setting. That way a question goes to the right person.',
  concerns: 'Mostly about: {{who}}',
  prompts: 'Questions to reflect on',
  subValues: 'Sub-values',
  factors: 'Promoting factors',
  vulnerabilities: 'Vulnerabilities',
  noVulnerabilities: 'The research named no vulnerabilities here.',
  guidingTitle: 'General questions',
  taggingTitle: 'Tagging, not scoring',
  taggingIntro:
    'A contribution, observation or finding can be tagged with a value (or sub-value, factor or vulnerability) and a direction. Nothing is added up into a number, and organisations are never compared with each other.',
  directionsTitle: 'Directions',
  directions: {
    visible_strength: 'The value shows clearly here; something to hold on to.',
    under_pressure: 'The value is being squeezed here; something to look at together.',
    open_question: 'We do not know yet; a question to talk about further.',
  },
  recognisabilityTitle: 'Recognisability',
  recognisabilityIntro: 'Where a level is needed after all, use recognisability, never a number:',
  recognisability: {
    visible: 'We clearly recognise the value in practice.',
    partly_visible: 'We recognise the value sometimes, or for some of the residents.',
    not_yet_visible: 'We do not recognise the value yet; there is something to learn here.',
    not_discussed: 'It has not been talked about (yet).',
  },
  patterns: 'What comes back over a longer time is shown as a pattern (for example per value and per quarter), never as a total.',
  lensesTitle: 'Other lenses',
  lensesIntro: 'Besides the person perspective, a session can choose other lenses. Each lens gives open questions, not a checklist.',
  lensUse: 'What for: {{use}}',
};
