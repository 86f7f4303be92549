/** Dutch texts of notifications (meldingen), as `notifications` in i18n/nl.ts; texts.en.ts has the same keys. */
export const notificationsNl = {
  title: 'Meldingen',
  intro:
    'Uitnodigingen, herinneringen en verslagen die klaarstaan: voor sessies, spiegelgesprekken, visitaties en het terugkijken op nieuwe praktijk. Je krijgt ze ook per e-mail.',
  unreadOnly: 'Alleen ongelezen',
  markAll: 'Alles gelezen',
  markRead: 'Markeer als gelezen',
  open: 'Bekijken',
  new: 'Nieuw',
  more: 'Oudere meldingen',
  empty: 'Geen meldingen.',
  emptyUnread: 'Je hebt alles gelezen.',
  from: '{{organisation}} · {{when}}',
};
