import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { demoPassword, homeSection, mainHeading, useDemoBrowser } from '../support/demo-browser';
import { LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { randomUUID } from 'node:crypto';
import { LiveScreen, Member, PLAN_SESSION } from '../support/session-fixtures';
import { tablesHolding } from '../support/text-search';
import { agreedVisit, demoNetwork } from '../integration/peer-visits-fixtures';
import { conversationWithRelative } from '../integration/mirror-conversations.support';
import { serviceWorkerInControl } from '../support/service-worker';

/**
 * The content guard on a 360 × 780 phone (issue #9), in the demo network:
 * - in the live case room a contribution with a BSN never leaves the phone and
 *   says why in Dutch; a colleague's name is marked and sent only once Bram
 *   confirms; a refused text stays in the box;
 * - a relative who writes an abuse allegation on their personal page reads De
 *   Hoeve's own procedure (the complaints officer by name and contact),
 *   chooses "Tekst weghalen", and the text is gone from the screen and from
 *   every table; the participant who types the same in the live room keeps it
 *   knowingly, and the moderator sees it flagged;
 * - a name only the server knows (the register's) comes back to the live
 *   composer marked, the text still in the box, and goes out confirmed;
 * - a group's name is checked the same way, in the new-group box and the
 *   rename box: the name stays as typed, the finding beside the box;
 * - the moderator sees a kept allegation's harvest draft with the same mark
 *   and takes it over only after "Ik heb de markering gezien";
 * - the visit notebook, offline, checks a note with a colleague's name on the
 *   device before it is kept; a note with a name only the server knows is
 *   refused at sync on its own, stays with the name marked and is sent once
 *   confirmed, while the other note is sent at once.
 * Needs the built web app (apps/web/dist).
 */
const ME = `query { me { person { id } memberships { role organisation { id } team { id } } } }`;
const BSN = '111222333';
const ABUSE = 'mijn moeder is geslagen door een medewerker van de nachtdienst';
const PHONE_780 = { ...PHONE, viewport: { width: 360, height: 780 } };

describe('the content guard in the browser', () => {
  const demo = useDemoBrowser();
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  beforeAll(async () => {
    net = await demoNetwork(demo.kring);
  });

  async function client(email: string) {
    const api = new GraphqlClient(demo.kring.url);
    await api.ok(LOGIN, { email, password: demoPassword(email) });
    const { me } = await api.ok(ME);
    return {
      api,
      personId: me!.person.id as string,
      membership: me!.memberships.find((m: { team: unknown }) => m.team) ?? me!.memberships[0],
    };
  }

  const phone = (email: string): Promise<Page> => demo.logIn(email, { device: PHONE_780, landed: homeSection('Casusreflectie') });

  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  /** A case session on the incident method, planned by Sanne with Bram for an hour from now. */
  async function plannedSession(question: string) {
    const sanne = await client('sanne@hoeve.demo');
    const bram = await client('bram@hoeve.demo');
    const session = (
      await sanne.api.ok(PLAN_SESSION, {
        input: {
          organisationId: sanne.membership.organisation!.id,
          teamId: sanne.membership.team!.id,
          question,
          methodId: 'incident_method',
          scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
          moderatorId: sanne.personId,
          participantIds: [bram.personId],
          lensIds: [],
        },
      })
    ).planSession;
    return { sessionId: session.id as string, sanne, bram };
  }

  /** A live case session led by Sanne with Bram, started, both on their phones. */
  async function liveRoom(question: string) {
    const { sessionId, bram } = await plannedSession(question);
    const moderator = await phone('sanne@hoeve.demo');
    const page = await phone('bram@hoeve.demo');
    const live = `${demo.kring.url}/sessies/${sessionId}/live`;
    await Promise.all([moderator.goto(live), page.goto(live)]);
    await moderator.getByRole('button', { name: 'Sessie starten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    return { sessionId, moderator, page, bramId: bram.personId };
  }

  /** A resident on an organisation's register ("Gerrit Wolters" as "Meneer W." unless told): a name only the server knows. */
  async function registerResidentName(email: string, organisationId: string, { name = 'Gerrit Wolters', pseudonym = 'Meneer W.' } = {}) {
    const { api } = await client(email);
    await api.ok(`mutation E($input: AddResidentRegisterEntryInput!) { addResidentRegisterEntry(input: $input) { id } }`, {
      input: { organisationId, pseudonym, watchNames: [name] },
    });
  }

  /** Els's visit notebook on her phone, once its service worker serves it (so it keeps working offline). */
  async function notebook(visitId: string) {
    const page = await demo.logIn('els@lindehof.demo', { device: PHONE_780, landed: (p) => mainHeading(p, /Els Smit$/) });
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    await serviceWorkerInControl(page);
    return { page, context: page.context() };
  }

  it("says beside the box what the server's guard found in a session plan, keeps the text, and drops the note once the box changes", async () => {
    const page = await phone('sanne@hoeve.demo');
    await page.goto(`${demo.kring.url}/sessies/nieuw`);
    await mainHeading(page, 'Sessie plannen').waitFor();
    const box = (name: string) => page.getByRole('textbox', { name, exact: true });
    const beside = (name: string) => box(name).locator('xpath=..').locator('.field__guard');
    await page.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await page.getByLabel('Vraag of thema').fill('Wat doen we als de taxi te laat komt?');
    await page.getByLabel('Datum').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Tijd').fill('14:00');
    const place = `Bij de ingang, naast de map met ${BSN}`;
    await box('Waar (optioneel)').fill(place);
    await page.getByRole('button', { name: 'Sessie plannen' }).click();

    // The planning form has no guard while typing: the server's refusal is said at "Waar" itself, not only by the button.
    await beside('Waar (optioneel)').waitFor();
    expect(await beside('Waar (optioneel)').textContent()).toBe(
      `Hier vond Kring: ${BSN} (BSN). Haal het BSN weg; Kring bewaart het nooit. De rest van je tekst blijft staan.`,
    );
    expect(await box('Waar (optioneel)').inputValue()).toBe(place);
    expect(await beside('Vraag of thema').count()).toBe(0);
    await noSidewaysScroll(page);

    // Changed, the box no longer holds what was found: the note goes, and the plan saves.
    await box('Waar (optioneel)').fill('Bij de ingang');
    await beside('Waar (optioneel)').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Sessie plannen' }).click();
    await page.getByRole('status').filter({ hasText: 'De sessie is gepland' }).waitFor();
    expect(await tablesHolding(demo.kring, BSN)).toEqual([]);
    await page.context().close();
  });

  it('lets a form\'s guard panel step aside once the text changes, so "Ik heb dit gecontroleerd" never saves the old text', async () => {
    const page = await phone('sanne@hoeve.demo');
    await page.goto(`${demo.kring.url}/sessies/nieuw`);
    await mainHeading(page, 'Sessie plannen').waitFor();
    const tag = randomUUID().slice(0, 8);
    const question = page.getByLabel('Vraag of thema');
    await page.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await question.fill(`Wat deed Fatima toen de taxi te laat kwam? (${tag})`);
    await page.getByLabel('Datum').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Tijd').fill('15:00');
    await page.getByRole('button', { name: 'Sessie plannen' }).click();
    // A colleague's name: the panel marks it and offers to save anyway.
    const confirm = page.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch opslaan' });
    await confirm.waitFor();
    await page.locator('mark.guard-mark').filter({ hasText: 'Fatima' }).waitFor();

    // Changed: the marks and "toch opslaan" would describe (and send) the text as it was; they go, and the panel says why.
    const plain = `Wat deden we toen de taxi te laat kwam? (${tag})`;
    await question.fill(plain);
    await page.getByText('Je hebt de tekst aangepast. Probeer het opnieuw: Kring kijkt de nieuwe tekst na.').waitFor();
    expect(await confirm.count()).toBe(0);
    expect(await page.locator('mark.guard-mark').count()).toBe(0);
    await noSidewaysScroll(page);

    // Saved again, the new text is checked and stored; the old one with the name is nowhere.
    await page.getByRole('button', { name: 'Sessie plannen' }).click();
    await page.getByRole('status').filter({ hasText: 'De sessie is gepland' }).waitFor();
    const stored = await demo.kring.sql<{ title: string }>(`SELECT title FROM reflection_session WHERE title LIKE $1`, [`%${tag}%`]);
    expect(stored.map((r) => r.title)).toEqual([plain]);
    await page.context().close();
  });

  it("lets the live composer's guard panel step aside once the contribution changes", async () => {
    const { sessionId, moderator, page } = await liveRoom('Wat deden we toen de bus niet kwam?');
    const box = page.getByLabel('Jouw bijdrage');
    await box.fill('Fatima stond al bij de deur.');
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    const confirm = page.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' });
    await confirm.waitFor();
    const plain = 'Iemand stond al bij de deur.';
    await box.fill(plain);
    await page.getByText('Je hebt de tekst aangepast. Probeer het opnieuw: Kring kijkt de nieuwe tekst na.').waitFor();
    expect(await confirm.count()).toBe(0);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await moderator.locator('li.entry').filter({ hasText: plain }).waitFor();
    const stored = await demo.kring.sql<{ body: string }>(`SELECT body FROM session_entry WHERE session_id = $1`, [sessionId]);
    expect(stored.map((e) => e.body)).toEqual([plain]);
  });

  it('refuses a BSN in a live contribution on the phone, and asks to confirm a name inline', async () => {
    const { sessionId, moderator, page } = await liveRoom('Wat deden we toen meneer K. ’s nachts naar buiten wilde?');
    await noSidewaysScroll(page);

    // Sent empty, the phone says so beside the box; typed since, the box no longer says it is empty.
    const composerMessage = page.getByLabel('Jouw bijdrage').locator('xpath=..').locator('.field__error');
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await composerMessage.filter({ hasText: 'Schrijf eerst iets op.' }).waitFor();

    // A BSN: refused on the phone, with the rule in plain Dutch; the text stays in the box.
    const withBsn = `Meneer K. (BSN ${BSN}) stond bij de deur.`;
    await page.getByLabel('Jouw bijdrage').fill(withBsn);
    expect(await composerMessage.count()).toBe(0);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await page.getByRole('heading', { name: 'Een BSN bewaart Kring nooit' }).waitFor();
    await page.getByText('Haal het nummer weg en probeer het opnieuw.').waitFor();
    expect(await page.getByRole('button', { name: /toch versturen/ }).count()).toBe(0);
    expect(await page.getByLabel('Jouw bijdrage').inputValue()).toBe(withBsn);

    // A colleague's name: marked, and sent only after "Ik heb dit gecontroleerd".
    const named = 'Fatima zag hem als eerste bij de deur.';
    await page.getByLabel('Jouw bijdrage').fill(named);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await page.getByRole('heading', { name: 'Controleer de gemarkeerde plekken' }).waitFor();
    await page.locator('mark.guard-mark').filter({ hasText: 'Fatima' }).waitFor();
    // The session is about a question, not a case: there is no pseudonym to point to.
    await page.getByText('Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.', { exact: false }).waitFor();
    expect(await page.getByText('Gebruik het pseudoniem', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' }).click();
    await moderator.locator('li.entry').filter({ hasText: named }).waitFor();

    const stored = await demo.kring.sql<{ body: string }>(`SELECT body FROM session_entry WHERE session_id = $1`, [sessionId]);
    expect(stored.map((e) => e.body)).toEqual([named]);
    expect(await tablesHolding(demo.kring, BSN)).toEqual([]);
  });

  it("shows a relative De Hoeve's own complaints officer for an abuse allegation, and 'Tekst weghalen' leaves it nowhere", async () => {
    const sanne = await client('sanne@hoeve.demo');
    const bram = await client('bram@hoeve.demo');
    const { conversationId, relativePath } = await conversationWithRelative(sanne.api, {
      organisationId: sanne.membership.organisation!.id,
      teamId: sanne.membership.team!.id,
      moderatorId: sanne.personId,
      listenerIds: [bram.personId],
    });
    const [{ id: participantId }] = await demo.kring.sql<{ id: string }>(
      `SELECT id FROM mirror_participant WHERE display_name = 'Mevrouw de Boer' ORDER BY created_at DESC LIMIT 1`,
    );
    const page = await (await demo.browser.newContext(PHONE_780)).newPage();
    await page.goto(`${demo.kring.url}${relativePath}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging voor een spiegelgesprek' }).waitFor();
    await page.getByLabel('Ik doe mee aan het gesprek.').check();
    const box = page.getByLabel('Wat wilt u ons vooraf vertellen?');
    await box.fill(ABUSE);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    // The organisation's own procedure, in plain language ("u"), with the complaints officer by name and contact.
    const prompt = page.getByRole('alertdialog', { name: /Dit lijkt te gaan over geweld, mishandeling of misbruik/ });
    await prompt.waitFor();
    await prompt.getByText(/klachtenfunctionaris van Zorgboerderij De Hoeve, Joke Hendriks \(klachten@hoeve\.demo\)/).waitFor();
    await prompt.getByText(/Die luistert naar u/).waitFor();
    expect(await prompt.locator('dd').allInnerTexts()).toEqual(['Joke Hendriks', 'klachten@hoeve.demo']);
    // Until the relative chooses, the draft stays where it was typed, and nothing of it is stored.
    expect(await box.inputValue()).toBe(ABUSE);
    expect(await tablesHolding(demo.kring, 'geslagen door een medewerker')).toEqual([]);
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/escalation-relative-360.png', fullPage: true });

    await prompt.getByRole('button', { name: 'Tekst weghalen' }).click();
    await page.getByRole('status').filter({ hasText: 'De tekst is weggehaald en niet bewaard.' }).waitFor();
    expect(await box.inputValue()).toBe('');
    expect(await page.getByText('geslagen door een medewerker').count()).toBe(0);
    // Consent is not lost over the text: the next save keeps it.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Dank u wel. Uw keuzes zijn bewaard.' }).waitFor();
    expect(await page.getByLabel('Ik doe mee aan het gesprek.').isChecked()).toBe(true);

    // Nowhere in any table; what is recorded is only the surface, who, and the choice.
    expect(await tablesHolding(demo.kring, 'geslagen door een medewerker')).toEqual([]);
    expect(await demo.kring.sql(`SELECT surface, choice FROM escalation_prompt WHERE shown_to_participant = $1`, [participantId])).toEqual([
      { surface: 'Mutation.saveRelativeResponse', choice: 'removed' },
    ]);

    // The same choice empties the box on an ordinary form too: Bram's learning wish for the same conversation.
    const listener = await phone('bram@hoeve.demo');
    await listener.goto(`${demo.kring.url}/spiegelgesprekken/${conversationId}`);
    const wish = listener.getByLabel('Wat ik wil leren');
    await wish.fill(`Wat doen we als ${ABUSE}?`);
    await listener.getByRole('button', { name: 'Toevoegen' }).click();
    const staffPrompt = listener.getByRole('alertdialog', { name: /Dit lijkt te gaan over/ });
    await staffPrompt.getByText(/Volg de procedure van Zorgboerderij De Hoeve/).waitFor();
    await staffPrompt.getByRole('button', { name: 'Tekst weghalen' }).click();
    await staffPrompt.waitFor({ state: 'detached' });
    expect(await wish.inputValue()).toBe('');
    expect(await tablesHolding(demo.kring, 'geslagen door een medewerker')).toEqual([]);
    expect(await demo.kring.sql(`SELECT surface, choice FROM escalation_prompt WHERE shown_to_person = $1`, [bram.personId])).toEqual([
      { surface: 'Mutation.addMirrorLearningWish', choice: 'removed' },
    ]);
  });

  it('keeps an allegation a participant keeps knowingly in the live room, flagged for the moderator', async () => {
    const { sessionId, moderator, page, bramId } = await liveRoom('Wat gebeurde er die nacht op de groep?');
    await page.getByLabel('Jouw bijdrage').fill(ABUSE);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    const prompt = page.getByRole('alertdialog', { name: /Dit lijkt te gaan over/ });
    await prompt.waitFor();
    // Staff read the incident route as well as the complaints officer.
    await prompt.getByText(/Volg de procedure van Zorgboerderij De Hoeve: meld het meteen bij de dienstdoende begeleider/).waitFor();
    await prompt.getByText('Joke Hendriks', { exact: true }).waitFor();
    await noSidewaysScroll(page);
    expect(await demo.kring.sql(`SELECT 1 FROM session_entry WHERE session_id = $1`, [sessionId])).toEqual([]);

    await prompt.getByRole('button', { name: 'Toch bewaren' }).click();
    const entry = moderator.locator('li.entry').filter({ hasText: ABUSE });
    await entry.waitFor();
    await entry.getByRole('note').filter({ hasText: 'Gemarkeerd.' }).waitFor();
    await moderator.screenshot({ path: '/tmp/escalation-moderator-360.png', fullPage: true });
    expect(await page.getByLabel('Jouw bijdrage').inputValue()).toBe('');

    expect(await demo.kring.sql(`SELECT body, flagged FROM session_entry WHERE session_id = $1`, [sessionId])).toEqual([
      { body: ABUSE, flagged: true },
    ]);
    const prompts = `SELECT surface, choice FROM escalation_prompt WHERE shown_to_person = $1 AND surface LIKE 'session:%'`;
    expect(await demo.kring.sql(prompts, [bramId])).toEqual([{ surface: 'session:contribute', choice: 'kept' }]);
  });

  it('brings a name only the server knows back to the live composer, marked, and sends it confirmed without retyping', async () => {
    await registerResidentName('ingrid@hoeve.demo', net.organisations.hoeve);
    const { sessionId, moderator, page } = await liveRoom('Hoe ging de avond op de groep?');
    const text = 'Gerrit Wolters at vanavond bijna niets.';
    await page.getByLabel('Jouw bijdrage').fill(text);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    // The device knew nothing; the server found the register name: marked in the composer, the text still in its box.
    const composer = page.locator('form.composer');
    await composer.locator('mark.guard-mark').filter({ hasText: 'Gerrit Wolters' }).waitFor();
    expect(await page.getByLabel('Jouw bijdrage').inputValue()).toBe(text);
    expect(await demo.kring.sql(`SELECT 1 FROM session_entry WHERE session_id = $1`, [sessionId])).toEqual([]);
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/live-server-finding-360.png', fullPage: true });

    await composer.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' }).click();
    await moderator.locator('li.entry').filter({ hasText: text }).waitFor();
    expect(await demo.kring.sql(`SELECT body FROM session_entry WHERE session_id = $1`, [sessionId])).toEqual([{ body: text }]);
    expect(await page.getByLabel('Jouw bijdrage').inputValue()).toBe('');
  });

  it('saves a case once the writer confirms a register name the form marked while typing, without asking again', async () => {
    // The case form checks on the server while the text is typed, so it marks a name the device never gets; the save
    // then carries that finding's id, and "Ik heb dit gecontroleerd" once is enough.
    await registerResidentName('ingrid@hoeve.demo', net.organisations.hoeve, { name: 'Klaasje Kuipers', pseudonym: 'Mevrouw K.' });
    const page = await phone('bram@hoeve.demo');
    await page.goto(`${demo.kring.url}/casussen/nieuw`);
    const title = `Niet willen douchen (${randomUUID().slice(0, 8)})`;
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Wat gebeurde er?').fill('Klaasje Kuipers wilde vanochtend niet douchen.');
    const guard = page.getByRole('region', { name: 'Controleer de gemarkeerde plekken' });
    await guard.locator('mark', { hasText: 'Klaasje Kuipers (naam)' }).waitFor();
    await page.getByRole('checkbox', { name: 'Ik heb dit gecontroleerd' }).check();
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await mainHeading(page, title).waitFor();
    expect(await demo.kring.sql(`SELECT 1 FROM case_file WHERE title = $1`, [title])).toHaveLength(1);
    await page.context().close();
  });

  it("checks a group's name as it checks a contribution, and keeps the name as typed in its box, the finding beside it", async () => {
    await registerResidentName('ingrid@hoeve.demo', net.organisations.hoeve, { name: 'Hendrika Baars', pseudonym: 'Mevrouw B.' });
    const { sessionId, moderator, page } = await liveRoom('Waarin verschillen we bij onrust in de nacht?');
    for (const title of ['Feitenvragen', 'Het beslismoment', 'Wat zou jij doen?']) {
      await moderator.getByRole('button', { name: `Volgende fase: ${title}` }).click();
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    const idea = 'Ik zou eerst de overdracht lezen.';
    await page.getByLabel('Jouw bijdrage').fill(idea);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    const card = page.locator('li.entry').filter({ hasText: idea });
    await card.waitFor();
    await moderator.getByRole('button', { name: 'Volgende fase: Vergelijken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vergelijken' }).waitFor();
    const groups = () => demo.kring.sql<{ label: string }>(`SELECT label FROM session_group WHERE session_id = $1`, [sessionId]);
    const newName = page.getByLabel('Naam van een nieuwe groep');
    const newZone = page.locator('.group--new');
    const toNewGroup = async (name: string) => {
      await card.getByText('Verplaats naar groep').click();
      await card.getByRole('button', { name: `Een nieuwe groep: ${name}` }).click();
    };

    // A BSN in a new group's name never leaves the phone: the rule beside the box, the name still in it, the card waiting.
    const withBsn = `Veiligheid van Kees Bosman, BSN ${BSN}`;
    await newName.fill(withBsn);
    await toNewGroup(withBsn);
    await newZone.getByRole('heading', { name: 'Een BSN bewaart Kring nooit' }).waitFor();
    await newZone.locator('mark.guard-mark').filter({ hasText: BSN }).waitFor();
    expect(await newName.inputValue()).toBe(withBsn);
    // Said beside the box, not at the top of the page.
    expect(await page.locator('.notices').count()).toBe(0);
    await noSidewaysScroll(page);

    // A colleague's name: marked beside the box, and the group is made only after "Ik heb dit gecontroleerd".
    const named = 'Zorgen van Kees Bosman';
    await newName.fill(named);
    await toNewGroup(named);
    await newZone.getByRole('heading', { name: 'Controleer de gemarkeerde plekken' }).waitFor();
    await newZone.locator('mark.guard-mark').filter({ hasText: 'Kees Bosman' }).waitFor();
    expect(await newName.inputValue()).toBe(named);
    expect(await groups()).toEqual([]);
    await newZone.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' }).click();
    await moderator.getByRole('heading', { level: 3, name: named }).waitFor();
    expect(await newName.inputValue()).toBe('');

    // A new name with a resident's name only the server knows: the rename box stays open with the name as typed and
    // the finding marked beside it (not an alert at the top), and confirming sends it without retyping.
    const renamed = 'Zorgen van Hendrika Baars';
    await page
      .locator('.group')
      .filter({ has: page.getByRole('heading', { level: 3, name: named }) })
      .getByRole('button', { name: /^Naam aanpassen/ })
      .click();
    const renameBox = page.getByLabel(`Nieuwe naam voor ${named}`);
    const renameForm = page.locator('form.group__title');
    await renameBox.fill(renamed);
    await renameForm.getByRole('button', { name: 'Opslaan' }).click();
    await renameForm.locator('mark.guard-mark').filter({ hasText: 'Hendrika Baars' }).waitFor();
    expect(await renameBox.inputValue()).toBe(renamed);
    expect(await page.locator('.notices').count()).toBe(0);
    expect(await groups()).toEqual([{ label: named }]);
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/live-group-name-finding-360.png', fullPage: true });
    await renameForm.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' }).click();
    await moderator.getByRole('heading', { level: 3, name: renamed }).waitFor();
    await renameForm.waitFor({ state: 'detached' });
    expect(await groups()).toEqual([{ label: renamed }]);
    expect(await tablesHolding(demo.kring, BSN)).toEqual([]);
  });

  it("shows a kept allegation's harvest draft with the live room's mark, taken over only once the moderator confirms the flag", async () => {
    const { sessionId, sanne, bram } = await plannedSession('Wat leren we van die nacht?');
    // The live part over the room's own sockets: Bram keeps the allegation knowingly in "Lessen".
    const room = await LiveScreen.open(demo.kring.url, { client: sanne.api, personId: sanne.personId } as Member);
    const bramRoom = await LiveScreen.open(demo.kring.url, { client: bram.api, personId: bram.personId } as Member);
    try {
      for (const screen of [room, bramRoom]) await screen.join(sessionId);
      await room.ok(sessionId, { type: 'startSession' });
      await room.ok(sessionId, { type: 'goToPhase', phaseId: 'incident', toPhaseId: 'lessons' });
      const contribution = { type: 'contribute' as const, phaseId: 'lessons', body: ABUSE };
      const asked = await bramRoom.send(sessionId, contribution);
      expect(asked.ok).toBe(false);
      const kept = await bramRoom.socket.timeout(10_000).emitWithAck('session:command', {
        sessionId: sessionId,
        clientKey: randomUUID(),
        command: contribution,
        keepFlaggedText: true,
        escalationPromptId: asked.ok ? null : asked.error.escalation?.promptId,
      });
      expect(kept).toMatchObject({ ok: true });
      await room.ok(sessionId, { type: 'endSession' });
    } finally {
      [room, bramRoom].forEach((s) => s.close());
    }

    const page = await phone('sanne@hoeve.demo');
    await page.goto(`${demo.kring.url}/sessies/${sessionId}/oogst`);
    const draft = page.locator('li.card').filter({ hasText: 'Geschreven bij' });
    await draft.getByRole('note').filter({ hasText: 'Gemarkeerd.' }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/harvest-flagged-draft-360.png', fullPage: true });
    // Not without the confirmation: the same sentence the server would give, and nothing is taken over.
    await draft.getByRole('button', { name: 'Overnemen in de oogst' }).click();
    await draft.getByRole('alert').filter({ hasText: 'Bevestig dat je de markering hebt gezien' }).waitFor();
    expect(await demo.kring.sql(`SELECT 1 FROM harvest_item WHERE session_id = $1`, [sessionId])).toEqual([]);

    await draft.getByLabel('Ik heb de markering gezien en neem deze tekst toch op in de oogst').check();
    await draft.getByRole('button', { name: 'Overnemen in de oogst' }).click();
    // The text itself still reads like an allegation: the organisation's procedure, then "Toch bewaren".
    await page
      .getByRole('alertdialog', { name: /Dit lijkt te gaan over/ })
      .getByRole('button', { name: 'Toch bewaren' })
      .click();
    await page.getByText('Uit de bijeenkomst').waitFor({ state: 'detached' });
    expect(await demo.kring.sql(`SELECT kind, body FROM harvest_item WHERE session_id = $1`, [sessionId])).toEqual([
      { kind: 'insight', body: ABUSE },
    ]);
  });

  it('checks a notebook note with a colleague’s name on the device while offline, and sends it confirmed', async () => {
    const visitId = await agreedVisit(net, 'Voelen deelnemers zich thuis op het erf?');
    const { page, context } = await notebook(visitId);

    await context.setOffline(true);
    const note = 'Ruud Hendriks schonk koffie voor iedereen aan de lange tafel.';
    await page.getByLabel('Wat zie je?').fill(note);
    await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
    // Marked on the device, without a server: the note is not kept until Els confirms.
    await page.locator('mark.guard-mark').filter({ hasText: 'Ruud Hendriks' }).waitFor();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();
    expect(await page.getByText('Nog niet verstuurd').count()).toBe(0);
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch bewaren' }).click();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();
    await page.getByRole('listitem').filter({ hasText: note }).first().waitFor();
    // At once, not after the next try (15 s): the page's first answers arrived after the phone went offline.
    await page.getByRole('status').filter({ hasText: 'Geen verbinding. 1 beeld staat alleen op dit apparaat' }).waitFor({ timeout: 5_000 });

    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Alles is verstuurd.' }).waitFor({ timeout: 30_000 });
    expect(await demo.kring.sql(`SELECT body FROM peer_visit_note WHERE visit_id = $1 AND deleted_at IS NULL`, [visitId])).toEqual([
      { body: note },
    ]);
    await context.close();
  });
  it('keeps a note refused at sync on the phone with the server’s finding, sends the others, and sends it once confirmed', async () => {
    const visitId = await agreedVisit(net, 'Hoe ziet een gewone middag op het erf eruit?');
    // A resident's real name on De Lindehof's register: only the server knows it.
    await registerResidentName('marloes@lindehof.demo', net.organisations.lindehof);
    const { page, context } = await notebook(visitId);

    await context.setOffline(true);
    const named = 'Gerrit Wolters dekte de tafel voor iedereen.';
    const plain = 'Na het eten werd er samen gezongen.';
    for (const note of [named, plain]) {
      await page.getByLabel('Wat zie je?').fill(note);
      await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
      // Nothing the device knows: kept without a question.
      expect(await page.locator('mark.guard-mark').count()).toBe(0);
      await page.getByRole('button', { name: 'Beeld bewaren' }).click();
      await page.getByRole('listitem').filter({ hasText: note }).first().waitFor();
    }
    await page.getByRole('status').filter({ hasText: 'Geen verbinding. 2 beelden staan alleen op dit apparaat' }).waitFor();
    // Still offline, a possible incident points to De Lindehof's own procedure, kept with the notebook's offline data.
    await page.getByLabel('Wat zie je?').fill('Een bewoner is gevallen in de gang en niemand zag het.');
    const prompt = page.getByRole('alertdialog', { name: /Dit lijkt te gaan over/ });
    await prompt.getByText('Wim Postma', { exact: true }).waitFor();
    await prompt.getByText('klachten@lindehof.demo', { exact: true }).waitFor();
    await prompt.getByText(/bel de teamleider en maak een MIC-melding/).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/notebook-offline-procedure-360.png', fullPage: true });
    await prompt.getByRole('button', { name: 'Tekst weghalen' }).click();
    expect(await page.getByLabel('Wat zie je?').inputValue()).toBe('');

    await context.setOffline(false);
    // The name is marked with its label in the note ("Gerrit Wolters (naam) dekte…").
    const refused = page.getByRole('listitem').filter({ hasText: 'dekte de tafel voor iedereen.' });
    await refused.locator('mark.guard-mark').filter({ hasText: 'Gerrit Wolters' }).waitFor({ timeout: 30_000 });
    await page.getByRole('status').filter({ hasText: '1 beeld wacht op jou' }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: '/tmp/notebook-refused-at-sync-360.png', fullPage: true });
    const stored = `SELECT body FROM peer_visit_note WHERE visit_id = $1 AND deleted_at IS NULL ORDER BY created_at`;
    expect(await demo.kring.sql(stored, [visitId])).toEqual([{ body: plain }]);

    await refused.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch bewaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Alles is verstuurd.' }).waitFor({ timeout: 30_000 });
    expect(await demo.kring.sql(stored, [visitId])).toEqual(expect.arrayContaining([{ body: plain }, { body: named }]));
    await context.close();
  });
});
