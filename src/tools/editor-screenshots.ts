/**
 * `npm run docs:screenshots` — the screenshots of the content maker guide (docs/maken-van-scenes.md),
 * taken from the real app: the production build (run `npx vite build` first) served by the real
 * server in this process, on a temporary data folder with one maker account, in the system Chromium.
 * It walks the path of tests/browser/editor.test.ts (login, a new situation from a generated 360°
 * photo, the face review, a hotspot by clicking, two ending scenes, a question, the facts, the try
 * code on an emulated headset (iwer) in VR, consent and publishing) and writes small palette PNGs to
 * docs/img/maken/: 1280×800 (a laptop) and 390×844 (a phone).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
// The same Chromium, with the same flags, as the browser tests (never a download).
import { launchChromium } from './chromium-path.ts';
import { addFacilitator } from '../server/accounts.ts';
import { buildServer } from '../server/build-server.ts';
import { openDatabase } from '../server/db/open-database.ts';

const OUT = resolve('docs/img/maken');
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const MAKER = { email: 'praktijkopleider@de-linde.nl', password: 'screenshot-maker-password', organisation: 'Zorggroep De Linde' };
/** Largest PNG we keep in the repository; bigger ones get fewer colours. */
const MAX_BYTES = 200 * 1024;
const W = 4096;
const H = 2048;
/** Where the medicine trolley stands in the first photo (yaw 0 = image centre, positive = right). */
const TROLLEY = { yaw: 12, pitch: -12 };
/** Its colour: found again on the 360° stage to click it (nothing else in the photos has it). */
const TROLLEY_RGB = [200, 40, 150] as const;

interface Room {
  ceiling: string;
  wall: string;
  floor: string;
  trim: string;
}

/**
 * A plain room as a 2:1 equirectangular JPEG, as a phone's panorama mode gives: ceiling, walls
 * with doors and a window, floor; the first room has the trolley. No people in it.
 */
