import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/core/api/stored-event.ts';
import { buildGesprekskaart } from '../../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { GESPREK_MODES } from '../../../src/core/gesprekskaart/gesprekskaart-types.ts';
import { loadScenarios, log, Player, stored } from './play.ts';

/** Several scenarios, runs that do not end cleanly, and logs whose content has changed since. */
const scenarios = loadScenarios();
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const WIJK = 'thuiszorg/wijkroute-thuiszorg';
const ZKH = 'ziekenhuis/verpleegafdeling-chirurgie';
const GHZ = 'gehandicaptenzorg/woongroep-avond';

describe('time spent per scenario', () => {
  it('takes an aborted run from its durationMs (abort logs no scene-left)', () => {
    const p = new Player(scenarios.get(ZKH)!, T0).do({ type: 'start' }, 0).walk(12_000).do({ type: 'abort' }, 30_000);
    const [visit] = buildGesprekskaart(log({ events: p.events, scenario: ZKH }), scenarios).scenarios;
    expect(visit).toMatchObject({ timeMs: 42_000, timeEstimated: false, completed: false, lastRun: 'aborted', scenesSeen: 2 });
  });

  it('estimates a run whose log stops (headset off): dwell times plus the open scene up to the last event', () => {
    const p = new Player(scenarios.get(ZKH)!, T0).do({ type: 'start' }, 0).walk(12_000).playToEnd();
    // Keep everything up to the first answer in kamer-pijn; the rest never reached the server.
    const cut = p.events.findIndex((e) => e.type === 'question-answered');
    const events = p.events.slice(0, cut + 1);
    const [visit] = buildGesprekskaart(log({ events, scenario: ZKH }), scenarios).scenarios;
    // overdracht: 12 s logged as scene-left; kamer-pijn: entered, answered 5 s later, never left.
    expect(visit).toMatchObject({ timeMs: 12_000 + 5_000, timeEstimated: true, completed: false, lastRun: 'unfinished' });
  });

  it('fills a missing scene-left from the next scene-entered', () => {
    const p = new Player(scenarios.get(WIJK)!, T0).do({ type: 'start' }, 0).walk(8_000).walk(6_000).do({ type: 'abort' }, 1_000);
    const withoutLeft = p.events.filter((e) => e.type !== 'scene-left' && e.type !== 'aborted');
    const [visit] = buildGesprekskaart(log({ events: withoutLeft, scenario: WIJK }), scenarios).scenarios;
    expect(visit).toMatchObject({ timeMs: 14_000, timeEstimated: true, scenesSeen: 3 });
  });

  it('counts runs after a restart of the whole scenario, and the restart as a hesitation', () => {
    const p = new Player(scenarios.get(WIJK)!, T0).do({ type: 'start' }, 0).walk(8_000).do({ type: 'restart', scope: 'scenario' }, 4_000).playToEnd({}, 2_000);
    const card = buildGesprekskaart(log({ events: p.events, scenario: WIJK }), scenarios);
    const completed = p.events.find((e) => e.type === 'completed');
    // First run 12 s (its last scene's dwell is logged after the restart event), second run from the engine.
    expect(card.scenarios[0]).toMatchObject({ runs: 2, completed: true, timeEstimated: false });
    expect(card.scenarios[0]!.timeMs).toBe(12_000 + (completed?.type === 'completed' ? completed.durationMs : NaN));
    expect(card.hesitations.map((h) => h.kind)).toContain('restart-scenario');
  });
});

describe('several scenarios for one participant', () => {
  const wijk = new Player(scenarios.get(WIJK)!, T0).do({ type: 'start' }, 0).playToEnd({ 'wijk-past-bij-mij': 5, 'wijk-aantrekkelijk': 'liever-team' });
  const zkh = new Player(scenarios.get(ZKH)!, wijk.now + 60_000).do({ type: 'start' }, 0).playToEnd({ 'zou-jij-dit-doen': 1, dochter: 'geen-tijd' });
  const events = log({ events: wijk.events, scenario: WIJK }, { events: zkh.events, scenario: ZKH });

  it('gives interest bars per zorgcategorie and asks about the highest and the lowest', () => {
    const card = buildGesprekskaart(events, scenarios, { mode: 'intake' });
    const level = (z: string) => card.interest.find((b) => b.zorgcategorie === z)!.level;
    expect(level('thuiszorg')).toBe(1);
    expect(level('ziekenhuis')).toBe(0);
    const byId = Object.fromEntries(card.suggestedQuestions.map((q) => [q.id, q]));
    expect(byId['interest-high']!.text.nl).toBe('Bij thuiszorg en wijkverpleging gaf je 5/5. Wat sprak je daar aan?');
    expect(byId['interest-low']!.text.nl).toBe('Bij ziekenhuis gaf je 1/5. Wat past daar minder bij jou?');
  });

  it('lists aspects chosen against, and asks about the most-against one', () => {
    const card = buildGesprekskaart(events, scenarios, { mode: 'werkveldorientatie' });
    // "liever-team" (against zelfstandig-werken) and "geen-tijd" (against tijdsdruk, contact-familie)
    expect(card.aspects.against.map((t) => t.aspect)).toEqual(expect.arrayContaining(['zelfstandig-werken']));
    const zelfstandig = card.aspects.all.find((t) => t.aspect === 'zelfstandig-werken')!;
    expect(zelfstandig.against).toBe(1);
    const q = card.suggestedQuestions.find((s) => s.id === 'aspect-against')!;
    expect(q.text.nl).toMatch(/leek je minder fijn\. Vraag het team/);
    expect(card.conversation.nl).toBe('KLIK-gesprek');
  });

  it('marks slow answers against the candidate’s own median, not only the 20 s limit', () => {
    const slowish = new Player(scenarios.get(GHZ)!, T0).do({ type: 'start' }, 0).walk(2_000);
    slowish.do({ type: 'answer', questionId: 'dennis-koken', optionId: 'samen-koken' }, 12_000).playToEnd({}, 3_000);
    const card = buildGesprekskaart(log({ events: slowish.events, scenario: GHZ }), scenarios);
    const slow = card.hesitations.filter((h) => h.kind === 'slow-answer');
    expect(slow.map((h) => [h.questionId, h.ms])).toEqual([['dennis-koken', 12_000]]);
    expect(slow[0]!.description.nl).toBe('Lang nagedacht (12 s; meestal 3 s) bij "Het koken duurt lang. Wat doe je?"');
    // The absolute limit is an option: at 1 s every answer here is slow.
    const strict = buildGesprekskaart(log({ events: slowish.events, scenario: GHZ }), scenarios, { mode: 'intake', longAnswerMs: 1_000 });
    expect(strict.hesitations.filter((h) => h.kind === 'slow-answer').length).toBe(card.reflections.length + card.choices.length);
  });
});

