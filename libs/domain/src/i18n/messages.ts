import { INTERNAL_ERROR } from './internal-error';
import { Language } from './language';
import { formatNumber } from './numbers';
import { formatDutchDay } from '../time/netherlands-time';

/**
 * User-facing error messages, one catalogue for API and web so the same code
 * reads the same everywhere. `{name}` placeholders are filled from params.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { nl: 'Log eerst in om verder te gaan.', en: 'Please log in first.' },
  FORBIDDEN: { nl: 'Je hebt geen toegang tot dit onderdeel.', en: 'You do not have access to this.' },
  NOT_FOUND: {
    nl: 'Dit bestaat niet (meer), of je hebt er geen toegang toe.',
    en: 'This does not exist (anymore), or you have no access to it.',
  },
  BAD_USER_INPUT: { nl: 'Controleer de invoer: {details}', en: 'Please check the input: {details}' },
  INVALID_CREDENTIALS: { nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.', en: 'This e-mail address and password do not match.' },
  CURRENT_PASSWORD_WRONG: {
    nl: 'Dit is niet je huidige wachtwoord. Weet je het niet meer? Log uit en kies "Wachtwoord vergeten?".',
    en: 'This is not your current password. Forgotten it? Log out and choose "Forgot your password?".',
  },
  TOO_MANY_ATTEMPTS: {
    nl: 'Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw of vraag een nieuw wachtwoord aan.',
    en: 'Too many failed attempts. Try again in {minutes} minutes or request a new password.',
  },
  EMAIL_TAKEN: { nl: 'Er bestaat al een account met dit e-mailadres.', en: 'An account with this e-mail address already exists.' },
  SETUP_DONE: { nl: 'Kring is al ingericht. Log in met je account.', en: 'Kring has already been set up. Please log in.' },
  RESET_ATTEMPTS: {
    nl: 'Er is de laatste tijd al vaak een nieuw wachtwoord aangevraagd. Probeer het over {minutes} minuten opnieuw; kijk intussen in je e-mail (ook bij ongewenste mail).',
    en: 'A new password has been requested many times recently. Please try again in {minutes} minutes; meanwhile, check your e-mail (including the spam folder).',
  },
  SERVER_BUSY: {
    nl: 'Kring is even erg druk. Probeer het over een minuut opnieuw; wat je typte staat nog in het formulier.',
    en: 'Kring is very busy right now. Please try again in a minute; what you typed is still in the form.',
  },
  DEMO_NOT_EMPTY: {
    nl: 'Deze Kring bevat al gegevens ({organisations} organisaties, {people} accounts). Het demo-netwerk laadt alleen in een lege Kring, zodat demogegevens nooit tussen echte gegevens komen. Er is niets veranderd.',
    en: 'This Kring already holds data ({organisations} organisations, {people} accounts). The demo network only loads into an empty Kring, so demo data never mixes with real data. Nothing has been changed.',
  },
  TOKEN_INVALID: {
    nl: 'Deze link is verlopen, al gebruikt of ongeldig. Vraag een nieuwe aan.',
    en: 'This link has expired, has already been used or is invalid. Please ask for a new one.',
  },
  ALREADY_MEMBER: { nl: 'Deze persoon is al lid met deze rol.', en: 'This person is already a member with this role.' },
  LAST_ADMINISTRATOR: {
    nl: 'Een organisatie heeft altijd minstens één beheerder nodig.',
    en: 'An organisation always needs at least one administrator.',
  },
  TEAM_NAME_TAKEN: {
    nl: 'Er is al een team dat "{name}" heet. Kies een andere naam, zodat iedereen weet welk team bedoeld is.',
    en: 'There already is a team called "{name}". Choose another name, so everyone knows which team is meant.',
  },
  LOCATION_NAME_TAKEN: {
    nl: 'Er is al een locatie die "{name}" heet. Kies een andere naam, zodat iedereen weet welke locatie bedoeld is.',
    en: 'There already is a location called "{name}". Choose another name, so everyone knows which location is meant.',
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
  INVALID_METHOD: {
    nl: 'De werkvorm kan zo nog niet worden opgeslagen. {details}',
    en: 'The method cannot be saved like this yet. {details}',
  },
  METHOD_VERSION_CONFLICT: {
    nl: 'Iemand anders heeft deze werkvorm intussen opgeslagen (nu versie {version}). Je wijzigingen staan nog in het formulier; open de nieuwste versie en breng ze daarin aan.',
    en: 'Someone else saved this method in the meantime (now version {version}). Your changes are still in the form; open the newest version and make them there.',
  },
  METHOD_ARCHIVED: {
    nl: 'Deze werkvorm is gearchiveerd en kan niet meer worden aangepast. Maak er een kopie van om ermee verder te gaan.',
    en: 'This method has been archived and can no longer be changed. Make a copy of it to continue with it.',
  },
  SHIPPED_METHOD_READ_ONLY: {
    nl: 'Een werkvorm die met Kring wordt meegeleverd kun je niet aanpassen. Maak er een kopie van; die kun je wel aanpassen.',
    en: 'A method that comes with Kring cannot be changed. Make a copy of it; the copy can be changed.',
  },
  IDENTIFYING_DETAILS: {
    nl: 'De tekst bevat mogelijk herkenbare gegevens ({count}). Pas ze aan, of bevestig dat je ze hebt gecontroleerd.',
    en: 'The text may contain identifying details ({count}). Change them, or confirm that you have checked them.',
  },
  BSN_REFUSED: {
    nl: 'Deze tekst bevat een burgerservicenummer (BSN). Kring bewaart nooit een BSN: haal het nummer weg en probeer het opnieuw. De rest van je tekst staat er nog.',
    en: 'This text contains a citizen service number (BSN). Kring never stores a BSN: remove the number and try again. The rest of your text is still there.',
  },
  ESCALATION_PROMPT: {
    nl: 'Deze tekst lijkt te gaan over {signals}. Daarvoor heeft de organisatie een eigen procedure. Kies of je de tekst weghaalt of toch bewaart; zonder die keuze bewaart Kring hem niet.',
    en: 'This text seems to be about {signals}. The organisation has its own procedure for that. Choose whether to remove the text or keep it anyway; without that choice Kring does not keep it.',
  },
  HARVEST_FLAG_NOT_SEEN: {
    nl: 'Deze tekst is gemarkeerd: wie hem schreef, koos ervoor hem te bewaren terwijl hij leek te gaan over een klacht, incident, misstand of datalek. Bevestig dat je de markering hebt gezien voordat je hem in de oogst opneemt.',
    en: 'This text is flagged: its author kept it knowingly although it seemed to be about a complaint, incident, misconduct or data breach. Confirm that you have seen the flag before you take it into the harvest.',
  },
  CONSENT_REQUIRED: {
    nl: 'Voor deze zichtbaarheid is eerst toestemming nodig: {scope}. Leg de toestemming vast, of kies een kleinere kring.',
    en: 'This visibility needs consent first: {scope}. Record the consent, or choose a smaller circle.',
  },
  CASE_NEEDS_TEAM: {
    nl: 'Kies eerst het team van de casus; pas dan kan het team meelezen.',
    en: 'Choose the team of the case first; only then can the team read along.',
  },
  NOT_YOUR_TEAM: { nl: 'Je kunt alleen een team kiezen waar je zelf bij hoort.', en: 'You can only choose a team you belong to.' },
  ONLY_AUTHOR_SHARES: {
    nl: 'Alleen wie de casus schreef, bepaalt wie hem mag lezen.',
    en: 'Only the author of the case decides who may read it.',
  },
  CONSENT_ALREADY_WITHDRAWN: { nl: 'Deze toestemming is al ingetrokken.', en: 'This consent has already been withdrawn.' },
  PSEUDONYM_IDENTIFYING: {
    nl: 'Een pseudoniem mag geen echte naam of ander herkenbaar gegeven bevatten ({details}).',
    en: 'A pseudonym may not contain a real name or other identifying detail ({details}).',
  },
  PSEUDONYM_TAKEN: { nl: 'Dit pseudoniem staat al in het register.', en: 'This pseudonym is already in the register.' },
  SESSION_NOT_PARTICIPANT: {
    nl: 'Je doet niet mee aan deze sessie. Vraag de gespreksleider om je uit te nodigen.',
    en: 'You are not taking part in this session. Ask the moderator to invite you.',
  },
  SESSION_JOIN_CODE_INVALID: {
    nl: 'Een code heeft 6 tekens: cijfers en de letters A tot en met F, zoals 3F9A2C. Kijk nog eens op het scherm.',
    en: 'A code has 6 characters: digits and the letters A to F, like 3F9A2C. Please check the screen again.',
  },
  SESSION_JOIN_CODE_UNKNOWN: {
    nl: 'Met deze code vinden we geen sessie waaraan jij meedoet. Klopt de code? Anders kan de gespreksleider je uitnodigen.',
    en: 'This code does not lead to a session you are taking part in. Is the code right? Otherwise the moderator can invite you.',
  },
  SESSION_MODERATOR_ONLY: { nl: 'Alleen de gespreksleider kan dit doen.', en: 'Only the moderator can do this.' },
  SESSION_NOT_LIVE: {
    nl: 'Dit kan alleen tijdens de sessie: ze is nog niet begonnen of al afgesloten.',
    en: 'This is only possible during the session: it has not started yet or has already ended.',
  },
  SESSION_NOT_PLANNED: {
    nl: 'Dit kan alleen bij een sessie die nog gepland staat; deze is al begonnen, afgesloten of afgelast.',
    en: 'This is only possible for a session that is still planned; this one has started, ended or been cancelled.',
  },
  SESSION_NOT_EDITABLE: {
    nl: 'Een afgesloten of afgelaste sessie kan niet meer gewijzigd worden.',
    en: 'A session that has ended or been cancelled can no longer be changed.',
  },
  SESSION_REPORT_NOT_YET: {
    nl: 'Het verslag is er zodra de gespreksleider de sessie heeft afgesloten.',
    en: 'The report is there once the moderator has ended the session.',
  },
  SESSION_NOT_CLOSED: {
    nl: 'Sluit de sessie eerst af; daarna kun je het verslag goedkeuren.',
    en: 'End the session first; then you can approve the report.',
  },
  HARVEST_DRAFTS_OPEN: {
    nl: 'Er staan nog concepten uit de bijeenkomst in de oogst ({count}). Neem ze over of haal ze weg; daarna kun je het verslag goedkeuren.',
    en: 'The harvest still holds drafts from the session ({count}). Take them over or remove them; then you can approve the report.',
  },
  HARVEST_PRACTICE_TOO_LONG: {
    nl: 'Een nieuwe praktijk mag hoogstens {max} tekens lang zijn; deze is {length} tekens. Maak hem korter; je tekst staat nog klaar.',
    en: 'A new practice can be at most {max} characters long; this one has {length}. Shorten it; your text is still there.',
  },
  HARVEST_PRACTICE_WHO_AND_WHEN: {
    nl: 'Vul bij een nieuwe praktijk in wie het probeert en wanneer jullie terugkijken.',
    en: 'For a new practice, fill in who tries it and when you look back.',
  },
  SESSION_REPORT_LOCKED: {
    nl: 'Het verslag is al goedgekeurd en kan niet meer gewijzigd worden.',
    en: 'The report has been approved and can no longer be changed.',
  },
  SESSION_PHASE_MOVED: {
    nl: 'De sessie is inmiddels in een andere fase; dit is niet verwerkt. Je tekst staat nog klaar als je hem wilt gebruiken.',
    en: 'The session has moved on to another phase; this was not processed. Your text is still there if you want to use it.',
  },
  SESSION_ACTION_NOT_IN_PHASE: { nl: 'Dat kan niet in deze fase ({phase}).', en: 'That is not possible in this phase ({phase}).' },
  SESSION_VOTE_BUDGET: {
    nl: 'Je hebt al je {budget} stippen in deze fase gebruikt. Haal er eerst een weg.',
    en: 'You have used all your {budget} dots in this phase. Remove one first.',
  },
  SESSION_ENTRY_NOT_ON_BOARD: {
    nl: 'Deze bijdrage hoort bij een andere fase; in "{phase}" werk je met de bijdragen op het bord van deze fase.',
    en: 'This entry belongs to another phase; in "{phase}" you work with the entries on this phase\'s board.',
  },
  SESSION_ENTRY_EMPTY: { nl: 'Schrijf eerst iets op.', en: 'Please write something first.' },
  SESSION_ENTRY_TOO_LONG: {
    nl: 'Een bijdrage mag hoogstens {max} tekens lang zijn; deze is {length} tekens. Maak hem korter of splits hem.',
    en: 'A contribution may be at most {max} characters; this one has {length}. Shorten or split it.',
  },
  SESSION_LABEL_INVALID: {
    nl: 'Geef de groep een naam van hoogstens {max} tekens.',
    en: 'Give the group a name of at most {max} characters.',
  },
  SESSION_NOT_OWN_ENTRY: { nl: 'Je kunt alleen je eigen bijdragen wijzigen.', en: 'You can only change your own contributions.' },
  SESSION_ONE_SCREEN_ONLY: {
    nl: 'Namens de groep schrijven of stemmen kan alleen in de modus "één scherm".',
    en: 'Writing or voting on behalf of the room is only possible in "one screen" mode.',
  },
  SESSION_UNKNOWN_TAG: {
    nl: 'Kies een waarde uit het mensperspectief en een richting: zichtbaar sterk, onder druk of vraag.',
    en: 'Choose a value from the person perspective and a direction: visible strength, under pressure or open question.',
  },
  SESSION_TIMER_RANGE: {
    nl: 'De tijd moet tussen 1 seconde en {max} minuten liggen.',
    en: 'The time must be between 1 second and {max} minutes.',
  },
  SESSION_TOO_MANY_ENTRIES: {
    nl: 'Deze sessie heeft het maximum van {max} bijdragen bereikt.',
    en: 'This session has reached the maximum of {max} contributions.',
  },
  SESSION_INVALID_COMMAND: {
    nl: 'Dit bericht kon niet verwerkt worden ({details}). Ververs de pagina en probeer het opnieuw.',
    en: 'This message could not be processed ({details}). Reload the page and try again.',
  },
  SESSION_MODERATOR_NOT_ALLOWED: {
    nl: 'De gespreksleider moet lid zijn van de organisatie als gespreksleider, zorgondernemer of beheerder.',
    en: 'The moderator must be a member of the organisation as moderator, care entrepreneur or administrator.',
  },
  SESSION_PARTICIPANT_NOT_MEMBER: {
    nl: 'Je kunt alleen mensen uitnodigen die lid zijn van de organisatie.',
    en: 'You can only invite people who are members of the organisation.',
  },
  // Mirror conversations with relatives (spiegelgesprekken) and their personal links.
  MIRROR_NOT_IN_CONVERSATION: {
    nl: 'Je bent geen gespreksleider of luisteraar bij dit spiegelgesprek.',
    en: 'You are not the moderator or a listener of this mirror conversation.',
  },
  MIRROR_MODERATOR_ONLY: {
    nl: 'Alleen de gespreksleider van dit spiegelgesprek kan dit doen.',
    en: 'Only the moderator of this mirror conversation can do this.',
  },
  MIRROR_PLANNER_ONLY: {
    nl: 'Alleen de gespreksleider, de zorgondernemer of een beheerder kan het spiegelgesprek voorbereiden en naasten uitnodigen.',
    en: 'Only the moderator, the care entrepreneur or an administrator can prepare the mirror conversation and invite relatives.',
  },
  MIRROR_NOT_PLANNED: {
    nl: 'Dit kan alleen zolang het spiegelgesprek nog in voorbereiding is.',
    en: 'This is only possible while the mirror conversation is still being prepared.',
  },
  MIRROR_NOT_LIVE: { nl: 'Dit kan alleen tijdens het gesprek.', en: 'This is only possible during the conversation.' },
  MIRROR_NOT_ENDED: {
    nl: 'Sluit het gesprek eerst af; daarna kun je de oogst maken en goedkeuren.',
    en: 'End the conversation first; then you can make and approve the harvest.',
  },
  MIRROR_CANCELLED: {
    nl: 'Dit spiegelgesprek gaat niet door; er kan niets meer aan veranderd worden.',
    en: 'This mirror conversation has been cancelled; nothing can be changed any more.',
  },
  MIRROR_CONSENT_DATE_IN_FUTURE: {
    nl: 'De datum van de toestemming ligt in de toekomst. Vul de dag in waarop de naaste toestemming gaf.',
    en: 'The date of the consent is in the future. Fill in the day the relative gave consent.',
  },
  MIRROR_HARVEST_LOCKED: {
    nl: 'De oogst is goedgekeurd en kan niet meer gewijzigd worden.',
    en: 'The harvest has been approved and can no longer be changed.',
  },
  MIRROR_NOT_APPROVED: { nl: 'Keur eerst de oogst goed; daarna kan dit.', en: 'Approve the harvest first; then this is possible.' },
  MIRROR_TEXT_TOO_LONG: {
    nl: 'Dit mag hoogstens {max} tekens lang zijn; het is nu {length} tekens. Maak het korter of splits het; je tekst staat nog klaar.',
    en: 'This may be at most {max} characters; it now has {length}. Shorten or split it; your text is still there.',
  },
  MIRROR_TOO_MANY: {
    nl: 'Dit spiegelgesprek heeft het maximum van {max} bereikt.',
    en: 'This mirror conversation has reached the maximum of {max}.',
  },
  MIRROR_QUOTE_NEEDS_PARTICIPANT: {
    nl: 'Alleen een uitspraak die aan een naaste gekoppeld is en als citeerbaar gemarkeerd, kan als citaat in de oogst: alleen dan weten we of die naaste toestemming gaf.',
    en: 'Only a statement linked to a relative and marked as quotable can be a quote in the harvest: only then do we know whether that relative gave consent.',
  },
  MIRROR_PARTICIPANT_NOT_TAKING_PART: {
    nl: 'Deze naaste doet niet mee aan het gesprek. Daarom bewaren we geen uitspraken van deze naaste; kies een naaste die meedoet of ‘iemand’.',
    en: 'This relative does not take part in the conversation, so no statements of theirs are kept; choose a relative who takes part or ‘someone’.',
  },
  MIRROR_QUOTE_NO_CONSENT: {
    nl: 'Deze naaste heeft (nu) geen toestemming gegeven om anoniem geciteerd te worden.',
    en: 'This relative has not (or no longer) given consent to be quoted anonymously.',
  },
  MIRROR_LETTER_EMPTY: {
    nl: 'Schrijf eerst wat jullie hoorden en wat jullie gaan doen; daarna kun je de brief versturen.',
    en: 'First write what you heard and what you will do; then you can send the letter.',
  },
  MIRROR_LETTER_NOT_SENT: { nl: 'De brief is nog niet verstuurd.', en: 'The letter has not been sent yet.' },
  MIRROR_REFLECTION_EXISTS: {
    nl: 'Er is al een luisteraarsreflectie gepland voor dit spiegelgesprek.',
    en: 'A listener reflection has already been planned for this mirror conversation.',
  },
  LINK_UNAVAILABLE: {
    nl: 'Deze link werkt niet (meer). Misschien is hij verlopen of ingetrokken, of niet helemaal goed overgenomen. Neem contact op met wie u uitnodigde: zij kunnen u een nieuwe link sturen.',
    en: 'This link does not work (any more). It may have expired or been withdrawn, or it was not copied completely. Please contact whoever invited you: they can send you a new link.',
  },
  LINK_ATTEMPTS: {
    nl: 'Er zijn te vaak links geprobeerd die niet werken. Wacht {minutes} minuten en probeer het dan opnieuw, of vraag om een nieuwe link.',
    en: 'Too many links that do not work have been tried. Please wait {minutes} minutes and try again, or ask for a new link.',
  },
  NETWORK_REQUIRED: {
    nl: 'Je organisatie hoort (nog) niet bij een lerend netwerk. Vraag de coördinator om een uitnodiging.',
    en: 'Your organisation does not belong to a learning network (yet). Ask the coordinator for an invitation.',
  },
  NETWORK_INVITATION_OTHER_EMAIL: {
    nl: 'Deze uitnodiging is verstuurd naar {email}. Log in met dat e-mailadres om mee te doen.',
    en: 'This invitation was sent to {email}. Log in with that e-mail address to join.',
  },
  ALREADY_IN_NETWORK: {
    nl: 'Deze organisatie hoort al bij het lerend netwerk {network}. Een organisatie hoort bij één netwerk tegelijk.',
    en: 'This organisation already belongs to the learning network {network}. An organisation belongs to one network at a time.',
  },
  SAME_ORGANISATION_VISIT: {
    nl: 'Een organisatie kan zichzelf niet bezoeken; kies een andere organisatie uit het netwerk.',
    en: 'An organisation cannot visit itself; choose another organisation of the network.',
  },
  LENS_INVALID: { nl: 'De kijkwijzer kan zo niet: {details}.', en: 'The observation lens is not possible like this: {details}.' },
  LENS_OUTSIDE_NETWORK: {
    nl: 'Kies alleen waarden en spiegelthema’s uit de kijkwijzer van het netwerk (versie {version}).',
    en: 'Choose only values and mirror themes from the network’s observation lens (version {version}).',
  },
  LENS_PROPOSAL_DECIDED: {
    nl: 'Over dit voorstel voor de kijkwijzer is al besloten.',
    en: 'This proposal for the observation lens has already been decided on.',
  },
  MATCHING_TOO_FEW: {
    nl: 'Kies minstens twee organisaties van het netwerk voor een ronde.',
    en: 'Choose at least two organisations of the network for a round.',
  },
  VISIT_PROPOSAL_DECIDED: {
    nl: 'Over dit voorstel is al besloten; kijk bij de visitaties voor de nieuwe stand.',
    en: 'This proposal has already been decided; see the visits for the current state.',
  },
  VISIT_HOST_ONLY: {
    nl: 'Alleen de gastheer (de zorgondernemer van de bezochte organisatie) kan dit doen.',
    en: 'Only the host (the care entrepreneur of the visited organisation) can do this.',
  },
  VISIT_VISITORS_ONLY: { nl: 'Alleen het bezoekende team kan dit doen.', en: 'Only the visiting team can do this.' },
  VISIT_CANCELLED: { nl: 'Deze visitatie is afgezegd.', en: 'This visit has been cancelled.' },
  VISIT_AGREEMENT_INCOMPLETE: {
    nl: 'Spreek eerst alles af voordat je akkoord geeft. Nog nodig: {missing}.',
    en: 'Agree on everything before you confirm. Still needed: {missing}.',
  },
  VISIT_AGREEMENT_LOCKED: {
    nl: 'Beide kanten gaven akkoord, dus focusvraag, doel, kijkwijzer en team liggen vast. Datum, vorm en praktische afspraken kunnen nog wel veranderen.',
    en: 'Both sides agreed, so the focus question, purpose, lens and team are fixed. The date, format and practical arrangements can still change.',
  },
  VISIT_TEAM_INCOMPLETE: {
    nl: 'Het bezoekende team bestaat uit minstens een zorgondernemer en een begeleider van de bezoekende organisatie.',
    en: 'The visiting team consists of at least a care entrepreneur and a care worker of the visiting organisation.',
  },
  VISIT_TEAM_NOT_MEMBER: {
    nl: 'Kies voor het team alleen mensen van de bezoekende organisatie die die rol hebben.',
    en: 'Choose for the team only people of the visiting organisation who have that role.',
  },
  VISIT_TEAM_NAME_REQUIRED: {
    nl: 'Geef de naaste of deskundige in het team een naam; een voornaam is genoeg. Een account is niet nodig.',
    en: 'Give the relative or expert in the team a name; a first name is enough. No account is needed.',
  },
  NOTEBOOK_NOT_OPEN: {
    nl: 'Het notitieboek gaat open als beide kanten akkoord zijn met de afspraken.',
    en: 'The notebook opens once both sides have agreed on the arrangements.',
  },
  NOTE_NOT_YOURS: { nl: 'Je kunt alleen je eigen beelden aanpassen.', en: 'You can only change your own observations.' },
  TOO_MANY_NOTES: {
    nl: 'Deze visitatie heeft het maximum van {max} beelden bereikt.',
    en: 'This visit has reached the maximum of {max} observations.',
  },
  NOTE_CONFLICT_RESOLVED: {
    nl: 'Tussen deze twee versies is al gekozen.',
    en: 'A choice between these two versions has already been made.',
  },
  MIRROR_RESPONSE_CHANGED: {
    nl: 'Iemand anders heeft dit antwoord intussen aangepast. Je tekst staat nog in het veld; lees de nieuwe versie erbij en sla opnieuw op.',
    en: 'Someone else changed this response in the meantime. Your text is still in the field; read the new version and save again.',
  },
  REPORT_CLOSED: {
    nl: 'Het spiegelrapport is afgesloten; er verandert niets meer aan. De gastheer kan nog wel kiezen wie het ziet.',
    en: 'The mirror report has been closed; nothing in it changes any more. The host can still choose who sees it.',
  },
  REPORT_WITH_HOST: {
    nl: 'Het concept ligt al bij de gastheer; de bezoekers passen het niet meer aan.',
    en: 'The draft is already with the host; the visitors no longer change it.',
  },
  REPORT_NOT_WITH_HOST: {
    nl: 'Dit kan pas als de bezoekers hun concept aan de gastheer hebben gegeven.',
    en: 'This is only possible once the visitors have handed their draft to the host.',
  },
  REPORT_TEAM_REQUIRED: {
    nl: 'Kies welk team van jullie het spiegelrapport mag zien.',
    en: 'Choose which of your teams may see the mirror report.',
  },
  // Quality-report exports, privacy operations and the calendar feed.
  REPORT_YEAR_INVALID: { nl: 'Kies een jaar tussen {min} en {max}.', en: 'Choose a year between {min} and {max}.' },
  ERASE_SELF: {
    nl: 'Je kunt je eigen gegevens niet via dit scherm wissen. Vraag een andere beheerder van de organisatie.',
    en: 'You cannot erase your own data on this screen. Ask another administrator of the organisation.',
  },
  ERASE_CONFIRMATION: {
    nl: 'Typ de naam precies zoals hij hier staat ({name}), om te bevestigen dat je de gegevens van deze persoon wilt wissen.',
    en: 'Type the name exactly as shown here ({name}) to confirm that you want to erase this person’s data.',
  },
  NOT_A_MEMBER: {
    nl: 'Deze persoon is geen lid (meer) van de organisatie.',
    en: 'This person is not (or no longer) a member of the organisation.',
  },
  // Learning over time: practices, stories with member check, the community library.
  STORY_AUTHOR_ONLY: { nl: 'Alleen wie het verhaal opschreef, kan dit doen.', en: 'Only the person who wrote the story down can do this.' },
  STORY_CHECK_DONE: {
    nl: 'Het nalezen van deze versie is klaar: de verteller keurde hem goed. Een opmerking hoort bij het nalezen en wordt daarom niet bewaard. Moet er iets veranderen? Dan past de schrijver het verhaal aan en leest de verteller het opnieuw.',
    en: 'The check of this version is done: the storyteller approved it. A remark belongs to the check, so it is not stored. Does something need to change? Then the writer changes the story and the storyteller reads it again.',
  },
  RESIDENT_TERM_TAKEN: {
    nl: 'Kring noemt familie en vrienden al "naaste". Kies een ander woord voor de mensen die jullie zorg krijgen, zoals bewoner of deelnemer.',
    en: 'Kring already calls family and friends "naaste" (relative). Choose another word for the people you care for, such as bewoner or deelnemer.',
  },
  STORY_TEAM_REQUIRED: {
    nl: 'Kies het team dat het verhaal opschreef. Het team leest het pas als de verteller dat goed vindt.',
    en: 'Choose the team that wrote the story down. The team reads it only once the storyteller agrees.',
  },
  STORY_NEEDS_TEAM: {
    nl: 'Jullie organisatie heeft nog geen team. Een verhaal hoort bij het team dat het opschreef: maak eerst een team aan bij de organisatie (onder Teams), of vraag een beheerder dat te doen.',
    en: 'Your organisation has no team yet. A story belongs to the team that wrote it down: first create a team on the organisation’s page (under Teams), or ask an administrator to.',
  },
  STORY_STORYTELLER_ONLY: {
    nl: 'Alleen de verteller van dit verhaal kan dit doen.',
    en: 'Only the storyteller of this story can do this.',
  },
  STORY_STORYTELLER_REQUIRED: {
    nl: 'Kies wie het verhaal vertelde: een collega met een account, of de naam van iemand zonder account (bijvoorbeeld een naaste).',
    en: 'Choose who told the story: a colleague with an account, or the name of someone without one (for instance a relative).',
  },
  STORY_STORYTELLER_NOT_MEMBER: {
    nl: 'Een verteller met een account moet lid zijn van de organisatie. Voor iemand anders vul je een naam in; die persoon leest mee via een persoonlijke link.',
    en: 'A storyteller with an account must be a member of the organisation. For anyone else, fill in a name; they read along through a personal link.',
  },
  STORY_STORYTELLER_LEFT: {
    nl: 'De verteller hoort niet meer bij jullie organisatie en krijgt dit verhaal daarom niet. Wil je het toch laten nakijken? Schrijf het dan opnieuw op met de naam en het e-mailadres van de verteller; die leest mee via een persoonlijke link.',
    en: 'The storyteller no longer belongs to your organisation, so they do not receive this story. Still want it checked? Write it again with the storyteller’s name and e-mail address; they read along through a personal link.',
  },
  STORY_STORYTELLER_EMAIL_REQUIRED: {
    nl: 'Vul het e-mailadres van de verteller in. Kring stuurt de persoonlijke link alleen naar de verteller zelf, zodat niemand anders het verhaal namens de verteller kan goedkeuren.',
    en: "Fill in the storyteller's e-mail address. Kring sends the personal link to the storyteller alone, so nobody else can approve the story on their behalf.",
  },
  STORY_STORYTELLER_HAS_ACCOUNT: {
    nl: 'Deze verteller heeft een account en vindt het verhaal in Kring; een e-mailadres is niet nodig.',
    en: 'This storyteller has an account and finds the story in Kring; no e-mail address is needed.',
  },
  STORY_STORYTELLER_IS_WRITER: {
    nl: 'De verteller moet iemand anders zijn dan jij: de verteller leest het verhaal na en geeft zelf toestemming. Vul het e-mailadres van de verteller in, niet het jouwe.',
    en: 'The storyteller must be someone other than you: they check the story and give consent themselves. Fill in the storyteller’s e-mail address, not yours.',
  },
  STORY_CHANGED: {
    nl: 'Het verhaal is intussen aangepast (nu versie {revision}). Lees de nieuwe versie; je opmerking en keuzes staan nog klaar.',
    en: 'The story has been changed in the meantime (now version {revision}). Read the new version; your remark and choices are still there.',
  },
  STORY_NOT_WITH_STORYTELLER: {
    nl: 'Dit verhaal ligt nu niet ter controle bij de verteller. Wacht tot de schrijver het opnieuw voorlegt.',
    en: 'This story is not with the storyteller for checking right now. Wait until the writer shows it again.',
  },
  STORY_NOT_APPROVED: {
    nl: 'Dit kan pas als de verteller deze versie van het verhaal heeft goedgekeurd.',
    en: 'This is only possible once the storyteller has approved this version of the story.',
  },
  STORY_NO_CONSENT: {
    nl: 'De verteller heeft (nu) geen toestemming gegeven voor: {audience}.',
    en: 'The storyteller has not (or no longer) given consent for: {audience}.',
  },
  LIBRARY_NOT_OWNER: {
    nl: 'Alleen de eigenaar deelt dit: wie de casus of het verhaal schreef, of bij een leerpunt de gespreksleider of een zorgondernemer.',
    en: 'Only the owner shares this: whoever wrote the case or story, or for a lesson the moderator or a care entrepreneur.',
  },
  LIBRARY_IDENTIFYING_DETAILS: {
    nl: 'Er staan nog herkenbare gegevens in de tekst ({count}). Haal ze weg of vervang ze door een aanduiding zoals [naam]; pas dan gaat de tekst de bibliotheek in.',
    en: 'The text still contains identifying details ({count}). Remove them or replace them with a placeholder such as [name]; only then does the text go into the library.',
  },
  LIBRARY_REPORT_NOT_CLOSED: {
    nl: 'Uit een spiegelrapport kan pas gedeeld worden als de gastheer het heeft afgesloten.',
    en: 'A mirror report can only be shared from once the host has closed it.',
  },
  LIBRARY_REPORT_NOT_SHARED: {
    nl: 'De gastheer liet het spiegelrapport (nu) niet lezen door {audience}; alleen dan kan een deel ervan daar de bibliotheek in.',
    en: 'The host has not (or no longer) let {audience} read the mirror report; only then can part of it go into the library there.',
  },
  LIBRARY_LESSON_NOT_APPROVED: {
    nl: 'Een leerpunt kan pas gedeeld worden als het verslag van de bijeenkomst is goedgekeurd.',
    en: 'A lesson can only be shared once the report of the session has been approved.',
  },
  INTERNAL: INTERNAL_ERROR,
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Readable names of input fields, used in validation messages. */
export const FIELD_LABELS: Record<string, Record<Language, string>> = {
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  password: { nl: 'wachtwoord', en: 'password' },
  currentPassword: { nl: 'huidig wachtwoord', en: 'current password' },
  newPassword: { nl: 'nieuw wachtwoord', en: 'new password' },
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
  changeNote: { nl: 'toelichting bij de wijziging', en: 'note on the change' },
  channel: { nl: 'hoe de naaste toestemming gaf', en: 'how the relative gave consent' },
  question: { nl: 'vraag of thema', en: 'question or theme' },
  scheduledAt: { nl: 'datum en tijd', en: 'date and time' },
  durationMinutes: { nl: 'duur in minuten', en: 'duration in minutes' },
  methodVersion: { nl: 'versie van de werkvorm', en: 'method version' },
  caseId: { nl: 'casus', en: 'case' },
  teamId: { nl: 'team', en: 'team' },
  moderatorId: { nl: 'gespreksleider', en: 'moderator' },
  participantIds: { nl: 'deelnemers', en: 'participants' },
  lensIds: { nl: 'lenzen', en: 'lenses' },
  voteBudget: { nl: 'aantal stippen', en: 'number of dots' },
  what: { nl: 'wat we gaan proberen', en: 'what we will try' },
  who: { nl: 'wie', en: 'who' },
  lookBackOn: { nl: 'datum om terug te kijken', en: 'look-back date' },
  target: { nl: 'wat het concept wordt', en: 'what the draft becomes' },
  acknowledgedFindings: { nl: 'bevestigde gegevens', en: 'confirmed details' },
  status: { nl: 'stand van zaken', en: 'status' },
  newName: { nl: 'naam', en: 'name' },
  methodId: { nl: 'werkvorm', en: 'method' },
  summary: { nl: 'samenvatting', en: 'summary' },
  title: { nl: 'titel', en: 'title' },
  participantPrompt: { nl: 'vraag aan de deelnemers', en: 'prompt for participants' },
  moderatorGuidance: { nl: 'aanwijzing voor de gespreksleider', en: 'guidance for the moderator' },
  defaultMinutes: { nl: 'tijd in minuten', en: 'time in minutes' },
  nl: { nl: 'Nederlandse tekst', en: 'Dutch text' },
  en: { nl: 'Engelse tekst', en: 'English text' },
  displayPseudonym: { nl: 'pseudoniem', en: 'pseudonym' },
  lifeStoryNote: { nl: 'levensverhaal', en: 'life story' },
  burdenNote: { nl: 'belastbaarheid', en: 'burden on the resident' },
  body: { nl: 'tekst', en: 'text' },
  text: { nl: 'tekst', en: 'text' },
  pseudonym: { nl: 'pseudoniem', en: 'pseudonym' },
  watchNames: { nl: 'namen om op te letten', en: 'names to watch for' },
  note: { nl: 'toelichting', en: 'note' },
  givenOn: { nl: 'datum van de toestemming', en: 'date of consent' },
  withdrawnOn: { nl: 'datum van intrekken', en: 'date of withdrawal' },
  scope: { nl: 'waarvoor', en: 'scope' },
  givenBy: { nl: 'gegeven door', en: 'given by' },
  form: { nl: 'formulier', en: 'form' },
  visibility: { nl: 'zichtbaarheid', en: 'visibility' },
  theme: { nl: 'thema', en: 'theme' },
  themeIds: { nl: "thema's", en: 'themes' },
  themeId: { nl: 'thema', en: 'theme' },
  listenerIds: { nl: 'luisteraars', en: 'listeners' },
  escalationProcedure: { nl: 'eigen procedure bij klachten en incidenten', en: 'own procedure for complaints and incidents' },
  questions: { nl: 'gespreksleidraad', en: 'question guide' },
  validDays: { nl: 'aantal dagen dat de link werkt', en: 'number of days the link works' },
  freeText: { nl: 'wat u vooraf wilt vertellen', en: 'what you would like to tell us beforehand' },
  important: { nl: 'wat ik belangrijk vind', en: 'what matters to me' },
  experienced: { nl: 'wat ik ervaar', en: 'what I experience' },
  relation: { nl: 'relatie tot de bewoner', en: 'relation to the resident' },
  legalRepresentative: { nl: 'wettelijk vertegenwoordiger', en: 'legal representative' },
  consents: { nl: 'toestemming', en: 'consent' },
  heard: { nl: 'wat we hoorden', en: 'what we heard' },
  willDo: { nl: 'wat we gaan doen', en: 'what we will do' },
  focusQuestion: { nl: 'focusvraag', en: 'focus question' },
  purpose: { nl: 'doel', en: 'purpose' },
  format: { nl: 'vorm van het bezoek', en: 'format of the visit' },
  visitDate: { nl: 'datum van het bezoek', en: 'date of the visit' },
  practicalNotes: { nl: 'praktische afspraken', en: 'practical arrangements' },
  privacyNotes: { nl: 'afspraken over privacy', en: 'privacy arrangements' },
  valueIds: { nl: 'waarden', en: 'values' },
  mirrorThemeIds: { nl: 'spiegelthema’s', en: 'mirror themes' },
  mirrorThemeId: { nl: 'spiegelthema', en: 'mirror theme' },
  lookForQuestions: { nl: 'kijkvragen', en: 'look-for questions' },
  motivation: { nl: 'toelichting', en: 'explanation' },
  decisionNote: { nl: 'toelichting bij het besluit', en: 'note on the decision' },
  findingType: { nl: 'soort beeld', en: 'kind of observation' },
  momentOfDay: { nl: 'moment van de dag', en: 'moment of the day' },
  edits: { nl: 'beelden', en: 'observations' },
  clientId: { nl: 'beeld', en: 'observation' },
  editId: { nl: 'wijziging', en: 'change' },
  priorEditIds: { nl: 'eerdere wijzigingen', en: 'earlier changes' },
  baseRevision: { nl: 'versie', en: 'version' },
  reflection: { nl: 'reflectie van de gastheer', en: "host's reflection" },
  monthsWithoutRepeat: { nl: 'maanden zonder herhaling', en: 'months without a repeat' },
  organisationIds: { nl: 'organisaties', en: 'organisations' },
  members: { nl: 'bezoekend team', en: 'visiting team' },
  topic: { nl: 'onderwerp', en: 'topic' },
  topicId: { nl: 'onderwerp', en: 'topic' },
  partnerOrganisationId: { nl: 'andere organisatie', en: 'other organisation' },
  direction: { nl: 'wie bezoekt wie', en: 'who visits whom' },
  choice: { nl: 'keuze', en: 'choice' },
  storyId: { nl: 'verhaal', en: 'story' },
  storytellerPersonId: { nl: 'verteller', en: 'storyteller' },
  storytellerName: { nl: 'naam van de verteller', en: 'name of the storyteller' },
  storytellerEmail: { nl: 'e-mailadres van de verteller', en: "storyteller's e-mail address" },
  storytellerLanguage: { nl: 'taal van de verteller', en: "storyteller's language" },
  revision: { nl: 'versie', en: 'version' },
  decision: { nl: 'oordeel', en: 'decision' },
  comment: { nl: 'opmerking', en: 'remark' },
  audiences: { nl: 'wie het mag lezen', en: 'who may read it' },
  audience: { nl: 'met wie', en: 'shared with' },
  practiceId: { nl: 'praktijk', en: 'practice' },
  nextLookBackOn: { nl: 'nieuwe datum om terug te kijken', en: 'new look-back date' },
  query: { nl: 'zoekwoorden', en: 'search words' },
  sourceKind: { nl: 'soort', en: 'kind' },
  sourceKinds: { nl: 'soorten', en: 'kinds' },
  sourceId: { nl: 'wat je deelt', en: 'what you share' },
  libraryItemId: { nl: 'bibliotheekstuk', en: 'library item' },
  organisationKinds: { nl: 'soort organisatie', en: 'kind of organisation' },
  locationKinds: { nl: 'soort locatie', en: 'kind of location' },
  clientGroups: { nl: 'voor wie', en: 'for whom' },
  quarterCount: { nl: 'aantal kwartalen', en: 'number of quarters' },
  excludedNoteIds: { nl: 'beelden buiten het rapport', en: 'observations left out of the report' },
  year: { nl: 'jaar', en: 'year' },
  rawNoteRetentionDays: { nl: 'bewaartermijn', en: 'retention period' },
  chosenPurges: { nl: 'ook wissen', en: 'also delete' },
  personId: { nl: 'persoon', en: 'person' },
  confirmation: { nl: 'bevestiging', en: 'confirmation' },
  action: { nl: 'handeling', en: 'action' },
  from: { nl: 'vanaf', en: 'from' },
  until: { nl: 'tot en met', en: 'until' },
  before: { nl: 'eerder dan', en: 'before' },
  residentTerm: { nl: 'eigen woord voor bewoners', en: 'own word for residents' },
  financing: { nl: 'financiering', en: 'financing' },
  organisationKind: { nl: 'soort organisatie', en: 'kind of organisation' },
  preferredLanguage: { nl: 'taal', en: 'language' },
  language: { nl: 'taal', en: 'language' },
  message: { nl: 'bericht', en: 'message' },
  officerName: { nl: 'naam van de klachtenfunctionaris', en: 'name of the complaints officer' },
  officerContact: { nl: 'contactgegevens van de klachtenfunctionaris', en: 'contact details of the complaints officer' },
  incidentRoute: { nl: 'meldroute voor incidenten', en: 'reporting route for incidents' },
  topicKind: { nl: 'soort onderwerp', en: 'kind of topic' },
  themeAnswers: { nl: 'antwoorden per thema', en: 'answers per theme' },
  phases: { nl: 'fasen', en: 'phases' },
  baseVersion: { nl: 'versie', en: 'version' },
  lensItemIds: { nl: 'onderdelen van de lens of waarden', en: 'lens items or values' },
  worksWith: { nl: 'eerdere fasen waarop deze fase voortbouwt', en: 'earlier phases this phase builds on' },
  harvestFlow: { nl: 'manier van oogsten', en: 'way of harvesting' },
};

