import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLeerwerkplaatsList } from '../../src/core/api/leerwerkplaatsen.ts';
import { buildGesprekskaart } from '../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { signalsFromGesprekskaart } from '../../src/core/matching/match-input.ts';
import { matchLeerwerkplaatsen } from '../../src/core/matching/match-leerwerkplaatsen.ts';
import { launch, openGuardedPage } from './browser.ts';
import { doStep, joinAndConsent } from './candidate-steps.ts';
import { pathToEnding, readScenario } from './scenario-path.ts';
import { facilitatorApi } from './session-client.ts';
import { installHeadset, selectVrButton, vrButtonPosition, vrOverlaps, xrFrames } from './xr-emulation.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';
/** SHOTS=<dir>: save screenshots of the offer, a question and the thanks in VR there, to look at. */
const SHOTS = process.env.SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the questionnaire in VR (iwer emulating a Meta Quest 3)', () => {
  it('a candidate in a headset finishes a scenario and answers the questionnaire with VR buttons; the answers reach the gesprekskaart and the matching aid', async () => {
    const scenario = await readScenario(resolve(process.env.SCENES_DIR ?? 'scenes', DEMO));
    const device = await openGuardedPage(browser);
    const d = device.page;
    await installHeadset(d, 'controllers');
    const api = await facilitatorApi(device.baseUrl);
    const session = await api.createSession([DEMO], 'intake');
    expect(session.questionnaire).toBe(true);
    await joinAndConsent(d, device.baseUrl, session.joinCode!);
    await d.getByRole('link', { name: `Start: ${scenario.title.nl}` }).click();

    // To the ending scene in flat mode (the VR hotspots are tested in vr-mode.test.ts), then into VR.
    const nodeId = () => d.locator('[data-node-id]').getAttribute('data-node-id');
    await expect.poll(nodeId).toBe(scenario.startNode);
    for (const s of pathToEnding(scenario)) {
      await doStep(d, s);
      await expect.poll(nodeId, { message: `after ${JSON.stringify(s)}` }).toBe(s.expectNode);
    }
    await d.getByRole('button', { name: 'Start in VR-bril' }).click();
    await expect.poll(() => d.locator('[data-xr]').getAttribute('data-xr'), { timeout: 40_000 }).toBe('on');

    // The scenario ends in VR; its last panel offers the questions first.
    await selectVrButton(d, 'Afronden');
    await expect.poll(() => vrButtonPosition(d, 'Nog een keer'), { timeout: 20_000 }).not.toBeNull();
    expect(await vrButtonPosition(d, 'Beantwoord de vragen')).not.toBeNull();
    expect((await vrOverlaps(d)).out).toEqual([]);
    if (SHOTS) await d.screenshot({ path: `${SHOTS}/vrq-offer.png` });
    await selectVrButton(d, 'Beantwoord de vragen');

    // One tap answers a one-choice question.
    await selectVrButton(d, 'Ik kijk eerst hoe een ander het doet');
    await selectVrButton(d, 'Werken en leren, met salaris (BBL)');
    await selectVrButton(d, 'Niveau 3, zoals Verzorgende IG');
    // Up to three ticks, then "Volgende" (which shows once something is ticked).
    await selectVrButton(d, 'Mensen helpen met wassen, aankleden en eten');
    await selectVrButton(d, 'Samen met collega’s werken');
    await expect.poll(() => vrButtonPosition(d, 'Volgende')).not.toBeNull();
    await xrFrames(d, 4);
    const layout = await vrOverlaps(d);
    expect(layout.count).toBeGreaterThanOrEqual(11); // the prompt, 9 answers, back, language, next (and the menu button)
    expect(layout.out).toEqual([]);
    if (SHOTS) await d.screenshot({ path: `${SHOTS}/vrq-werk.png` });
    await selectVrButton(d, 'Volgende');
    // "Terug" goes back one question, nothing ticked (as on the DOM screen); answering again replaces the earlier answer.
    await selectVrButton(d, 'Ouderen');
    await selectVrButton(d, 'Terug');
    await expect.poll(() => vrButtonPosition(d, 'Mensen helpen met wassen, aankleden en eten')).not.toBeNull();
    expect(await vrButtonPosition(d, 'Volgende')).toBeNull();
    await selectVrButton(d, 'Werk met een vaste planning');
    await selectVrButton(d, 'Volgende');
    await selectVrButton(d, 'Ouderen');
    await selectVrButton(d, 'Volgende');
    await expect.poll(() => vrButtonPosition(d, 'Klaar')).not.toBeNull();
    if (SHOTS) await d.screenshot({ path: `${SHOTS}/vrq-thanks.png` });
    await selectVrButton(d, 'Klaar');

    // Back on the last panel, still in VR; the offer is gone once answered.
    await expect.poll(() => vrButtonPosition(d, 'Nog een keer')).not.toBeNull();
    expect(await vrButtonPosition(d, 'Beantwoord de vragen')).toBeNull();
    expect(await d.locator('[data-xr]').getAttribute('data-xr')).toBe('on');

    // Every answer is an event through the outbox, once, in the order given.
    const answers = async () => (await api.events(session.id)).filter((e) => e.body.type === 'questionnaire-answered');
    await expect.poll(async () => (await answers()).length, { timeout: 20_000 }).toBe(6);
    expect((await answers()).map((e) => [(e.body as { questionId: string }).questionId, (e.body as { optionIds: string[] }).optionIds])).toEqual([
      ['leervoorkeur', ['kunst-afkijken']],
      ['leerweg', ['BBL']],
      ['niveau', ['3']],
      ['werk', ['directe-zorg', 'samenwerken']],
      ['werk', ['structuur']],
      ['doelgroep', ['ouderenzorg']],
    ]);

    // The facilitator's gesprekskaart and matching aid, from what the server holds: the latest
    // answers, with the candidate as their source.
    const events = await api.events(session.id);
    const card = buildGesprekskaart(events, new Map([[DEMO, scenario]]), { mode: 'intake' });
    expect(card.ownAnswers.map((a) => [a.questionId, a.options.map((o) => o.label.nl)])).toEqual([
      ['leervoorkeur', ['Ik kijk eerst hoe een ander het doet']],
      ['leerweg', ['Werken en leren, met salaris (BBL)']],
      ['niveau', ['Niveau 3, zoals Verzorgende IG']],
      ['werk', ['Werk met een vaste planning']],
      ['doelgroep', ['Ouderen']],
    ]);
    const res = await fetch(`${device.baseUrl}api/leerwerkplaatsen`, { headers: { cookie: api.cookie } });
    expect(res.status).toBe(200);
    const profiles = readLeerwerkplaatsList(await res.json()).map((p) => p.profile);
    expect(profiles.length).toBeGreaterThan(0);
    const matches = matchLeerwerkplaatsen(
      { signals: signalsFromGesprekskaart(card), form: { leerweg: null, niveau: null, leerjaar: null }, today: new Date().toISOString().slice(0, 10) },
      profiles,
    );
    const criteria = matches.flatMap((m) => [...m.fits, ...m.doesNotFit, ...m.unknown]);
    const fromCandidate = new Set(criteria.filter((c) => c.sources.includes('candidate')).map((c) => c.id));
    expect([...fromCandidate]).toEqual(expect.arrayContaining(['leervoorkeur', 'leerweg-niveau']));
    expect(device.problems).toEqual([]);
  }, 480_000); // some 20 steps in VR, each a few frames of software rendering for two eyes
});
