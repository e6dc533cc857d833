import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/api/stored-event.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { storedRun } from './stored-run.ts';
import { isoDuration, toXapiStatements, type XapiStatement } from '../../src/core/xapi-statements.ts';

const PATH = 'ouderenzorg/ochtend-verpleeghuis';
const scenario = Scenario.parse(JSON.parse(readFileSync(`scenes/${PATH}/scenario.json`, 'utf8')));
const scenarios = new Map([[PATH, scenario]]);
const BASE = 'https://beroepsbeeld.example/xapi';
const ADL = 'http://adlnet.gov/expapi/verbs/';
const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);
const SESSION = crypto.randomUUID();

/** A whole run through the real engine: hotspots, a back, three choices, a reflection, the scale, the end. */
function playedEvents(): StoredEvent[] {
  return storedRun(scenario, { path: PATH, sessionId: SESSION, startAt: T0 }, [
    [0, { type: 'start' }],
    [4000, { type: 'open-hotspot', hotspotId: 'werkbegeleider' }],
    [3000, { type: 'open-hotspot', hotspotId: 'naar-kamer-12' }],
    [2000, { type: 'back' }],
    [1000, { type: 'open-hotspot', hotspotId: 'naar-kamer-12' }],
    [1500, { type: 'answer', questionId: 'uitslapen', optionId: 'laten-liggen' }],
    [5000, { type: 'open-hotspot', hotspotId: 'terug-naar-kamer' }],
    [2500, { type: 'answer', questionId: 'tillen', optionId: 'collega-vragen' }],
    [3000, { type: 'open-hotspot', hotspotId: 'naar-gang-samen' }],
    [6000, { type: 'answer', questionId: 'familie-gesprek', optionId: 'luisteren-samira' }],
    [3000, { type: 'open-hotspot', hotspotId: 'verder-dienst' }],
    [7250, { type: 'answer', questionId: 'welk-moment', optionId: 'ontbijt' }],
    [4000, { type: 'answer', questionId: 'zou-jij-dit-doen', value: 4 }],
    [2000, { type: 'finish' }],
  ]);
}

const events = playedEvents();
const statements = toXapiStatements(events, scenarios, { baseIri: BASE });
const eventOf = (s: XapiStatement) => events.find((e) => e.id === s.id)!;
const ext = (s: XapiStatement, name: string) => s.context.extensions[`${BASE}/extensions/${name}`];
const answerTo = (questionId: string, list = statements) => {
  const s = list.find((x) => x.object.id.endsWith(`/questions/${questionId}`));
  if (!s) throw new Error(`no statement for ${questionId}`);
  return s;
};

