import { describe, expect, it } from 'vitest';
import * as authoring from '../../../src/core/authoring/index.ts';
import type { Outcome } from '../../../src/core/authoring/index.ts';
import { checkScenario, countBySeverity, type MediaInfo } from '../../../src/core/checker.ts';
import { mediaStub } from '../fixtures/scenarios.ts';

const {
  AuthoringHistory,
  addHotspot,
  addNodeFromPhoto,
  addOption,
  newDraftScenario,
  setBeroepen,
  setEnding,
  setHotspotTexts,
  setNarrationText,
  setNiveaus,
  setOptionLabel,
  setOptionNext,
  setOptionTags,
  setOptionTalkingPoint,
  setQuestion,
  setQuestionPrompt,
  setScenarioDescription,
} = authoring;

/** The photos of the session, as the upload would have stored them: 2:1 panoramas and previews. */
const pano: MediaInfo = { exists: true, width: 4096, height: 2048, format: 'jpeg' };
const preview: MediaInfo = { exists: true, width: 512, height: 256, format: 'jpeg' };
const photo = (name: string) => ({ src: `media/${name}.jpg`, preview: `media/${name}-preview.jpg` });
const media = Object.fromEntries(
  ['huiskamer', 'samen-eten', 'even-rust'].flatMap((n) => [
    [`media/${n}.jpg`, pano],
    [`media/${n}-preview.jpg`, preview],
  ]),
);

async function check(s: authoring.AuthoringHistory['scenario']) {
  return checkScenario(s, { file: 'draft', folder: { zorgcategorie: 'gehandicaptenzorg', id: s.id }, mediaInfo: mediaStub(media) });
}

describe('a typical editing session', () => {
  it('photo → node, info hotspot, a question with two options to two new nodes, endings: passes the checker once filled in', async () => {
    const draft = newDraftScenario({ title: { nl: 'Avond op de woongroep', en: 'Evening at the group home' }, zorgcategorie: 'gehandicaptenzorg' });
    if (!draft.ok) throw new Error('no draft');
    let clock = 0;
    const history = new AuthoringHistory(draft.scenario, { clock: () => (clock += 2000) });
    /** Applies an operation to the history's current scenario and returns its extras. */
    function run<T extends object>(outcome: Outcome<T>): T {
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      const applied = history.apply(outcome.edit);
      if (!applied.ok) throw new Error(JSON.stringify(applied.conflict));
      return outcome;
    }
    const s = () => history.scenario;

    const { nodeId: start } = run(addNodeFromPhoto(s(), { title: { nl: 'De huiskamer', en: 'The living room' }, ...photo('huiskamer') }));
    expect(start).toBe('de-huiskamer');
    expect(s().startNode).toBe(start);
    run(setNarrationText(s(), { nodeId: start, text: { nl: 'Het is zes uur. Het eten is klaar.', en: 'It is six. Dinner is ready.' } }));
    const { hotspotId: info } = run(addHotspot(s(), { nodeId: start, kind: 'info', yaw: -30, pitch: 0, label: { nl: 'Weekplanning', en: 'Weekly plan' } }));
    run(setHotspotTexts(s(), { nodeId: start, hotspotId: info, text: { nl: 'Iedereen heeft een vaste taak.', en: 'Everyone has a fixed task.' } }));

    const { questionId } = run(setQuestion(s(), { nodeId: start, kind: 'choice' }));
    expect(questionId).toBe('de-huiskamer-vraag');
    const q = { nodeId: start };
    run(setQuestionPrompt(s(), { ...q, text: { nl: 'Wat doe je eerst?', en: 'What do you do first?' } }));
    const { nodeId: eten } = run(addNodeFromPhoto(s(), { title: { nl: 'Samen eten', en: 'Eating together' }, ...photo('samen-eten') }));
    const { nodeId: rust } = run(addNodeFromPhoto(s(), { title: { nl: 'Even rust', en: 'A quiet moment' }, ...photo('even-rust') }));
    const answers = [
      { nl: 'Ik dek samen met de bewoners de tafel', en: 'I set the table with the residents', next: eten, tag: 'begeleiding-wonen' },
      { nl: 'Ik ga eerst bij Sem zitten, hij is onrustig', en: 'I first sit with Sem, he is restless', next: rust, tag: 'signaleren' },
    ];
    for (const a of answers) {
      const { optionId } = run(addOption(s(), q));
      run(setOptionLabel(s(), { ...q, optionId, text: { nl: a.nl } }));
      run(setOptionLabel(s(), { ...q, optionId, text: { en: a.en } }));
      run(setOptionNext(s(), { ...q, optionId, next: a.next }));
      run(setOptionTags(s(), { ...q, optionId, tags: [a.tag] }));
      run(setOptionTalkingPoint(s(), { ...q, optionId, text: { nl: 'Waarom koos je dit?', en: 'Why did you choose this?' } }));
    }
    run(setEnding(s(), { nodeId: eten, takeaway: { nl: 'Samen doen geeft structuur.', en: 'Doing things together gives structure.' } }));
    run(setEnding(s(), { nodeId: rust, takeaway: { nl: 'Je ziet wat iemand nodig heeft.', en: 'You notice what someone needs.' } }));

    // Still a draft: the scenario texts are missing, and the checker says so.
    const unfinished = await check(s());
    expect(countBySeverity(unfinished.problems).errors).toBeGreaterThan(0);
    expect(unfinished.problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/description/nl', '/beroepen', '/niveaus']));

    run(setScenarioDescription(s(), { text: { nl: 'Een avond helpen op een woongroep.', en: 'Helping out on an evening at a group home.' } }));
    run(setBeroepen(s(), { beroepen: [{ nl: 'Begeleider gehandicaptenzorg', en: 'Disability support worker' }] }));
    run(setNiveaus(s(), { niveaus: [3, 4] }));

    const result = await check(s());
    expect(result.problems).toEqual([]);
    expect(result.scenario?.nodes.map((n) => n.id)).toEqual(['de-huiskamer', 'samen-eten', 'even-rust']);

    // And the whole session undoes back to the empty draft.
    while (history.undo());
    expect(history.scenario).toEqual(draft.scenario);
  });
});
