import { PEER_VISIT_LIMITS } from '@kring/domain';
import type { Locator, Page, Route } from 'playwright-core';
import { PHONE } from '../support/browser';
import { contextWithSession, fillLogIn, mainHeading, useDemoBrowser } from '../support/demo-browser';
import { agreedVisit, arrangedVisit, demoNetwork, noteEdit, REPORT, SYNC } from '../integration/peer-visits-fixtures';
import { serviceWorkerInControl } from '../support/service-worker';

const DRAFT = `mutation D($input: UpdateReportDraftInput!) { updateReportDraft(input: $input) { summary } }`;
const HAND = `mutation H($id: ID!) { handReportToHost(visitId: $id) { status } }`;
const CLOSE = `mutation C($id: ID!) { closeMirrorReport(visitId: $id) { status } }`;

/**
 * The visit notebook on a phone without signal: a visitor logs beelden, the
 * connection drops, more beelden are typed and the page is reloaded, the
 * connection returns — and every beeld reaches the mirror report exactly
 * once. Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('the visit notebook on a phone, partly offline', () => {
  const demo = useDemoBrowser();
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  let visitId: string;
  beforeAll(async () => {
    net = await demoNetwork(demo.kring);
    visitId = await agreedVisit(net, 'Voelen deelnemers zich thuis op het erf?');
  });

  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  /** Els, visitor from De Lindehof, logged in on her phone. */
  const elsOnPhone = (): Promise<Page> =>
    demo.logIn('els@lindehof.demo', { device: PHONE, landed: (page) => mainHeading(page, /Els Smit$/) });

  /** What the phone itself keeps of the notebook (IndexedDB): the beelden's texts and the visits. */
  const onDevice = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<{ notes: string[]; visits: string[] }>((resolve, reject) => {
          const open = indexedDB.open('kring-visit-notebook');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction(['notes', 'visits']);
            const notes = transaction.objectStore('notes').getAll();
            const visits = transaction.objectStore('visits').getAll();
            transaction.oncomplete = () =>
              resolve({
                notes: notes.result.map((note: { fields: { body: string } }) => note.fields.body),
                visits: visits.result.map((visit: { visitId: string }) => visit.visitId),
              });
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );

  async function writeNote(page: Page, body: string) {
    await page.getByLabel('Wat zie je?').fill(body);
    await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();
    await page.getByRole('listitem').filter({ hasText: body }).first().waitFor();
  }

  it('refuses a beeld over the limit on the phone itself, beside the box, and keeps it there to shorten', async () => {
    const page = await elsOnPhone();
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    const long = `De koffie stond klaar. ${'Iedereen schoof aan. '.repeat(24)}`.trim();
    expect(long.length).toBeGreaterThan(PEER_VISIT_LIMITS.noteMaxLength);
    await page.getByLabel('Wat zie je?').fill(long);
    await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();
    await page.getByText(`Dit zijn ${long.length} tekens; er passen er ${PEER_VISIT_LIMITS.noteMaxLength}.`).waitFor();
    // Not in the outbox (where only the sync would refuse it), and every character still in the box.
    expect(await page.getByText('Nog niet verstuurd').count()).toBe(0);
    expect(await page.getByLabel('Wat zie je?').inputValue()).toBe(long);
    const stored = await demo.kring.sql(`SELECT 1 FROM peer_visit_note WHERE visit_id = $1 AND body LIKE 'De koffie stond klaar.%'`, [
      visitId,
    ]);
    expect(stored).toHaveLength(0);
  });

  it('keeps notes written offline, survives a reload, and sends every note once', async () => {
    const page = await elsOnPhone();
    const context = page.context();
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    // The app shell is kept by the service worker before the connection goes.
    await serviceWorkerInControl(page);

    // No finding type is chosen in advance: a hurried criticism is never saved as a strength.
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    await page.getByLabel('Wat zie je?').fill('Zonder soort');
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();
    await page.getByText('Kies wat voor beeld dit is: niets is vooraf gekozen.').waitFor();
    await page.getByLabel('Wat zie je?').fill('');

    await writeNote(page, 'Beeld 1: de tafel werd samen gedekt.');
    await status(page, 'Alles is verstuurd.').waitFor();

    await context.setOffline(true);
    await writeNote(page, 'Beeld 2: mevrouw raapte zelf de eieren.');
    await writeNote(page, 'Beeld 3: het medicijnrooster hangt op de keukendeur.');
    await status(page, 'Geen verbinding. 2 beelden staan alleen op dit apparaat').waitFor();
    expect(await page.getByText('Nog niet verstuurd').count()).toBe(2);

    // A beeld half typed when the phone reloads (the camera, a message, a flat battery) is still in its box after.
    await page.getByLabel('Wat zie je?').fill('Half getypt: de poes sliep op de');
    await page.getByRole('radio', { name: 'Wat ons raakte / sterk punt' }).check();
    // A reload without signal: the page comes from the device, and so do the notes.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    await status(page, 'Geen verbinding. 2 beelden staan alleen op dit apparaat').waitFor();
    await page.getByText('Beeld 2: mevrouw raapte zelf de eieren.').waitFor();
    expect(await page.getByLabel('Wat zie je?').inputValue()).toBe('Half getypt: de poes sliep op de');
    expect(await page.getByRole('radio', { name: 'Wat ons raakte / sterk punt' }).isChecked()).toBe(true);
    await writeNote(page, 'Beeld 4: na het herladen, nog steeds zonder verbinding.');
    await status(page, 'Geen verbinding. 3 beelden staan alleen op dit apparaat').waitFor();

    // (Chromium may still let a request of a service-worker page through while its answer is lost:
    // the phone then sends the same changes again, and the server applies each once.)
    await context.setOffline(false);
    await status(page, 'Alles is verstuurd.').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Nog niet verstuurd').count()).toBe(0);

    const stored = await demo.kring.sql<{ body: string }>(
      `SELECT body FROM peer_visit_note WHERE visit_id = $1 AND deleted_at IS NULL ORDER BY body`,
      [visitId],
    );
    expect(stored.map((n) => n.body)).toEqual([
      'Beeld 1: de tafel werd samen gedekt.',
      'Beeld 2: mevrouw raapte zelf de eieren.',
      'Beeld 3: het medicijnrooster hangt op de keukendeur.',
      'Beeld 4: na het herladen, nog steeds zonder verbinding.',
    ]);

    // In the mirror report every beeld appears exactly once.
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/spiegelrapport`);
    const beelden = page.getByRole('region', { name: 'Beelden (4)' });
    await beelden.waitFor();
    for (const { body } of stored)
      expect({ body, times: await beelden.getByText(body, { exact: true }).count() }).toEqual({ body, times: 1 });
    const report = (await (await net.as('els@lindehof.demo')).ok(REPORT, { id: visitId })).mirrorReport;
    expect(report.notes.map((n: { body: string }) => n.body).sort()).toEqual(stored.map((n) => n.body));
    // The host reads the visitors' beelden only once the draft is handed over.
    const hostView = (await (await net.as('ingrid@hoeve.demo')).request(REPORT, { id: visitId })).data?.mirrorReport;
    expect(hostView?.notes ?? []).toEqual([]);
    await context.close();
  });

  it('says whether the notebook opens without signal, and gets it ready when its files failed to arrive at first', async () => {
    const context = await contextWithSession(demo.browser, demo.kring.url, await net.as('els@lindehof.demo'), PHONE);
    // The service worker's fetches of built files drop, as on a weak connection, until the signal is back.
    let weak = true;
    let dropped = 0;
    await context.route('**/assets/**', (route) => {
      if (!weak || !route.request().serviceWorker()) return route.continue();
      dropped += 1;
      return route.abort('internetdisconnected');
    });
    // The notebook is the first page this phone opens of Kring: its install is the only one.
    const notebook = (p: Page) => p.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' });
    const page = await context.newPage();
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/notities`);
    await notebook(page).waitFor();
    // The browser gave that install up; the page tries again while it is open, and after a second failed try says so.
    await status(page, 'Opent nog niet zonder verbinding. Laat deze pagina open: Kring probeert het opnieuw.').waitFor();
    expect(dropped).toBeGreaterThan(0);
    weak = false;
    await serviceWorkerInControl(page);
    await status(page, 'Dit notitieboek opent ook zonder verbinding.').waitFor();

    await context.setOffline(true);
    await page.reload();
    await notebook(page).waitFor();
    await context.close();
  });

  it('is made for one thumb: on a 360 px phone the box, the finding types and the save button are on the first screen, whatever the page says about opening offline', async () => {
    const context = await contextWithSession(demo.browser, demo.kring.url, await net.as('els@lindehof.demo'), PHONE);
    // The service worker's files are held back, then dropped, then let through: the page passes through all three things
    // it says about opening without signal, and the first screen must hold while it says each (the first open of a phone).
    let files: 'held' | 'dropped' | 'through' = 'held';
    const held: Route[] = [];
    await context.route('**/assets/**', (route) => {
      if (files === 'through' || !route.request().serviceWorker()) return route.continue();
      if (files === 'dropped') return route.abort('internetdisconnected');
      held.push(route);
    });
    const page = await context.newPage();
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    /** What the save button hides or pushes off the first screen, by name: nothing, in every state. */
    const hidden = async () => {
      const save = await box(page.getByRole('button', { name: 'Beeld bewaren' }));
      const chips = page.getByRole('group', { name: 'Soort beeld' }).getByRole('radio');
      expect(await chips.count()).toBe(5);
      const under = [{ name: 'Wat zie je?', box: await box(page.getByRole('textbox', { name: 'Wat zie je?' })) }];
      for (const chip of await chips.all())
        under.push({ name: (await chip.getAttribute('value'))!, box: await box(chip.locator('xpath=..')) });
      return [
        ...(save.y + save.height > PHONE.viewport.height ? ['Beeld bewaren'] : []),
        ...under.filter((control) => control.box.y + control.box.height > save.y).map((control) => control.name),
      ];
    };

    await status(page, /^Laat deze pagina even open/).waitFor();
    expect({ saying: 'preparing', hidden: await hidden() }).toEqual({ saying: 'preparing', hidden: [] });
    files = 'dropped';
    await Promise.all(held.map((route) => route.abort('internetdisconnected')));
    await status(page, /^Opent nog niet zonder verbinding/).waitFor();
    expect({ saying: 'not yet', hidden: await hidden() }).toEqual({ saying: 'not yet', hidden: [] });
    files = 'through';
    await serviceWorkerInControl(page);
    await status(page, 'Dit notitieboek opent ook zonder verbinding.').waitFor();
    await page.screenshot({ path: '/tmp/notebook-360.png' });
    expect({ saying: 'ready', hidden: await hidden() }).toEqual({ saying: 'ready', hidden: [] });
    await context.close();
  });

  it('says a notebook of a visit not yet agreed is closed, without inviting a note', async () => {
    const { visit } = await arrangedVisit(net);
    const page = await demo.logIn('marloes@lindehof.demo', { device: PHONE, landed: (p) => mainHeading(p, /Marloes Visser$/) });
    await page.goto(`${demo.kring.url}/visitatie/${visit.id}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    // The real reason, and when it opens: not "not agreed, or the report is closed".
    await page
      .getByText('Het notitieboek is nog dicht: het bezoek is nog niet afgesproken. Het gaat open zodra beide kanten akkoord zijn')
      .waitFor();
    // The closed notebook has no box to write in, so it does not tell the visitor to write short beelden either.
    expect(await page.getByRole('textbox', { name: 'Wat zie je?' }).count()).toBe(0);
    expect(await page.getByText('Noteer korte beelden.', { exact: false }).count()).toBe(0);
    await page.context().close();
  });

  it('says a notebook closed because the visit is over, lets go on the phone of what the report left out, and tells the host it is the visitors’', async () => {
    const closingVisit = await agreedVisit(net, 'Hoe gaat het eten op het erf?');
    const page = await elsOnPhone();
    await page.goto(`${demo.kring.url}/visitatie/${closingVisit}/notities`);
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    await writeNote(page, 'In het rapport: de soep werd samen gemaakt.');
    await writeNote(page, 'Een kladje dat niet in het rapport hoeft.');
    await status(page, 'Alles is verstuurd.').waitFor();
    // Opened to change and thought better of: Escape asks first (something was typed), "Ja, weggooien" closes it as
    // Annuleren does, the note as it was, the focus back on its "Aanpassen".
    await page.getByRole('button', { name: 'Aanpassen: Een kladje dat niet in het rapport hoeft.' }).click();
    const changing = page.getByRole('form', { name: 'Wijziging bewaren' });
    await changing.getByLabel('Wat zie je?').fill('Een kladje, anders gezegd.');
    await changing.getByLabel('Wat zie je?').press('Escape');
    await changing
      .getByRole('group', { name: 'Wat je hier typte, is nog niet bewaard. Weggooien?' })
      .getByRole('button', { name: 'Ja, weggooien' })
      .click();
    await changing.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Aanpassen: Een kladje dat niet in het rapport hoeft.',
    );
    expect(await page.getByText('Een kladje, anders gezegd.').count()).toBe(0);

    // The visitors leave the kladje out of their draft and hand it over; the host closes the report.
    const [scrap] = await demo.kring.sql<{ id: string }>(`SELECT id FROM peer_visit_note WHERE visit_id = $1 AND body LIKE 'Een kladje%'`, [
      closingVisit,
    ]);
    const marloes = await net.as('marloes@lindehof.demo');
    await marloes.ok(DRAFT, { input: { visitId: closingVisit, summary: 'Samen koken hoort erbij.', excludedNoteIds: [scrap.id] } });
    await marloes.ok(HAND, { id: closingVisit });
    await (await net.as('ingrid@hoeve.demo')).ok(CLOSE, { id: closingVisit });

    // The phone says why (the visit is over) and what the retention rule did, and no longer offers to write or change.
    await page.reload();
    await page
      .getByText('Het notitieboek is dicht: het bezoek is voorbij en het spiegelrapport is afgesloten.', { exact: false })
      .waitFor();
    await page.getByText('In het rapport: de soep werd samen gemaakt.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Wat zie je?' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Aanpassen/ }).count()).toBe(0);
    // The erased kladje is gone from the screen and from the phone's own store, not only from the server.
    expect(await page.getByText('Een kladje dat niet in het rapport hoeft.').count()).toBe(0);
    const { notes: kept } = await onDevice(page);
    expect(kept).toContain('In het rapport: de soep werd samen gemaakt.');
    expect(kept).not.toContain('Een kladje dat niet in het rapport hoeft.');
    await page.context().close();

    // The host who opens the visitors' notebook is told whose it is, not "only the visiting team can do this" as a sync error.
    const host = await demo.logIn('ingrid@hoeve.demo', { device: PHONE, landed: (p) => mainHeading(p, /Ingrid Jansen$/) });
    await host.goto(`${demo.kring.url}/visitatie/${closingVisit}/notities`);
    await host.getByText('Dit notitieboek is van het bezoekende team van deze visitatie', { exact: false }).waitFor();
    expect(await host.getByText('Alleen het bezoekende team kan dit doen.', { exact: false }).count()).toBe(0);
    await host.context().close();
  });

  /** A visit of its own, with a beeld of Marloes that the phone receives as "Beelden van de anderen". */
  async function visitWithMarloesNote(focusQuestion: string, body: string): Promise<string> {
    const id = await agreedVisit(net, focusQuestion);
    await (await net.as('marloes@lindehof.demo')).ok(SYNC, { input: { visitId: id, edits: [noteEdit({ body })] } });
    return id;
  }

  /** Waits for the notebook to say it shows nothing without a login, and checks that none of `bodies` is on the screen. */
  async function showsNoBeeld(page: Page, bodies: string[]) {
    await page.getByText('Je bent niet (meer) ingelogd. Log in om dit notitieboek te openen.', { exact: false }).waitFor();
    for (const body of bodies) expect({ body, shown: await page.getByText(body).count() }).toEqual({ body, shown: 0 });
  }

  it('forgets the notebook on the phone when its visitor logs out through the menu: opened again, it shows no beeld and asks to log in', async () => {
    const marloesNote = 'Van een ander: de hond lag de hele ochtend bij de kachel.';
    const logoutVisit = await visitWithMarloesNote('Wie zet de koffie op het erf?', marloesNote);
    const page = await elsOnPhone();
    const notebookUrl = `${demo.kring.url}/visitatie/${logoutVisit}/notities`;
    await page.goto(notebookUrl);
    await page.getByText(marloesNote).waitFor();
    await writeNote(page, 'Iedereen at mee aan de lange tafel.');
    await status(page, 'Alles is verstuurd.').waitFor();

    await page.getByLabel('Wat zie je?').fill('Nog niet bewaard: de tuinbank is');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    // Nothing of the visit stays on the phone, the other visitor's beeld and her own unsaved one included.
    expect(await onDevice(page)).toEqual({ notes: [], visits: [] });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kring.notebook.')))).toEqual([]);

    // Whoever picks up the phone next opens the notebook's address: no beeld, and no box to add one.
    await page.goto(notebookUrl);
    await showsNoBeeld(page, [marloesNote, 'Iedereen at mee aan de lange tafel.']);
    expect(await page.getByRole('textbox', { name: 'Wat zie je?' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Naar inloggen' }).waitFor();
    await page.context().close();
  });

  it('lets go of the notebook at the next sync when the session ended elsewhere, keeps only her own unsent beeld out of sight, and sends it once she logs in again', async () => {
    const marloesNote = 'Van een ander: de kippen kregen samen met een deelnemer voer.';
    const endedVisit = await visitWithMarloesNote('Wie voert de dieren op het erf?', marloesNote);
    const page = await elsOnPhone();
    await page.goto(`${demo.kring.url}/visitatie/${endedVisit}/notities`);
    await page.getByText(marloesNote).waitFor();
    const sent = 'Verstuurd: de was werd samen opgevouwen.';
    await writeNote(page, sent);
    await status(page, 'Alles is verstuurd.').waitFor();

    // "Overal uitloggen" on another device, or a new password: the phone's session (Els's newest) ends on the server.
    await demo.kring.sql(
      `DELETE FROM auth_session WHERE id = (SELECT id FROM auth_session WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1)`,
      [await net.person('els@lindehof.demo')],
    );
    const unsent = 'Niet verstuurd: geschreven nadat de sessie al voorbij was.';
    await page.getByLabel('Wat zie je?').fill(unsent);
    await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();

    await showsNoBeeld(page, [marloesNote, sent, unsent]);
    await page.getByText('Daarom zijn de notitieboeken van dit apparaat gewist.', { exact: false }).waitFor();
    await page.getByText('1 beeld van jou had Kring nog niet ontvangen; dat is niet gewist.', { exact: false }).waitFor();
    // Only her unsent beeld stays on the phone, without the visit it would be shown with.
    expect(await onDevice(page)).toEqual({ notes: [unsent], visits: [] });

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await fillLogIn(page, 'els@lindehof.demo');
    await page.getByRole('heading', { level: 1, name: 'Notitieboek: Zorgboerderij De Hoeve' }).waitFor();
    await status(page, 'Alles is verstuurd.').waitFor();
    await page.getByText(marloesNote).waitFor();
    const stored = await demo.kring.sql<{ body: string }>(`SELECT body FROM peer_visit_note WHERE visit_id = $1 ORDER BY body`, [
      endedVisit,
    ]);
    expect(stored.map((n) => n.body).sort()).toEqual([sent, unsent, marloesNote].sort());
    await page.context().close();
  });

  it('lets go of the notebook, unsent beelden too, when the visitor is no longer in the visiting team, and says so', async () => {
    const marloesNote = 'Van een ander: de tuin werd samen gewied.';
    const leftVisit = await visitWithMarloesNote('Wie werkt er mee in de tuin?', marloesNote);
    const page = await elsOnPhone();
    await page.goto(`${demo.kring.url}/visitatie/${leftVisit}/notities`);
    await page.getByText(marloesNote).waitFor();
    await writeNote(page, 'De schoffels hingen op kinderhoogte.');
    await status(page, 'Alles is verstuurd.').waitFor();

    await demo.kring.sql(`DELETE FROM peer_visit_member WHERE visit_id = $1 AND person_id = $2`, [
      leftVisit,
      await net.person('els@lindehof.demo'),
    ]);
    await page.getByLabel('Wat zie je?').fill('Geschreven na het verlaten van het team.');
    await page.getByRole('radio', { name: 'Spiegelvraag' }).check();
    await page.getByRole('button', { name: 'Beeld bewaren' }).click();

    await page.getByText('Dit notitieboek is van het bezoekende team van deze visitatie', { exact: false }).waitFor();
    await page.getByText('Wat dit notitieboek op dit apparaat bewaarde, is daarom gewist.', { exact: false }).waitFor();
    await page.getByText('Daarbij was 1 beeld dat nog niet verstuurd was; ook dat is weg.', { exact: false }).waitFor();
    for (const body of [marloesNote, 'De schoffels hingen op kinderhoogte.', 'Geschreven na het verlaten van het team.'])
      expect({ body, shown: await page.getByText(body).count() }).toEqual({ body, shown: 0 });
    expect(await onDevice(page)).toEqual({ notes: [], visits: [] });
    await page.context().close();
  });

  it('the entrepreneurs’ check-in on a phone: a text too long is counted in Dutch and kept, a BSN is refused and kept, with advice that fits a visit; saved, it says so by the button until the note changes', async () => {
    const page = await demo.logIn('ingrid@hoeve.demo', { device: PHONE, landed: (p) => mainHeading(p, /Ingrid Jansen$/) });
    await page.goto(`${demo.kring.url}/visitatie/${visitId}/ondernemersgesprek`);
    await mainHeading(page, /^Ondernemersgesprek bij \S/).waitFor();
    const topic = page.getByRole('region', { name: 'Kleinschalig blijven' });
    const box = topic.getByRole('textbox', { name: /Jouw notitie/ });
    const long = 'Groeien trekt. '.repeat(1337);
    await box.fill(long);
    // Numbers as a Dutch reader writes them ("20.000"), not "20000".
    expect(long.length).toBe(20_055);
    await topic.getByText('Dit zijn 20.055 tekens; er passen er 20.000.').waitFor();
    expect(await box.inputValue()).toBe(long);

    const withBsn = 'Bij een overname wil de notaris het BSN 111222333 van de nieuwe eigenaar.';
    await box.fill(withBsn);
    await topic.getByRole('button', { name: 'Notitie bewaren' }).click();
    await topic.getByText('Een BSN bewaart Kring nooit').waitFor();
    // A visit has no pseudonym to use: the check-in's declaration says so, and the advice asks for the situation without names.
    const panel = topic.getByRole('alert').filter({ hasText: 'Een BSN bewaart Kring nooit' });
    await panel.getByText('Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.', { exact: false }).waitFor();
    expect(await panel.getByText('pseudoniem', { exact: false }).count()).toBe(0);
    expect(await box.inputValue()).toBe(withBsn);
    const stored = await demo.kring.sql(`SELECT 1 FROM entrepreneur_checkin_note WHERE visit_id = $1`, [visitId]);
    expect(stored).toEqual([]);

    // "Bewaard." by the button, where the thumb is, not above the box: a note typed on since is not saved.
    await box.fill('Wij blijven klein: nooit meer dan acht mensen aan tafel.');
    await topic.getByRole('button', { name: 'Notitie bewaren' }).click();
    const saved = topic.getByRole('form', { name: 'Jouw notitie' }).getByRole('status').filter({ hasText: 'Bewaard.' });
    await saved.waitFor();
    await box.fill('Wij blijven klein: nooit meer dan acht mensen aan tafel, ook niet met een wachtlijst.');
    await saved.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('is an installable app: a manifest and a service worker', async () => {
    const page = await (await demo.browser.newContext(PHONE)).newPage();
    await page.goto(demo.kring.url);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await fetch(link.href)).json() as Promise<{ icons: { sizes: string }[] }>) : null;
    });
    expect(manifest).toMatchObject({ short_name: 'Kring', display: 'standalone', start_url: '/' });
    expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toBe(`${demo.kring.url}/sw.js`);
  });
});
