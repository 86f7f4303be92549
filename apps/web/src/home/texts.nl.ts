/** Dutch texts of home, loaded with its screens (i18n/features.ts); texts.en.ts has the same keys. */

export const homeNl = {
  greeting: {
    morning: 'Goedemorgen, {{name}}',
    afternoon: 'Goedemiddag, {{name}}',
    evening: 'Goedenavond, {{name}}',
  },
  placesTitle: 'Jouw plek in Kring',
  roleInTeam: '{{role}} in {{team}}',
  network: 'Lerend netwerk {{name}}',
  next: {
    title: 'Wat staat er voor je klaar',
    empty: 'Er wacht nu niets op je. Zodra je wordt uitgenodigd voor een sessie of er iets voor je klaarstaat, zie je het hier.',
    emptyPlanner:
      'Er wacht nu niets op je. Plan een casusreflectie met je team: kies een werkvorm, eventueel een casus, en nodig je collega’s uit.',
    join_session: 'Nu bezig: “{{title}}” — doe mee',
    prepare_session: 'Bereid je sessie voor: “{{title}}”',
    attend_session: 'Je bent uitgenodigd: “{{title}}”',
    prepare_mirror_conversation: 'Bereid het spiegelgesprek voor: “{{title}}”',
    answer_visit_proposal: 'Geef je antwoord op het visitatievoorstel met {{title}}',
    decide_lens_proposal: 'Neem het voorstel van {{title}} voor de kijkwijzer over, of wijs het af',
    respond_to_mirror_report: 'Het spiegelrapport van {{title}} wacht op jouw reactie',
    plan_visit: 'Maak afspraken voor de visitatie met {{title}}',
    take_visit_notes: 'Je gaat op visitatie bij {{title}}: open het notitieboek op je telefoon',
    check_story: 'Lees je verhaal en geef je akkoord: “{{title}}”',
    look_back_on_practices_one: 'Kijk terug op een nieuwe praktijk: “{{title}}”',
    look_back_on_practices_other: 'Kijk terug op {{count}} nieuwe praktijken, te beginnen met “{{title}}”',
    read_notifications_one: 'Je hebt een ongelezen melding',
    read_notifications_other: 'Je hebt {{count}} ongelezen meldingen',
    add_location: 'Voeg een locatie toe aan {{organisation}}: jullie woonhuis, zorgboerderij of plek voor dagbesteding',
    add_team: 'Maak een team aan in {{organisation}}: de vaste groep begeleiders die samen reflecteert',
    invite_member: 'Nodig je collega’s uit voor {{organisation}}: zij krijgen een e-mail met een persoonlijke link',
  },
  coordinator: {
    title: 'Lerend netwerk {{name}}',
    text: 'Wat de organisaties samen leren, als geheel: nooit per organisatie en nooit als rangorde.',
    network: 'Organisaties, visitatierondes en netwerkoogst',
    patterns: 'Patronen van het netwerk over tijd',
    overview: 'Jaaroverzicht van het netwerk',
  },
  aboutTitle: 'Waar is Kring voor?',
  aboutIntro:
    'Kring helpt kleine zorgteams om samen te leren van wat ze meemaken: met verhalen en open vragen, niet met scores of afvinklijsten. Wat in Kring besproken wordt, is om van te leren, niet om iemand op te beoordelen.',
  features: {
    sessions: {
      title: 'Casusreflectie',
      text: 'Met je team een casus uit de eigen praktijk bespreken, met een werkvorm die het gesprek leidt. Wat jullie leren, wordt een nieuwe praktijk om te proberen.',
    },
    mirror: {
      title: 'Spiegelgesprekken met naasten',
      text: 'Naasten vertellen hoe zij de zorg beleven en het team luistert. Naasten hebben daar geen account voor nodig.',
    },
    visit: {
      title: 'Collegiale visitatie',
      text: 'Op bezoek bij een andere kleinschalige zorgorganisatie, met open vragen per kernwaarde in plaats van een checklist.',
    },
  },
};
