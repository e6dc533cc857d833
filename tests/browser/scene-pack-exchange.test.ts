import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DraftList, DraftView, PublishAnswer, SaveDraftAnswer, UploadView } from '../../src/core/api/authoring.ts';
import { packProblem } from '../../src/core/pack-problems.ts';
import { Catalog } from '../../src/core/scenario-catalog.ts';
import { readPack } from '../../src/scene-pack/read-pack.ts';
import { rawZip } from '../scene-pack/raw-zip.ts';
import { smallScenario } from '../scene-pack/small-pack.ts';
import { panoramaJpeg } from '../server/authoring/upload-fixtures.ts';
import { launch, openGuardedPage } from './browser.ts';
import { doStep, joinAndConsent } from './candidate-steps.ts';
import { facilitatorApi } from './session-client.ts';
import { signIn } from './sign-in.ts';

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'bbvr-pack-exchange-'));
});
afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A JSON call with the page's login cookie (the context's cookie jar), failing loudly on anything but 2xx. */
async function call(context: BrowserContext, url: string, init: { method?: string; data?: unknown; headers?: Record<string, string> } = {}): Promise<unknown> {
  const res = await context.request.fetch(url, { method: init.method ?? 'GET', data: init.data, headers: init.headers });
  if (!res.ok()) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/**
 * ROC Test's maker makes and publishes a small scenario (a question whose answers lead to two
 * endings, on one photo) through the real HTTP API: the editor itself is editor.test.ts's subject.
 */
async function publishSmallScenario(context: BrowserContext, baseUrl: string): Promise<{ path: string; title: string }> {
  const photo = await panoramaJpeg(2048, 1024);
  let upload = UploadView.parse(
    await call(context, `${baseUrl}api/authoring/uploads?name=linde.jpg&purpose=scene`, {
      method: 'POST',
      data: photo,
      headers: { 'content-type': 'image/jpeg' },
    }).then((b) => (b as { upload?: unknown }).upload ?? b),
  );
  await expect
    .poll(async () => (upload = UploadView.parse(await call(context, `${baseUrl}api/authoring/uploads/${upload.id}`))).status, { timeout: 60_000 })
    .toBe('ready');
  const title = 'Gedeeld door ROC Test';
  const draft = DraftView.parse(await call(context, `${baseUrl}api/authoring/scenarios`, { method: 'POST', data: { fromUpload: upload.id, title } }));
  const media = { type: 'image', src: upload.media!.src, preview: upload.media!.preview };
  const base = smallScenario();
  const scenario = {
    ...base,
    id: draft.path.split('/')[1]!,
    zorgcategorie: draft.path.split('/')[0]!,
    title: { nl: title, en: 'Shared by ROC Test' },
    nodes: base.nodes.map((n) => ({ ...n, media })),
  };
  const saved = SaveDraftAnswer.parse(
    await call(context, `${baseUrl}api/authoring/scenarios/${draft.id}`, { method: 'PUT', data: { scenario, baseRevision: draft.revision } }),
  );
  const published = PublishAnswer.parse(
    await call(context, `${baseUrl}api/authoring/scenarios/${draft.id}/publish`, {
      method: 'POST',
      data: { baseRevision: saved.revision, consents: [{ file: media.src, kind: 'consent' }] },
    }),
  );
  expect(published.version).toBe('1.0.0');
  return { path: draft.path, title };
}

/** Chooses a .zip in the editor's import panel with the real file chooser (the button opens it). */
async function importThroughPanel(page: Page, name: string, zip: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Kies een pakket (.zip)', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer: zip });
}

describe('scene packs between organisations', () => {
  it('ROC Test exports a published scenario from the editor; Zorggroep Test imports it on its own server, refuses a tampered copy and a second import, and plays it in a session', async () => {
    // Organisation A: ROC Test on the server with the real scenes.
    const a = await openGuardedPage(browser);
    await signIn(a.page, a.baseUrl, inject('maker'));
    const { path, title } = await publishSmallScenario(a.context, a.baseUrl);

    // A's maker exports it from the editor: choose it, a licence and a credit, and download.
    // The maker landed on this page before publishing: load it again to list the published version.
    await a.page.goto(`${a.baseUrl}#/maken`);
    await a.page.reload();
    const exportPanel = a.page.getByRole('region', { name: 'Delen als scènepakket' });
    await exportPanel.getByLabel(`${title} (versie 1.0.0)`).check();
    await exportPanel.getByLabel('Licentie (wat anderen ermee mogen)').selectOption('CC-BY-SA-4.0');
    await exportPanel.getByLabel('Wie moet genoemd worden? (mag leeg blijven)').fill("Foto's: team De Linde");
    const download = a.page.waitForEvent('download');
    await exportPanel.getByRole('link', { name: 'Pakket downloaden (.zip)' }).click();
    const zipFile = await (await download).path();
    expect((await download).suggestedFilename()).toBe(`${path.replace('/', '-')}.zip`);
    const zip = await readFile(zipFile);

    // The file is a sound pack with what the maker chose, and the consent confirmed at publish.
    const unpacked = join(work, 'unpacked');
    const pack = await readPack(zipFile, unpacked);
    expect(pack.problems).toEqual([]);
    expect(pack.manifest).toMatchObject({ organisation: 'ROC Test', licence: 'CC-BY-SA-4.0', credits: ["Foto's: team De Linde"], title });
    expect(pack.manifest!.scenarios.map((s) => [s.path, s.version])).toEqual([[path, '1.0.0']]);
    expect(pack.manifest!.consentConfirmations).toEqual([expect.objectContaining({ kind: 'consent', confirmedBy: inject('maker').email })]);

    // Organisation B: Zorggroep Test on another server (its own database and files).
    const second = inject('secondOrganisation');
    const b = await openGuardedPage(browser, { pack: 'fixture' });
    expect(b.baseUrl).not.toBe(a.baseUrl);
    const catalog = async () => Catalog.parse(await call(b.context, `${b.baseUrl}scenes/index.json`));
    const ownDrafts = async () => DraftList.parse(await call(b.context, `${b.baseUrl}api/authoring/scenarios`)).drafts;
    await signIn(b.page, b.baseUrl, second.maker);
    await b.page.getByRole('heading', { level: 1, name: 'Jullie eigen situaties' }).waitFor();
    const catalogBefore = await catalog();
    expect(catalogBefore.scenarios.map((s) => s.path)).not.toContain(path);
    expect(await ownDrafts()).toEqual([]);
    const importPanel = b.page.getByRole('region', { name: 'Een scènepakket toevoegen' });
    const refusal = importPanel.getByRole('alert');

    // A tampered copy (one byte of the photo changed, the zip itself intact) is refused with the
    // checksum message next to the import field, and nothing is added.
    const photo = pack.manifest!.files.find((f) => f.path.endsWith('.jpg') && !f.path.endsWith('-preview.jpg'))!;
    const entries = await Promise.all(
      ['manifest.json', ...pack.manifest!.files.map((f) => f.path)].map(async (name) => ({ name, data: await readFile(join(unpacked, name)) })),
    );
    const changed = entries.find((e) => e.name === photo.path)!;
    changed.data = Buffer.from(changed.data);
    const at = changed.data.length - 100; // inside the picture data, before the end-of-image marker
    changed.data[at] = changed.data[at]! ^ 0xff;
    await importThroughPanel(b.page, 'gedeeld.zip', rawZip(entries));
    await refusal.waitFor({ timeout: 30_000 });
    await expect.poll(() => refusal.innerText()).toContain('Niet toegevoegd. Dit moet eerst anders:');
    const mismatch = packProblem('checksum-mismatch', photo.path, { expected: photo.sha256, actual: '' }).message.nl.split(':')[0]!;
    expect(await refusal.innerText()).toContain(mismatch);
    expect(await refusal.innerText()).toContain(`manifest zegt ${photo.sha256.slice(0, 12)}…`);
    expect(await refusal.locator('code').allInnerTexts()).toEqual([photo.path]);
    expect(await catalog()).toEqual(catalogBefore);
    expect(await ownDrafts()).toEqual([]);

    // The pack as exported goes in: listed as new, among B's own situations and in B's catalog.
    await importThroughPanel(b.page, 'gedeeld.zip', zip);
    await importPanel.getByText(`${path}: versie 1.0.0 (nieuw)`, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await importPanel.getByText('Toegevoegd:', { exact: true }).count()).toBe(1);
    await b.page.getByRole('link', { name: title, exact: true }).waitFor();
    const drafts = await ownDrafts();
    expect(drafts.map((d) => [d.path, d.published?.version])).toEqual([[path, '1.0.0']]);
    const catalogAfter = await catalog();
    const entry = catalogAfter.scenarios.find((s) => s.path === path);
    expect(entry?.version).toBe('1.0.0');

    // The same pack again is refused (not newer than what B has), with its message; nothing changes.
    await importThroughPanel(b.page, 'gedeeld.zip', zip);
    const notNewer = packProblem('version-not-newer', path, { version: '1.0.0', have: '1.0.0' }).message.nl;
    await importPanel.getByText(notNewer, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toContain('Niet toegevoegd. Dit moet eerst anders:');
    expect(await catalog()).toEqual(catalogAfter);
    expect(await ownDrafts()).toEqual(drafts);

    // B's begeleider runs a session with B's copy; a candidate's device plays it to an ending.
    const facilitator = await facilitatorApi(b.baseUrl, second.facilitator);
    const session = await facilitator.createSession([path]);
    const device = await openGuardedPage(browser, { pack: 'fixture' });
    await joinAndConsent(device.page, b.baseUrl, session.joinCode!);
    await device.page.goto(`${b.baseUrl}#/play/${path}`);
    const nodeId = () => device.page.locator('[data-node-id]').getAttribute('data-node-id');
    await expect.poll(nodeId).toBe('start');
    await expect.poll(() => device.page.evaluate(() => performance.getEntriesByName('bbvr:scene-visible').length)).toBeGreaterThan(0);
    await device.page.getByText('Wat doe je eerst?').waitFor();
    await doStep(device.page, { kind: 'option', questionId: 'wat-eerst', optionId: 'links', label: 'Ik help eerst mevrouw', expectNode: 'einde-a' });
    await expect.poll(nodeId).toBe('einde-a');
    await device.page.getByText('Goed gedaan.').first().waitFor();

    // What the device logged names B's copy: the path and version B's server serves.
    await expect
      .poll(async () => (await facilitator.events(session.id)).filter((e) => e.body.type === 'question-answered').length, { timeout: 15_000 })
      .toBe(1);
    const events = await facilitator.events(session.id);
    const started = events.find((e) => e.body.type === 'started')!;
    expect(started.body).toMatchObject({ scenarioId: path.split('/')[1], scenarioVersion: entry!.version });
    for (const e of events.filter((x) => x.body.type !== 'consent-given')) {
      expect(e.scenario).toBe(path);
      expect(e.scenarioVersion).toBe(entry!.version);
    }

    expect(a.problems).toEqual([]);
    // Chromium logs every 4xx answer; the two refusals are 422 by design (docs/api.md), nothing else went wrong.
    expect(b.problems).toEqual(Array(2).fill('console error: Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)'));
    expect(device.problems).toEqual([]);
  }, 240_000);
});