/** Messages for failed validation constraints; {field} and {value} are filled in. */
export const VALIDATION_MESSAGES: Record<string, Record<Language, string>> = {
  required: { nl: '{field} is verplicht', en: '{field} is required' },
  /** A session's question (sessionQuestion): needed unless a case is chosen, whose title is then the question. */
  requiredWithoutCase: {
    nl: '{field} is nodig als je geen casus kiest; met een casus mag je dit leeg laten',
    en: '{field} is needed when you do not choose a case; with a case you may leave it empty',
  },
  maxLength: { nl: '{field} mag hoogstens {value} tekens lang zijn', en: '{field} may be at most {value} characters long' },
  minLength: { nl: '{field} moet minstens {value} tekens lang zijn', en: '{field} must be at least {value} characters long' },
  email: { nl: '{field} is geen geldig e-mailadres', en: '{field} is not a valid e-mail address' },
  oneOf: { nl: '{field} heeft geen geldige waarde', en: '{field} does not have a valid value' },
  invalid: { nl: '{field} is ongeldig', en: '{field} is invalid' },
  min: { nl: '{field} moet minstens {value} zijn', en: '{field} must be at least {value}' },
  max: { nl: '{field} mag hoogstens {value} zijn', en: '{field} may be at most {value}' },
  date: { nl: '{field} is geen geldige datum', en: '{field} is not a valid date' },
  characters: {
    nl: '{field} bevat tekens die niet in een tekst horen (zoals een nulteken of een half teken); typ het opnieuw of plak het als platte tekst',
    en: '{field} contains characters that do not belong in a text (such as a null character or half a character); type it again or paste it as plain text',
  },
  tooMany: { nl: '{field}: hoogstens {value}', en: '{field}: at most {value}' },
  notInFuture: { nl: '{field} mag niet in de toekomst liggen', en: '{field} may not be in the future' },
  notBefore: { nl: '{field} mag niet vóór {value} liggen', en: '{field} may not be before {value}' },
  notInPast: {
    nl: '{field} ligt in het verleden: kies een moment dat nog komt',
    en: '{field} is in the past: choose a moment still to come',
  },
};

/** A calendar day as the API carries it (YYYY-MM-DD). */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

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

/**
 * A field's validation message, as the server sends it with BAD_USER_INPUT
 * and as a form that checks the same rule before sending shows it.
 */
export function fieldMessage(problem: { field: string; rule: string; value?: string | number }, language: Language): string {
  const template = (VALIDATION_MESSAGES[problem.rule] ?? VALIDATION_MESSAGES.invalid)[language];
  // A limit is a number the reader reads in their own way: "hoogstens 20.000 tekens", not "20000"; a day written
  // out: "niet vóór 6 december 2026", not "2026-12-06".
  const value =
    typeof problem.value === 'number'
      ? formatNumber(problem.value, language)
      : problem.value && CALENDAR_DAY.test(problem.value)
        ? formatDutchDay(problem.value, language)
        : (problem.value ?? '');
  const text = fillTemplate(template, { field: fieldLabel(problem.field, language), value });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
