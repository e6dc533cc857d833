import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DraftView } from '../../src/core/api/authoring.ts';
import type { Scenario } from '../../src/core/scenario-schema.ts';
import { launch, openGuardedPage } from './browser.ts';
import { joinAndConsent } from './candidate-steps.ts';
import { facilitatorApi } from './session-client.ts';

/** Where the test's photo has its mark: to the right of and above the image centre. */
const MARK = { yaw: 8, pitch: 5 };
const W = 4096;
const H = 2048;

/**
 * A generated 360° photo: one colour with a magenta disc at `mark` (yaw 0 = image centre,
 * positive = right; pitch positive = up), as a phone's 360° mode would give a JPEG.
 */
async function panorama(colour: string, mark?: { yaw: number; pitch: number }): Promise<Buffer> {
  const x = W / 2 + (mark?.yaw ?? 0) * (W / 360);
  const y = H / 2 - (mark?.pitch ?? 0) * (H / 180);
  const disc = mark ? `<circle cx="${x}" cy="${y}" r="28" fill="#ff00ff"/>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${colour}"/>${disc}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** The centre of the magenta pixels in a screenshot of `area`, in page coordinates. */
async function findMark(page: Page, area: Locator): Promise<{ x: number; y: number }> {
  // The screenshot scrolls the area into view: its box is read after, in the same scroll position.
  const shot = await area.screenshot();
  const box = (await area.boundingBox())!;
  const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (data[i]! > 200 && data[i + 1]! < 90 && data[i + 2]! > 200) {
        sx += x;
        sy += y;
        n++;
      }
    }
  if (n < 20) throw new Error(`the mark is not on the stage (${n} magenta pixels)`);
  // Screenshot pixels are CSS pixels here (device scale factor 1).
  return { x: box.x + (sx / n) * (box.width / info.width), y: box.y + (sy / n) * (box.height / info.height) };
}

const field = (scope: Page | Locator, group: string, lang: 'NL' | 'EN' = 'NL') =>
  scope
    .getByRole('group', { name: group, exact: true })
    .getByRole('textbox')
    .nth(lang === 'NL' ? 0 : 1);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('editor', () => {
  // The whole maker flow (uploads, face detection, two publishes) takes 60–115 s on a busy 2-core machine.
  it('a maker turns a 360° photo into a branching scene, publishes it, a device plays it in a session, and an old session still resolves after a re-publish', async () => {
    const maker = inject('maker');
    const { page, context, baseUrl, problems } = await openGuardedPage(browser);
    const api = async (path: string) => {
      const res = await context.request.get(`${baseUrl}${path}`);
      expect(res.status(), path).toBe(200);
      return res.json() as Promise<unknown>;
    };
    const saved = () => page.getByText('Alles is bewaard', { exact: true }).waitFor();
    // Publishing asks, per photo, that the people on it consented (or are blurred): nobody is on these.
    const publish = async (version: string) => {
      await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Toestemming per foto' });
      await dialog.waitFor();
      for (const consent of await dialog.getByLabel('Iedereen op de foto gaf toestemming').all()) await consent.check();
      await dialog.getByRole('button', { name: 'Bevestigen en publiceren', exact: true }).click();
      await page.getByText(`Gepubliceerd als versie ${version}.`).waitFor();
    };

    // A maker logs in like a facilitator and lands in the editor (makers run no sessions).
    await page.goto(`${baseUrl}#/begeleider`);
    await page.getByLabel('E-mailadres').fill(maker.email);
    await page.getByLabel('Wachtwoord').fill(maker.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jullie eigen situaties' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}#/maken`);

    // A new scenario from a photo: title, then the file; the draft opens with that photo as its first scene.
    await page.getByLabel('Titel van de situatie').fill('Gang van De Linde');
    await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'gang.jpg', mimeType: 'image/jpeg', buffer: await panorama('#3c8c50', MARK) });
    await page.getByRole('heading', { level: 2, name: 'Deze scène' }).waitFor({ timeout: 60_000 });
    const draftId = /#\/maken\/([a-z0-9]+)$/.exec(page.url())![1]!;
    const stored = async () => {
      const draft = DraftView.parse(await api(`api/authoring/scenarios/${draftId}`));
      return { draft, scenario: draft.scenario as Scenario };
    };

    // Faces are looked for in every photo; the review lists what was found (here the detector may
    // take the disc for a face). The maker removes wrong suggestions and confirms the boxes.
    await page.getByRole('heading', { level: 2, name: 'Gezichten en namen' }).waitFor();
    const remove = page.getByRole('button', { name: 'Weghalen', exact: true });
    while ((await remove.count()) > 0) await remove.first().click();
    await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).click();
    await expect.poll(() => page.getByText(/Nagekeken door/).count(), { timeout: 60_000 }).toBe(1);

    // Click the mark on the 360° stage: a hotspot there, within 1° of where the mark is in the photo.
    const stage = page.getByRole('region', { name: '360°-beeld van de scène' });
    // The full image follows the preview: wait until the mark is drawn.
    let mark: { x: number; y: number } | undefined;
    await expect
      .poll(async () => (mark = await findMark(page, stage).catch(() => undefined)) !== undefined, { timeout: 20_000 })
      .toBe(true)
      .catch(async (e: Error) => {
        await page.screenshot({ path: '/tmp/editor-no-mark.png' });
        throw e;
      });
    await page.mouse.click(mark!.x, mark!.y);
    await field(page, 'Naam (bij de hotspot)').fill('De medicijnkar');
    await field(page, 'Naam (bij de hotspot)', 'EN').fill('The medicine trolley');
    await field(page, 'Uitleg').fill('Hier liggen de medicijnen voor de ochtend.');
    await field(page, 'Uitleg', 'EN').fill('The morning medicines are here.');
    await saved();
    const placed = (await stored()).scenario.nodes[0]!.hotspots[0]!;
    expect(Math.abs(placed.yaw - MARK.yaw), `yaw ${placed.yaw}`).toBeLessThanOrEqual(1);
    expect(Math.abs(placed.pitch - MARK.pitch), `pitch ${placed.pitch}`).toBeLessThanOrEqual(1);

    // Two more photos become two more scenes, each an ending.
    for (const [file, colour, title] of [
      ['helpen.jpg', '#8c5a3c', 'Je helpt mee'],
      ['kijken.jpg', '#3c5a8c', 'Je kijkt eerst'],
    ] as const) {
      await page.getByLabel('Bestanden kiezen').setInputFiles({ name: file, mimeType: 'image/jpeg', buffer: await panorama(colour) });
      await page.getByRole('button', { name: new RegExp(`^${file.replace('.jpg', '')}`) }).waitFor({ timeout: 60_000 });
      await field(page, 'Titel van de scène').fill(title);
      await field(page, 'Titel van de scène', 'EN').fill(title === 'Je helpt mee' ? 'You help' : 'You watch first');
      await page.getByLabel('Hier eindigt de situatie').check();
      await field(page, 'Wat neemt de kandidaat mee? (slotzin)').fill(`${title}: zo gaat het werk.`);
      await field(page, 'Wat neemt de kandidaat mee? (slotzin)', 'EN').fill('That is how the work goes.');
    }

    // The graph frames all three scenes, also the two added after it first drew.
    const graph = (await page.getByTestId('scenario-graph').boundingBox())!;
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);
    for (const box of await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(graph.x - 1);
      expect(box.right).toBeLessThanOrEqual(graph.x + graph.width + 1);
      expect(box.top).toBeGreaterThanOrEqual(graph.y - 1);
      expect(box.bottom).toBeLessThanOrEqual(graph.y + graph.height + 1);
    }

    // Back to the first scene: a question on entering, whose two answers lead to the two scenes.
    await page.getByRole('button', { name: /^Gang van De Linde/ }).click();
    await page.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    const question = page.getByRole('region', { name: 'Vraag', exact: true });
    await field(question, 'De vraag').fill('Mevrouw Jansen vraagt om hulp. Wat doe je?');
    await field(question, 'De vraag', 'EN').fill('Mrs Jansen asks for help. What do you do?');
    for (const [n, nl, en, to] of [
      [1, 'Ik help mee', 'I help', 'Je helpt mee'],
      [2, 'Ik kijk eerst', 'I watch first', 'Je kijkt eerst'],
    ] as const) {
      await question.getByRole('button', { name: 'Antwoord toevoegen', exact: true }).click();
      const option = question.getByRole('listitem', { name: `Antwoord ${n}` });
      await field(option, `Antwoord ${n}`).fill(nl);
      await field(option, `Antwoord ${n}`, 'EN').fill(en);
      await option.getByLabel('Gaat naar').selectOption({ label: to });
      await option.getByRole('checkbox').first().check();
      await field(option, 'Gespreksvraag voor de begeleider').fill(`Waarom koos je "${nl}"?`);
      await field(option, 'Gespreksvraag voor de begeleider', 'EN').fill(`Why did you choose "${en}"?`);
    }
    // What the situation is about: shown to candidates and facilitators when they choose one.
    // A new draft lacks its description, profession and niveau: the part opens by itself, with
    // its error count, and the toolbar says the errors are there (and not in the scenes).
    const about = page.locator('details.scenario-fields');
    expect(await about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => about.locator('summary .badge.errors').textContent()).toMatch(/^\d+ fout\(en\)$/);
    expect(await page.locator('.problem-count').textContent()).toMatch(/fouten om op te lossen: Over deze situatie \(\d+\)$/);
    await field(page, 'Titel', 'EN').fill('The corridor of De Linde');
    await field(page, 'Korte beschrijving').fill('Een ochtend op de gang van De Linde.');
    await field(page, 'Korte beschrijving', 'EN').fill('A morning in the corridor of De Linde.');
    await field(page, 'Beroep').fill('Verzorgende IG');
    await field(page, 'Beroep', 'EN').fill('Care worker');
    await page.getByRole('group', { name: 'Mbo-niveau' }).getByLabel('3', { exact: true }).check();
    await saved();
    await expect
      .poll(() => page.getByText(/^Geen fouten/).count(), { timeout: 15_000 })
      .toBe(1)
      .catch(async (e: Error) => {
        console.log('editor test, errors left:', (await page.locator('.draft-toolbar, .problem-notes, [role=alert]').allInnerTexts()).join('\n'));
        await page.screenshot({ path: '/tmp/editor-errors.png', fullPage: true });
        throw e;
      });
    // Fixing the last error there does not fold the part away.
    expect(await about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    // Publish: version 1.0.0, in the catalog beside the built-in scenarios.
    await publish('1.0.0');
    const { draft } = await stored();
    const path = draft.path;
    const catalog = (await api('scenes/index.json')) as { scenarios: { path: string }[] };
    expect(catalog.scenarios.map((s) => s.path)).toContain(path);

    // A begeleider runs a session with it; a candidate's device plays it to an ending.
    const facilitator = await facilitatorApi(baseUrl);
    const session = await facilitator.createSession([path]);
    const device = await openGuardedPage(browser);
    await joinAndConsent(device.page, baseUrl, session.joinCode!);
    await device.page.goto(`${baseUrl}#/play/${path}`);
    await device.page.getByRole('button', { name: 'De medicijnkar', exact: true }).click();
    await device.page.getByText('Hier liggen de medicijnen voor de ochtend.').waitFor();
    // Closing the info brings the scene's question back (it was on screen when the candidate looked around).
    await device.page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await device.page.getByRole('button', { name: 'Ik help mee', exact: true }).click();
    await device.page.getByText('Je helpt mee: zo gaat het werk.').waitFor();
    await expect
      .poll(async () => (await facilitator.events(session.id)).some((e) => e.body.type === 'question-answered' && e.scenarioVersion === '1.0.0'), {
        timeout: 15_000,
      })
      .toBe(true);

    // The maker changes the answer and publishes again; the old session's gesprekskaart still shows what was played.
    await field(question.getByRole('listitem', { name: 'Antwoord 1' }), 'Antwoord 1').fill('Ik help graag mee');
    await saved();
    await publish('1.1.0');
    const participant = (await facilitator.events(session.id))[0]!.participantCode;
    const begeleider = await openGuardedPage(browser);
    await begeleider.context.addCookies([{ name: facilitator.cookie.split('=')[0]!, value: facilitator.cookie.split('=')[1]!, url: baseUrl }]);
    await begeleider.page.goto(`${baseUrl}#/begeleider/sessie/${session.id}/deelnemer/${participant}`);
    await begeleider.page
      .getByText(/Ik help mee/)
      .first()
      .waitFor();
    expect(await begeleider.page.getByText('Ik help graag mee').count()).toBe(0);

    // The maker goes back to version 1.0.0 from the version list: it is current again.
    await page.getByText('Versies (2)', { exact: true }).click();
    await page.getByRole('button', { name: 'Terugzetten naar versie 1.0.0', exact: true }).click();
    await page.getByText('Versie 1.0.0 geldt weer.', { exact: true }).waitFor();
    expect((await stored()).draft.published?.version).toBe('1.0.0');

    expect(problems).toEqual([]);
    expect(device.problems).toEqual([]);
    expect(begeleider.problems).toEqual([]);
  }, 240_000);
});