describe('toXapiStatements', () => {
  it('gives one statement per mapped event, with the event id as statement id', () => {
    const skipped = events.filter((e) => ['timer-expired', 'variables-set', 'consent-given'].includes(e.body.type));
    expect(skipped.map((e) => e.body.type)).toContain('variables-set'); // the scale sets wil-dit-werk
    expect(statements).toHaveLength(events.length - skipped.length);
    expect(statements.map((s) => s.id)).toEqual(events.filter((e) => !skipped.includes(e)).map((e) => e.id));
  });

  it('uses the agreed verb per event type', () => {
    const expected: Record<string, string> = {
      started: 'initialized',
      'scene-entered': 'experienced',
      'scene-left': 'exited',
      'hotspot-opened': 'interacted',
      back: 'interacted',
      'question-answered': 'answered',
      'reflection-answered': 'answered',
      completed: 'completed',
    };
    const seen = new Set<string>();
    for (const s of statements) {
      const type = eventOf(s).body.type;
      seen.add(type);
      expect(s.verb.id, type).toBe(ADL + expected[type]);
    }
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
  });

  it('identifies the participant by an opaque account only and the session as registration', () => {
    for (const s of statements) {
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: BASE, name: eventOf(s).participationId } });
      expect(ext(s, 'participant-code')).toBe('P-TEST1');
      expect(s.actor).not.toHaveProperty('name');
      expect(s.actor).not.toHaveProperty('mbox');
      expect(s.context.registration).toBe(SESSION);
      expect(s).not.toHaveProperty('stored');
    }
  });

  it('gives candidates of two sessions who got the same participant code two different agents', () => {
    const other = storedRun(scenario, { path: PATH, sessionId: crypto.randomUUID(), startAt: T0 }, [[0, { type: 'start' }]]);
    expect(other[0]!.participantCode).toBe(events[0]!.participantCode);
    const [mine] = toXapiStatements(events.slice(0, 1), scenarios, { baseIri: BASE });
    const [theirs] = toXapiStatements(other.slice(0, 1), scenarios, { baseIri: BASE });
    expect(mine!.actor).not.toEqual(theirs!.actor);
  });

  it('takes the account homePage from the options', () => {
    const [s] = toXapiStatements(events.slice(0, 1), scenarios, { baseIri: BASE, accountHomePage: 'https://vr.roc-noord.nl/' });
    expect(s!.actor.account).toEqual({ homePage: 'https://vr.roc-noord.nl/', name: events[0]!.participationId });
  });

  it('is a pure function of the stored event: each event alone gives the statement it gives in the whole log', () => {
    for (const s of statements) expect(toXapiStatements([eventOf(s)], scenarios, { baseIri: BASE }), eventOf(s).body.type).toEqual([s]);
  });

  it('stamps client time as timestamp and server time, seq and zorgcategorie as extensions', () => {
    const s = statements[3]!;
    const e = eventOf(s);
    expect(s.timestamp).toBe(new Date(e.at).toISOString());
    expect(ext(s, 'server-time')).toBe(new Date(e.at + 250).toISOString());
    expect(ext(s, 'seq')).toBe(e.seq);
    expect(ext(s, 'zorgcategorie')).toBe('ouderenzorg');
    expect(s.context.revision).toBe(scenario.version);
  });

  it('maps started and completed onto the scenario activity, the rest under it as parent', () => {
    const started = statements[0]!;
    expect(started.object.id).toBe(`${BASE}/scenarios/${PATH}`);
    expect(started.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/simulation',
      name: { 'nl-NL': scenario.title.nl, 'en-US': scenario.title.en },
    });
    const completed = statements.at(-1)!;
    expect(completed.verb.id).toBe(`${ADL}completed`);
    expect(completed.result).toEqual({ completion: true, duration: isoDuration(events.at(-1)!.at - T0) });
    expect(completed.result?.duration).toBe('PT44.25S');

    const entered = statements.find((s) => s.object.id.endsWith('/nodes/kamer-de-vries'))!;
    expect(entered.object.id).toBe(`${BASE}/scenarios/${PATH}/nodes/kamer-de-vries`);
    expect(entered.context.contextActivities?.parent.map((a) => a.id)).toEqual([`${BASE}/scenarios/${PATH}`]);
    expect(ext(entered, 'via')).toBe('hotspot');
    expect(ext(entered, 'from-node')).toBe('gang-start');
  });

  it('logs dwell time on leaving a scene and the target of back', () => {
    const left = statements.find((s) => s.verb.id === `${ADL}exited`)!;
    expect(left.object.id).toMatch(/\/nodes\/gang-start$/);
    expect(left.result?.duration).toBe('PT7S');
    expect(ext(left, 'dwell-ms')).toBe(7000);
    const back = statements.find((s) => eventOf(s).body.type === 'back')!;
    expect(ext(back, 'action')).toBe('back');
    expect(ext(back, 'to-node')).toBe('gang-start');
  });

  it('maps a choice answer to a cmi.interaction with the choices, the option as response', () => {
    const s = answerTo('uitslapen');
    expect(s.verb.id).toBe(`${ADL}answered`);
    expect(s.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(s.object.definition.interactionType).toBe('choice');
    expect(s.object.definition.choices?.map((c) => c.id)).toEqual(['laten-liggen', 'volgens-planning']);
    expect(s.object.definition.choices?.[0]?.description?.['nl-NL']).toMatch(/^Ik laat haar nog even liggen/);
    expect(s.result).toEqual({ response: 'laten-liggen', duration: 'PT1.5S' });
    expect(ext(s, 'ms-to-answer')).toBe(1500);
    expect(ext(s, 'node')).toBe('kamer-de-vries');
    expect(ext(s, 'changed-from')).toBeUndefined();
  });

  it('maps a reflection with options to choice and a scale to likert with its steps', () => {
    const reflection = answerTo('welk-moment');
    expect(reflection.object.definition.interactionType).toBe('choice');
    expect(reflection.object.definition.choices?.map((c) => c.id)).toContain('ontbijt');
    expect(reflection.result?.response).toBe('ontbijt');
    expect(reflection.result?.duration).toBe('PT7.25S');

    const likert = answerTo('zou-jij-dit-doen');
    expect(likert.object.definition.interactionType).toBe('likert');
    expect(likert.object.definition.scale?.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(likert.object.definition.scale?.[0]?.description?.['nl-NL']).toBe('1: Nee, liever niet');
    expect(likert.result?.response).toBe('4');
  });

  it('never scores or judges a person', () => {
    const json = JSON.stringify(statements);
    expect(json).not.toMatch(/"(score|success|correctResponsesPattern)"/);
  });

  it('still builds valid statements from ids alone when the content is unknown', () => {
    const unknown = toXapiStatements(events, new Map(), { baseIri: `${BASE}/` });
    expect(unknown.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    for (const s of unknown) {
      expect(s.object.id.startsWith(`${BASE}/scenarios/${PATH}`)).toBe(true);
      expect(s.object.definition).not.toHaveProperty('name');
      expect(s.object.definition.type).toMatch(/^https?:\/\//);
    }
    const answered = answerTo('uitslapen', unknown);
    expect(answered.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: [{ id: 'laten-liggen' }],
    });
    expect(answered.result?.response).toBe('laten-liggen');
    expect(answerTo('zou-jij-dit-doen', unknown).result?.response).toBe('4');
  });

  it('does not throw on a node or question removed from the content', () => {
    const odd: StoredEvent = {
      ...events[0]!,
      id: crypto.randomUUID(),
      body: { type: 'question-answered', nodeId: 'weg', questionId: 'oude-vraag', optionId: 'a', msToAnswer: 0, changedFrom: 'b' },
    };
    const [s] = toXapiStatements([odd], scenarios, { baseIri: BASE });
    expect(s?.object.id).toBe(`${BASE}/scenarios/${PATH}/questions/oude-vraag`);
    expect(s?.result).toEqual({ response: 'a', duration: 'PT0S' });
    expect(ext(s!, 'changed-from')).toBe('b');
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1500, 'PT1.5S'],
    [60_000, 'PT1M'],
    [3_723_500, 'PT1H2M3.5S'],
    [7_200_000, 'PT2H'],
  ])('%i ms is %s', (ms, iso) => expect(isoDuration(ms)).toBe(iso));
});
