/** Dutch texts of the personal calendar feed, as `calendar` in i18n/nl.ts; texts.en.ts has the same keys. */
export const calendarNl = {
  title: 'Mijn agenda',
  intro:
    'Zet je sessies, spiegelgesprekken, visitaties en terugkijkmomenten van je team in je eigen agenda (bijvoorbeeld Google Agenda, Outlook of Apple Agenda). Je agenda haalt ze zelf op en blijft bijgewerkt.',
  privacy:
    'De link is geheim: iedereen die hem heeft, ziet wanneer je wat hebt. Waar het over gaat (de vraag, het thema, {{theResident}}) staat er nooit in; dat lees je in Kring.',
  inactive: 'Je hebt nog geen agenda-link.',
  create: 'Agenda-link maken',
  active: 'Je agenda-link werkt sinds {{since}}.',
  lastFetched: 'Je agenda haalde hem het laatst op {{when}}.',
  neverFetched: 'Je agenda heeft hem nog niet opgehaald.',
  lost: 'De link zelf wordt om veiligheidsredenen niet bewaard. Kwijt? Maak een nieuwe; de oude werkt dan niet meer.',
  renew: 'Nieuwe link maken',
  revoke: 'Link uitzetten',
  revokeConfirm: 'Uitzetten',
  revoked: 'De agenda-link is uitgezet. Je agenda krijgt geen nieuwe afspraken meer uit Kring.',
  newLink: 'Je nieuwe agenda-link',
  newLinkHint:
    'Kopieer hem nu: hij wordt maar één keer getoond. Plak hem in je agenda bij "abonneren via URL" of "agenda toevoegen vanaf internet".',
  copy: 'Kopiëren',
  copied: 'Gekopieerd.',
  openApp: 'Openen in mijn agenda-app',
};