async function roomPhoto(room: Room, trolley: boolean): Promise<Buffer> {
  const x = (yaw: number) => W / 2 + yaw * (W / 360);
  const y = (pitch: number) => H / 2 - pitch * (H / 180);
  const door = (yaw: number) =>
    `<rect x="${x(yaw - 7)}" y="${y(18)}" width="${14 * (W / 360)}" height="${y(-28) - y(18)}" fill="${room.trim}" stroke="#00000030" stroke-width="6"/>` +
    `<circle cx="${x(yaw + 5)}" cy="${y(-4)}" r="9" fill="#d8d2c0"/>`;
  const pane = (yaw: number) =>
    `<rect x="${x(yaw - 12)}" y="${y(24)}" width="${24 * (W / 360)}" height="${y(2) - y(24)}" fill="url(#sky)" stroke="#ffffff" stroke-width="14"/>`;
  const bed = (yaw: number) =>
    `<rect x="${x(yaw - 14)}" y="${y(-14)}" width="${28 * (W / 360)}" height="${y(-30) - y(-14)}" rx="18" fill="#e9eef2" stroke="#9aa7b1" stroke-width="6"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <defs>
    <linearGradient id="c" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6f4ef"/><stop offset="1" stop-color="${room.ceiling}"/></linearGradient>
    <linearGradient id="w" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${room.wall}"/><stop offset="1" stop-color="#00000000"/></linearGradient>
    <linearGradient id="f" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${room.floor}"/><stop offset="1" stop-color="#3b3530"/></linearGradient>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc8ee"/><stop offset="1" stop-color="#dcefff"/></linearGradient>
  </defs>
  <rect width="${W}" height="${y(30)}" fill="url(#c)"/>
  <rect y="${y(30)}" width="${W}" height="${y(-30) - y(30)}" fill="${room.wall}"/>
  <rect y="${y(30)}" width="${W}" height="${y(-30) - y(30)}" fill="url(#w)" opacity="0.25"/>
  <rect y="${y(-30)}" width="${W}" height="${H - y(-30)}" fill="url(#f)"/>
  <rect y="${y(-29)}" width="${W}" height="12" fill="${room.trim}"/>
  <rect y="${y(-6)}" width="${W}" height="14" fill="${room.trim}"/>
  ${door(-95)}${door(-24)}${door(160)}${pane(48)}${pane(-150)}${bed(100)}
  ${
    trolley
      ? `<rect x="${x(TROLLEY.yaw - 5)}" y="${y(TROLLEY.pitch + 6)}" width="${10 * (W / 360)}" height="${12 * (H / 180)}" rx="10" fill="rgb(${TROLLEY_RGB.join(',')})"/>`
      : ''
  }
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const ROOMS: Record<'gang' | 'helpen' | 'kijken', Room> = {
  gang: { ceiling: '#dedbd2', wall: '#cfe0cf', floor: '#8b7a66', trim: '#7c9a82' },
  helpen: { ceiling: '#e2ddd5', wall: '#e7d9c4', floor: '#7d6a58', trim: '#a4845f' },
  kijken: { ceiling: '#d9dde2', wall: '#cdd8e6', floor: '#6f7780', trim: '#6f8bab' },
};

/** The centre of the trolley's pixels in a screenshot of `area`, in page coordinates. */
async function findTrolley(area: Locator): Promise<{ x: number; y: number } | undefined> {
  const shot = await area.screenshot();
  const box = (await area.boundingBox())!;
  const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let py = 0; py < info.height; py++)
    for (let px = 0; px < info.width; px++) {
      const i = (py * info.width + px) * info.channels;
      if (TROLLEY_RGB.every((c, k) => Math.abs(data[i + k]! - c) < 45)) {
        sx += px;
        sy += py;
        n++;
      }
    }
  if (n < 50) return undefined;
  return { x: box.x + (sx / n) * (box.width / info.width), y: box.y + (sy / n) * (box.height / info.height) };
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const saved: { file: string; bytes: number }[] = [];

/** The viewport as a palette PNG under docs/img/maken, re-encoded with fewer colours until small enough. */
async function shot(page: Page, name: string): Promise<void> {
  // Let React finish and the 3D stage draw a frame or two.
  await page.mouse.move(2, page.viewportSize()!.height - 2);
  await page.waitForTimeout(400);
  const raw = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  let png = raw;
  for (const colours of [256, 128, 64, 32]) {
    png = await sharp(raw).png({ palette: true, colours, compressionLevel: 9, effort: 10 }).toBuffer();
    if (png.length <= MAX_BYTES) break;
  }
  await writeFile(join(OUT, `${name}.png`), png);
  saved.push({ file: `${name}.png`, bytes: png.length });
  console.log(`  ${name}.png  ${Math.round(png.length / 1024)} KB`);
}

/** Scrolls an element to the top of its own scrolling column (the editor's columns scroll on their own). */
const toTop = (l: Locator) =>
  l.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    // scrollIntoView also scrolls the page itself: keep the page's header in view.
    window.scrollTo(0, 0);
  });

const field = (scope: Page | Locator, group: string, lang: 'NL' | 'EN' = 'NL') =>
  scope
    .getByRole('group', { name: group, exact: true })
    .getByRole('textbox')
    .nth(lang === 'NL' ? 0 : 1);

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-screenshots-'));
  const database = await openDatabase({ dataDir });
  await addFacilitator(database.db, { ...MAKER, role: 'maker' });
  const app = await buildServer({ database, dataDir, scenesDir: resolve('scenes'), distDir: resolve('dist') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const isSaved = () => page.getByText('Alles is bewaard', { exact: true }).waitFor();

    console.log('Inloggen');
    await page.goto(`${baseUrl}#/begeleider`);
    await page.getByLabel('E-mailadres').fill(MAKER.email);
    await page.getByLabel('Wachtwoord').fill(MAKER.password);
    await shot(page, '01-inloggen');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jullie eigen situaties' }).waitFor();

    console.log('Nieuwe situatie uit een foto');
    await page.getByLabel('Titel van de situatie').fill('Een ochtend op De Linde');
    await shot(page, '02-nieuwe-situatie');
    await page
      .getByLabel('Bestanden kiezen', { exact: true })
      .setInputFiles({ name: 'gang.jpg', mimeType: 'image/jpeg', buffer: await roomPhoto(ROOMS.gang, true) });
    await page.getByRole('heading', { level: 2, name: 'Deze scène' }).waitFor({ timeout: 60_000 });
    const stage = page.getByRole('region', { name: '360°-beeld van de scène' });
    // The full image follows the preview: wait until the trolley is drawn sharply.
    await until('the photo on the stage', () => findTrolley(stage));

    console.log('Gezichten en namen');
    const review = page.getByRole('region', { name: 'Gezichten en namen' });
    await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).waitFor({ timeout: 60_000 });
    // Show what a box looks like: one added where the maker looks (nobody is on this photo).
    await page.getByRole('button', { name: 'Vak toevoegen waar je kijkt', exact: true }).click();
    await toTop(review);
    await shot(page, '03-gezichten-en-namen');
    // The demo box was never saved: a reload drops it.
    await page.reload();
    await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).waitFor({ timeout: 60_000 });
    const remove = review.getByRole('button', { name: 'Weghalen', exact: true });
    while ((await remove.count()) > 0) await remove.first().click();
    await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).click();
    await page.getByText(/Nagekeken door/).waitFor({ timeout: 60_000 });

    console.log('Hotspot');
    const trolley = await until('the trolley on the stage', () => findTrolley(stage));
    await page.mouse.click(trolley.x, trolley.y);
    await field(page, 'Naam (bij de hotspot)').fill('De medicijnkar');
    await field(page, 'Naam (bij de hotspot)', 'EN').fill('The medicine trolley');
    await field(page, 'Uitleg').fill('Hier liggen de medicijnen voor de ochtend. Jij deelt ze uit en tekent af.');
    await field(page, 'Uitleg', 'EN').fill('The morning medicines are here. You hand them out and sign for them.');
    await isSaved();
    await toTop(page.getByRole('heading', { level: 3, name: 'Hotspots in deze scène' }));
    await shot(page, '04-hotspot');

    console.log('Verteller');
    await field(page, 'Titel van de scène').fill('De gang');
    await field(page, 'Titel van de scène', 'EN').fill('The corridor');
    await field(page, 'Wat de verteller zegt (ondertiteling)').fill('Het is half acht. Je loopt met je werkbegeleider over de gang.');
    await field(page, 'Wat de verteller zegt (ondertiteling)', 'EN').fill('It is half past seven. You walk down the corridor with your coach.');
    await isSaved();
    await toTop(page.getByRole('heading', { level: 2, name: 'Deze scène' }));
    await shot(page, '05-verteller');

    console.log('Meer scènes, met een einde');
    for (const [file, room, title, en] of [
      ['helpen.jpg', ROOMS.helpen, 'Je helpt mee', 'You help'],
      ['kijken.jpg', ROOMS.kijken, 'Je kijkt eerst', 'You watch first'],
    ] as const) {
      await page.getByLabel('Bestanden kiezen', { exact: true }).setInputFiles({ name: file, mimeType: 'image/jpeg', buffer: await roomPhoto(room, false) });
      await page.getByRole('button', { name: new RegExp(`^${file.replace('.jpg', '')}`) }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).waitFor({ timeout: 60_000 });
      const faces = page.getByRole('region', { name: 'Gezichten en namen' }).getByRole('button', { name: 'Weghalen', exact: true });
      while ((await faces.count()) > 0) await faces.first().click();
      await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).click();
      await page.getByText(/Nagekeken door/).waitFor({ timeout: 60_000 });
      await field(page, 'Titel van de scène').fill(title);
      await field(page, 'Titel van de scène', 'EN').fill(en);
      await page.getByLabel('Hier eindigt de situatie').check();
      await field(page, 'Wat neemt de kandidaat mee? (slotzin)').fill(`${title}. Zo gaat het werk op De Linde: samen, en met tijd voor vragen.`);
      await field(page, 'Wat neemt de kandidaat mee? (slotzin)', 'EN').fill('That is how the work goes at De Linde: together, with time for questions.');
    }
    await isSaved();
    // The graph fits its view when the page opens: reload to show every scene in it.
    await page.reload();
    await page.getByRole('button', { name: /^Je kijkt eerst/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Deze scène' }).waitFor();
    await toTop(page.getByRole('heading', { level: 2, name: 'Deze scène' }));
    await shot(page, '06-scene-met-einde');

    console.log('Vraag');
    await page.getByRole('button', { name: /^De gang/ }).click();
    await page.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    const question = page.getByRole('region', { name: 'Vraag', exact: true });
    await field(question, 'De vraag').fill('Mevrouw Jansen vraagt om hulp bij het opstaan. Wat doe je?');
    await field(question, 'De vraag', 'EN').fill('Mrs Jansen asks for help getting up. What do you do?');
    await question.getByRole('button', { name: 'Antwoord toevoegen', exact: true }).click();
    await isSaved();
    // Unfinished on purpose: the error list and the notes beside the fields.
    await toTop(page.getByRole('heading', { level: 3, name: 'Vraag bij binnenkomst' }));
    await shot(page, '07-fouten-en-tips');
    for (const [n, nl, enLabel, to] of [
      [1, 'Ik help mee', 'I help', 'Je helpt mee'],
      [2, 'Ik kijk eerst hoe mijn collega het doet', 'I first watch how my colleague does it', 'Je kijkt eerst'],
    ] as const) {
      if (n === 2) await question.getByRole('button', { name: 'Antwoord toevoegen', exact: true }).click();
      const option = question.getByRole('listitem', { name: `Antwoord ${n}` });
      await field(option, `Antwoord ${n}`).fill(nl);
      await field(option, `Antwoord ${n}`, 'EN').fill(enLabel);
      await option.getByLabel('Gaat naar').selectOption({ label: to });
      await option.getByRole('checkbox').first().check();
      await field(option, 'Gespreksvraag voor de begeleider').fill(`Waarom koos je "${nl}"?`);
      await field(option, 'Gespreksvraag voor de begeleider', 'EN').fill(`Why did you choose "${enLabel}"?`);
    }
    await isSaved();
    // The graph fits its view when the page opens: reload to show all three scenes and the answers between them.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Deze scène' }).waitFor();
    await page.getByRole('button', { name: /^De gang/ }).click();
    await toTop(question.getByRole('listitem', { name: 'Antwoord 2' }));
    await shot(page, '08-vraag-en-antwoorden');

    console.log('Over deze situatie');
    // Opens by itself while it holds errors (a new draft has no description yet).
    const about = page.locator('details.scenario-fields');
    if (!(await about.evaluate((d) => (d as HTMLDetailsElement).open))) await about.locator('summary').click();
    await field(page, 'Titel', 'EN').fill('A morning at De Linde');
    await field(page, 'Korte beschrijving').fill('Een ochtend op de gang van verpleeghuis De Linde: medicijnen, hulp bij opstaan, samenwerken.');
    await field(page, 'Korte beschrijving', 'EN').fill('A morning in the corridor of nursing home De Linde: medicines, help getting up, working together.');
    await field(page, 'Beroep').fill('Verzorgende IG');
    await field(page, 'Beroep', 'EN').fill('Care worker (VIG)');
    await page.getByRole('group', { name: 'Mbo-niveau' }).getByLabel('3', { exact: true }).check();
    await isSaved();
    await until('no errors', async () => ((await page.getByText(/^Geen fouten/).count()) === 1 ? true : undefined), 15_000);
    await toTop(about.locator('summary'));
    await shot(page, '09-over-deze-situatie');

    console.log('Telefoon');
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '15-telefoon-bovenaan');
    await page.getByRole('button', { name: 'De medicijnkar' }).first().click();
    await stage.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '16-telefoon-360-beeld');
    await page.setViewportSize(LAPTOP);
    await page.evaluate(() => window.scrollTo(0, 0));

    console.log('Probeer op een VR-bril');
    await page.getByRole('button', { name: 'Probeer op een VR-bril', exact: true }).click();
    const code = await until(
      'a try code',
      async () =>
        (await page
          .locator('[data-try-code]')
          .getAttribute('data-try-code')
          .catch(() => null)) ?? undefined,
    );
    await shot(page, '10-probeer-op-een-vr-bril');

    // The headset: an emulated Meta Quest 3 (iwer), installed before the app loads like a real browser's WebXR.
    const headset = await browser.newContext({ viewport: LAPTOP, locale: 'nl-NL' });
    const quest = await headset.newPage();
    quest.on('pageerror', (e) => problems.push(`headset: ${e.message}`));
    await quest.addInitScript({ path: resolve('node_modules/iwer/build/iwer.min.js') });
    await quest.addInitScript(() => {
      const w = window as unknown as { IWER: { XRDevice: new (c: unknown) => { installRuntime(o: unknown): void }; metaQuest3: unknown } };
      new w.IWER.XRDevice(w.IWER.metaQuest3).installRuntime({ forceInstall: true });
    });
    await quest.goto(`${baseUrl}#/join`);
    await quest.getByLabel('Code', { exact: true }).fill(code);
    await shot(quest, '11-code-op-de-bril');
    await quest.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await quest.getByRole('button', { name: 'Start in VR-bril' }).click({ timeout: 60_000 });
    await until('the VR session', async () => ((await quest.locator('[data-xr]').getAttribute('data-xr')) === 'on' ? true : undefined), 40_000);
    // Software rendering of two eyes is slow: give the first frames (and the full image) time.
    await quest.waitForTimeout(4000);
    await shot(quest, '12-in-de-vr-bril');
    await headset.close();

    console.log('Publiceren');
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Toestemming per foto' });
    await dialog.waitFor();
    await dialog.getByLabel('Mensen zijn vervaagd (gezichten nagekeken)').first().check();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '13-toestemming-per-foto');
    for (const choice of await dialog.getByRole('group').all()) {
      const given = choice.getByLabel('Iedereen op de foto gaf toestemming');
      if (!(await choice.getByLabel('Mensen zijn vervaagd (gezichten nagekeken)').isChecked())) await given.check();
    }
    await dialog.getByRole('button', { name: 'Bevestigen en publiceren', exact: true }).click();
    await page.getByText('Gepubliceerd als versie 1.0.0.').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '14-gepubliceerd');

    console.log('Versies');
    await field(question.getByRole('listitem', { name: 'Antwoord 1' }), 'Antwoord 1').fill('Ik help graag mee');
    await isSaved();
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    for (const choice of await dialog.getByRole('group').all()) await choice.getByLabel('Iedereen op de foto gaf toestemming').check();
    await dialog.getByRole('button', { name: 'Bevestigen en publiceren', exact: true }).click();
    await page.getByText('Gepubliceerd als versie 1.1.0.').waitFor();
    await page.goto(`${baseUrl}#/maken`);
    await page.getByText('gepubliceerd: versie 1.1.0').waitFor();
    await shot(page, '17-versies');

    if (problems.length) console.warn(`Page errors seen:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const total = saved.reduce((a, s) => a + s.bytes, 0);
  console.log(`${saved.length} screenshots in ${OUT} (${Math.round(total / 1024)} KB) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
