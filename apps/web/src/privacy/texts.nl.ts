/** Dutch texts of the privacy pages, as `privacy` in i18n/nl.ts; texts.en.ts has the same keys. */
export const privacyNl = {
  title: 'Privacy',
  intro:
    'Wat de AVG van jullie vraagt, op één plek: wie wat las of exporteerde, hoe lang ruwe notities blijven, en verzoeken van mensen om hun gegevens in te zien of te wissen.',
  adminsOnly: 'Deze pagina is voor beheerders van een organisatie.',
  log: {
    title: 'Logboek',
    intro: 'Wie wat las, exporteerde of veranderde. Het logboek noemt wat voor iets het was, nooit de inhoud.',
    person: 'Wie',
    anyone: 'Iedereen',
    action: 'Wat',
    anything: 'Alles',
    from: 'Vanaf',
    until: 'Tot en met',
    table: 'Logboek',
    when: 'Wanneer',
    subject: 'Waarover',
    kring: 'Kring zelf',
    empty: 'Niets gevonden met deze filters.',
    more: 'Eerdere gebeurtenissen',
    count: '{{count}} gewist',
  },
  retention: {
    title: 'Wat Kring bewaart, en hoe lang',
    intro:
      'Ruwe notities zijn werkmateriaal: nodig om een oogst, verslag of rapport te maken, niet om te bewaren. Kring wist ze vanzelf zodra ze hun doel gediend hebben; hieronder staat per soort wanneer, en waarom. Oogsten, goedgekeurde verslagen, citaten met toestemming, beelden in een spiegelrapport en goedgekeurde verhalen blijven.',
    kinds: 'Wat Kring maar even bewaart, wanneer het weg gaat en waarom:',
    why: 'Waarom:',
    choose: 'Ook wissen',
    chooseHint:
      'Dit is een keuze van jullie organisatie. Wat aangevinkt is, wist Kring voortaan op het moment dat erbij staat; waar dat moment al voorbij is, blijft het. Gewist is niet meer terug te halen.',
    period: 'Bewaren',
    save: 'Termijn opslaan',
    saved: 'De bewaartermijn is opgeslagen.',
    lastPurge: 'Laatst opgeruimd op {{when}}: {{count}} notities verwijderd.',
    neverPurged: 'Er is nog niet opgeruimd.',
    purgeNow: 'Nu opruimen',
    purged_zero: 'Opgeruimd: er was niets ouder dan de termijn.',
    purged_one: 'Opgeruimd: {{count}} notitie verwijderd.',
    purged_other: 'Opgeruimd: {{count}} notities verwijderd.',
  },
  person: {
    title: 'Gegevens van een persoon',
    intro:
      'Vraagt iemand om alles wat jullie over hem of haar bewaren (inzage), of om wissen? Kies de persoon. Beide worden in het logboek vastgelegd.',
    choose: 'Persoon',
    choosePlaceholder: 'Kies iemand',
    export: 'Alles exporteren (JSON)',
    exported: 'De export is gedownload.',
    exportHint:
      'Het bestand bevat alles wat Kring over {{name}} bewaart, ook wat in Kring alleen {{name}} zelf leest: eigen casussen, memo’s als gespreksleider, verhalen die nog gecontroleerd worden. Geef het alleen aan {{name}}.',
    eraseTitle: 'Gegevens wissen',
    rules: {
      intro: 'Wat er gebeurt als je iemands gegevens wist:',
      removed:
        'Weg: het lidmaatschap, meldingen, eigen casussen die alleen deze persoon kon lezen, eigen notities als luisteraar, plaatsen in sessies en gesprekken die nog niet geweest zijn, uitnodigingen en mails aan het e-mailadres, en verhalen die de verteller nog niet had goedgekeurd.',
      kept: 'Blijft, onder een vaste schuilnaam zoals "{{example}}": wat deze persoon inbracht in gedeelde sessies, oogsten, nieuwe praktijk, hoofdstukken van gedeelde casussen, vastgelegde toestemming en het logboek. Collega’s en verslagen steunen daarop; het blijft alleen zichtbaar voor wie het al mocht zien, en wat anoniem was blijft anoniem. Goedgekeurde verhalen blijven alleen voor de kringen waarvoor de verteller toestemming gaf.',
      account:
        'Het account verdwijnt helemaal als de persoon nergens anders lid is. Is de persoon ook lid van een andere organisatie of een lerend netwerk, dan blijft het account daar bestaan.',
      final: 'Wissen kan niet ongedaan worden gemaakt.',
    },
    confirmation: 'Typ ter bevestiging de naam: {{name}}',
    erase: 'Gegevens wissen',
    erased: 'De gegevens zijn gewist. Wat bleef, staat nu op naam van {{pseudonym}}.',
    accountDeleted: 'Het account is verwijderd.',
    accountAnonymised:
      'Het account kon niet worden verwijderd omdat eerdere gegevens elders ernaar verwijzen; naam, e-mailadres en wachtwoord zijn gewist.',
    accountKept: 'Het account blijft bestaan voor de andere organisatie of het netwerk waar deze persoon lid van is.',
    kept_one: '{{count}} bijdrage blijft onder de schuilnaam.',
    kept_other: '{{count}} bijdragen blijven onder de schuilnaam.',
    removed_one: '{{count}} gegeven is verwijderd.',
    removed_other: '{{count}} gegevens zijn verwijderd.',
  },
  myData: {
    title: 'Mijn gegevens',
    intro:
      'Download alles wat Kring over jou bewaart, als bestand (JSON). Wil je dat jouw gegevens gewist worden? Vraag het de beheerder van je organisatie.',
    download: 'Mijn gegevens downloaden',
    downloaded: 'Je gegevens zijn gedownload.',
  },
};