describe('content that changed since the log was made', () => {
  const p = new Player(scenarios.get(WIJK)!, T0).do({ type: 'start' }, 0).playToEnd({ 'wijk-past-bij-mij': 4 });
  const original = stored(p.events, WIJK);

  it('falls back to ids for an unknown scenario, and never throws', () => {
    const moved = original.map((e) => ({ ...e, scenario: 'thuiszorg/oude-route' }));
    const card = buildGesprekskaart(moved, scenarios, { mode: 'sollicitatie' });
    expect(card.scenarios[0]).toMatchObject({ known: false, title: { nl: 'thuiszorg/oude-route' }, zorgcategorie: 'thuiszorg', scenesTotal: null });
    expect(card.choices[0]!.label.nl).toBe(card.choices[0]!.optionId);
    expect(card.choices[0]!.question.nl).toBe(card.choices[0]!.questionId);
    expect(card.choices[0]!.conversationQuestion.nl).toBe(`Je koos "${card.choices[0]!.optionId}" — wat maakte dat je dat deed?`);
    // The scale's range is unknown, so it is not on the interest chart, but still on the card.
    expect(card.reflections.some((r) => r.answer.kind === 'scale' && r.answer.min === null)).toBe(true);
    expect(card.interest.find((b) => b.zorgcategorie === 'thuiszorg')).toMatchObject({ explored: true, level: null, text: { nl: 'geen antwoord' } });
  });

  it('falls back to ids for unknown nodes, questions and options, and for a path outside the zorgcategorieën', () => {
    const renamed: StoredEvent[] = original.map((e) => {
      const b = e.body as unknown as Record<string, unknown>;
      const body = { ...b };
      for (const key of ['nodeId', 'fromNodeId', 'toNodeId', 'endingNodeId', 'questionId', 'optionId', 'changedFrom']) {
        if (typeof body[key] === 'string') body[key] = `oud-${body[key]}`;
      }
      return { ...e, body: body as unknown as StoredEvent['body'] };
    });
    for (const mode of GESPREK_MODES) {
      expect(() => buildGesprekskaart(renamed, scenarios, { mode })).not.toThrow();
      expect(() =>
        buildGesprekskaart(
          renamed.map((e) => ({ ...e, scenario: 'elders/iets' })),
          new Map(),
          { mode },
        ),
      ).not.toThrow();
    }
    const card = buildGesprekskaart(renamed, scenarios);
    expect(card.choices.every((c) => c.label.nl.startsWith('oud-') && c.question.nl.startsWith('oud-'))).toBe(true);
    expect(card.hesitations.every((h) => h.nodeTitle.nl.length > 0)).toBe(true);
    const elsewhere = buildGesprekskaart(
      renamed.map((e) => ({ ...e, scenario: 'elders/iets' })),
      new Map(),
    );
    expect(elsewhere.scenarios[0]!.zorgcategorie).toBeNull();
  });

  it('builds a card from nothing, with general questions for every mode', () => {
    for (const mode of GESPREK_MODES) {
      const card = buildGesprekskaart([], scenarios, { mode });
      expect(card).toMatchObject({ participantCode: '', scenarios: [], choices: [], hesitations: [] });
      expect(card.suggestedQuestions.length).toBeGreaterThan(0);
    }
  });

  it('ignores consent events and events of another participant', () => {
    const consent: StoredEvent = { ...original[0]!, id: 'c', seq: 0, scenario: null, body: { type: 'consent-given', noticeVersion: 1 } };
    const shifted = original.map((e) => ({ ...e, seq: e.seq + 1 }));
    const other = stored(p.events, WIJK, 'ANDER', 1000);
    const card = buildGesprekskaart([consent, ...shifted, ...other], scenarios);
    expect(card.source.events).toBe(original.length + 1);
    expect(card.scenarios).toHaveLength(1);
    expect(card.scenarios[0]!.runs).toBe(1);
  });
});
