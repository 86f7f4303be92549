/**
 * Dutch texts of "Leren over tijd" (the tabs, the home card) and of the new
 * practices, as `practices` in i18n/nl.ts; texts.en.ts has the same keys.
 */
export const practicesNl = {
  tabs: {
    label: 'Leren over tijd',
    practices: 'Nieuwe praktijken',
    stories: 'Verhalen',
    library: 'Bibliotheek',
    patterns: 'Patronen',
  },
  home: {
    title: 'Leren over tijd',
    text: 'Wat jullie afspreken te proberen, volg je hier maanden later nog: terugkijken, verhalen delen na akkoord van de verteller, leren van anderen in de bibliotheek, en zien welke patronen terugkomen.',
    practices: 'Nieuwe praktijken en terugkijken',
    stories: 'Verhalen',
    library: 'Bibliotheek van het lerend netwerk',
    patterns: 'Patronen over tijd',
  },
  chooseTeam: 'Team',
  allTeams: 'Alle teams die je volgt',
  title: 'Nieuwe praktijken',
  intro:
    'Wat jullie afspraken te proberen, uit bijeenkomsten, spiegelgesprekken met naasten en visitaties. Kijk op de afgesproken datum samen terug: hoe ging het? Wat nog loopt, komt ook terug in de volgende bijeenkomst van het team.',
  empty: 'Er zijn nog geen nieuwe praktijken. Ze ontstaan in de oogst van een bijeenkomst, na een spiegelgesprek of na een visitatie.',
  due: {
    title: 'Tijd om terug te kijken',
    intro_one: 'Bij {{count}} praktijk is de afgesproken datum gekomen.',
    intro_other: 'Bij {{count}} praktijken is de afgesproken datum gekomen.',
    badge: 'Terugkijken',
  },
  running: 'Loopt nog',
  finished: 'Afgerond',
  source: '{{source}}: {{title}}',
  team: 'Team {{team}}',
  lookBack: {
    open: 'Hoe ging het?',
    title: 'Hoe ging het?',
    body: 'Wat hebben jullie gemerkt?',
    bodyHint: 'Wat ging goed, wat schuurde, wat zeggen {{residents}} en naasten ervan?',
    status: 'Hoe gaan jullie verder?',
    keepStatus: 'Zoals het was ({{status}})',
    next: 'Wanneer kijken jullie opnieuw terug?',
    nextHint: 'Laat leeg als er geen nieuwe datum nodig is.',
    submit: 'Terugblik opslaan',
    saved: 'De terugblik is opgeslagen.',
    cancel: 'Annuleren',
  },
};
