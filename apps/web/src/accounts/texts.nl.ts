/** Dutch texts of accounts, loaded with its screens (i18n/features.ts); texts.en.ts has the same keys. */

export const loginNl = {
  title: 'Inloggen',
  submit: 'Inloggen',
  forgot: 'Wachtwoord vergeten?',
};

export const forgotNl = {
  title: 'Wachtwoord vergeten',
  intro: 'Vul je e-mailadres in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.',
  submit: 'Herstellink versturen',
  sent: 'Als dit adres bekend is, is er een e-mail verstuurd. Kijk ook even bij je ongewenste e-mail. De link is maar een tijdje geldig.',
  back: 'Terug naar inloggen',
};

export const resetNl = {
  title: 'Nieuw wachtwoord kiezen',
  password: 'Nieuw wachtwoord',
  submit: 'Wachtwoord opslaan',
  requestNew: 'Vraag een nieuwe link aan',
};

export const invitationNl = {
  title: 'Uitnodiging',
  invited: 'Je bent uitgenodigd voor {{organisation}} als {{role}}.',
  invitedWithTeam: 'Je bent uitgenodigd voor {{organisation}} als {{role}} (team {{team}}).',
  forEmail: 'De uitnodiging is voor {{email}}.',
  hasAccount: 'Je hebt al een account bij Kring. Vul je wachtwoord in om de uitnodiging aan te nemen.',
  newAccount: 'Kies je naam en een wachtwoord; daarmee log je voortaan in.',
  submit: 'Uitnodiging aannemen',
};

export const profileNl = {
  title: 'Jouw profiel',
  emailIs: 'Je logt in met {{email}}.',
  submit: 'Opslaan',
  saved: 'Je profiel is opgeslagen.',
  password: {
    title: 'Wachtwoord wijzigen',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    submit: 'Wachtwoord wijzigen',
    changed: 'Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd; hier blijf je ingelogd.',
  },
  everywhere: {
    title: 'Overal uitloggen',
    intro:
      'Telefoon kwijt, of ergens vergeten uit te loggen? Hiermee log je op elk apparaat uit, ook hier. Open schermen van sessies en gesprekken sluiten meteen.',
    submit: 'Overal uitloggen',
  },
};
