import { Language } from './language';

/**
 * User-facing error messages, one catalogue for API and web so the same code
 * reads the same everywhere. `{name}` placeholders are filled from params.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { nl: 'Log eerst in om verder te gaan.', en: 'Please log in first.' },
  FORBIDDEN: { nl: 'Je hebt geen toegang tot dit onderdeel.', en: 'You do not have access to this.' },
  NOT_FOUND: { nl: 'Dit bestaat niet (meer), of je hebt er geen toegang toe.', en: 'This does not exist (anymore), or you have no access to it.' },
  BAD_USER_INPUT: { nl: 'Controleer de invoer: {details}', en: 'Please check the input: {details}' },
  INVALID_CREDENTIALS: { nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.', en: 'This e-mail address and password do not match.' },
  TOO_MANY_ATTEMPTS: {
    nl: 'Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw of vraag een nieuw wachtwoord aan.',
    en: 'Too many failed attempts. Try again in {minutes} minutes or request a new password.',
  },
  EMAIL_TAKEN: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  SETUP_DONE: { nl: 'Kring is al ingericht. Log in met je account.', en: 'Kring has already been set up. Please log in.' },
  TOKEN_INVALID: {
    nl: 'Deze link is verlopen, al gebruikt of ongeldig. Vraag een nieuwe aan.',
    en: 'This link has expired, has already been used or is invalid. Please ask for a new one.',
  },
  ALREADY_MEMBER: { nl: 'Deze persoon is al lid met deze rol.', en: 'This person is already a member with this role.' },
  LAST_ADMINISTRATOR: {
    nl: 'Een organisatie heeft altijd minstens één beheerder nodig.',
    en: 'An organisation always needs at least one administrator.',
  },
  QUERY_TOO_COMPLEX: {
    nl: 'Deze vraag aan de server is te groot of te diep genest (maximaal {max}).',
    en: 'This request is too large or nested too deeply (at most {max}).',
  },
  MALFORMED_REQUEST: { nl: 'Het verzoek kon niet gelezen worden.', en: 'The request could not be read.' },
  PAYLOAD_TOO_LARGE: {
    nl: 'Dit is te veel tekst in één keer (maximaal 1 MB). Maak het korter; wat je typte staat nog in het formulier.',
    en: 'This is too much text at once (at most 1 MB). Please shorten it; what you typed is still in the form.',
  },
  RATE_LIMITED: { nl: 'Even rustig aan: probeer het zo opnieuw.', en: 'Slow down a little: please try again shortly.' },
  INTERNAL: {
    nl: 'Er ging iets mis aan onze kant. Er is niets verloren; probeer het opnieuw.',
    en: 'Something went wrong on our side. Nothing was lost; please try again.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Readable names of input fields, used in validation messages. */
export const FIELD_LABELS: Record<string, Record<Language, string>> = {
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  password: { nl: 'wachtwoord', en: 'password' },
  displayName: { nl: 'naam', en: 'name' },
  name: { nl: 'naam', en: 'name' },
  organisationName: { nl: 'naam van de organisatie', en: 'organisation name' },
  networkName: { nl: 'naam van het lerend netwerk', en: 'learning network name' },
  adminName: { nl: 'jouw naam', en: 'your name' },
  adminEmail: { nl: 'jouw e-mailadres', en: 'your e-mail address' },
  careVision: { nl: 'zorgvisie', en: 'care vision' },
  token: { nl: 'link', en: 'link' },
  role: { nl: 'rol', en: 'role' },
  kind: { nl: 'soort', en: 'kind' },
  place: { nl: 'plaats', en: 'place' },
};

/** Messages for failed validation constraints; {field} and {value} are filled in. */
export const VALIDATION_MESSAGES: Record<string, Record<Language, string>> = {
  required: { nl: '{field} is verplicht', en: '{field} is required' },
  maxLength: { nl: '{field} mag hoogstens {value} tekens lang zijn', en: '{field} may be at most {value} characters long' },
  minLength: { nl: '{field} moet minstens {value} tekens lang zijn', en: '{field} must be at least {value} characters long' },
  email: { nl: '{field} is geen geldig e-mailadres', en: '{field} is not a valid e-mail address' },
  oneOf: { nl: '{field} heeft geen geldige waarde', en: '{field} does not have a valid value' },
  invalid: { nl: '{field} is ongeldig', en: '{field} is invalid' },
};

export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function errorMessage(code: string, language: Language, params: Record<string, string | number> = {}): string {
  const entry = (ERROR_MESSAGES as Record<string, Record<Language, string>>)[code] ?? ERROR_MESSAGES.INTERNAL;
  return fillTemplate(entry[language], params);
}

export function fieldLabel(field: string, language: Language): string {
  return FIELD_LABELS[field]?.[language] ?? field;
}
