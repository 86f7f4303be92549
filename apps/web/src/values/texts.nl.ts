/** Dutch texts of values, loaded with its screens (i18n/features.ts); texts.en.ts has the same keys. */

export const valuesNl = {
  title: 'Waarden en lenzen',
  sectionsLabel: 'Op deze pagina',
  source: 'Bron: {{source}}. Versie {{version}}.',
  valuesTitle: 'De zes kernwaarden',
  concernsTitle: 'Voor wie?',
  concernsIntro:
    'Kernwaarden 1 tot en met 3 beschrijven wat bewoners en naasten ervaren, 4 en 5 hoe begeleiders en zorgondernemers handelen, en 6 de omgeving. Zo stel je een vraag aan de juiste persoon.',
  concerns: 'Gaat vooral over: {{who}}',
  prompts: 'Vragen om bij stil te staan',
  subValues: 'Subwaarden',
  factors: 'Bevorderende factoren',
  vulnerabilities: 'Kwetsbaarheden',
  noVulnerabilities: 'In het onderzoek zijn hier geen kwetsbaarheden genoemd.',
  guidingTitle: 'Algemene vragen',
  taggingTitle: 'Labelen, niet scoren',
  taggingIntro:
    'Een bijdrage, observatie of bevinding kan een label krijgen: een waarde (of subwaarde, factor of kwetsbaarheid) met een richting. Er wordt niets opgeteld tot een cijfer, en organisaties worden nooit met elkaar vergeleken.',
  directionsTitle: 'Richtingen',
  directions: {
    visible_strength: 'De waarde is hier goed te zien; iets om vast te houden.',
    under_pressure: 'De waarde komt hier in het gedrang; iets om samen naar te kijken.',
    open_question: 'We weten het nog niet; een vraag om verder over te praten.',
  },
  recognisabilityTitle: 'Herkenbaarheid',
  recognisabilityIntro: 'Waar toch een niveau nodig is, gebruik je herkenbaarheid, nooit een getal:',
  recognisability: {
    visible: 'We herkennen de waarde duidelijk in de praktijk.',
    partly_visible: 'We herkennen de waarde soms, of bij een deel van de bewoners.',
    not_yet_visible: 'We herkennen de waarde nog niet; hier valt iets te leren.',
    not_discussed: 'Er is (nog) niet over gesproken.',
  },
  patterns: 'Wat over een langere tijd terugkomt, zie je als patroon (bijvoorbeeld per waarde en per kwartaal), nooit als totaal.',
  lensesTitle: 'Andere lenzen',
  lensesIntro: 'Naast het mensperspectief kan een bijeenkomst andere lenzen kiezen. Elke lens geeft open vragen, geen afvinklijst.',
  lensUse: 'Waarvoor: {{use}}',
};
