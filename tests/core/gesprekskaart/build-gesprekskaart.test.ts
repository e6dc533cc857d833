import { describe, expect, it } from 'vitest';
import { buildGesprekskaart } from '../../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { GESPREK_MODES } from '../../../src/core/gesprekskaart/gesprekskaart-types.ts';
import { allKeys, loadScenarios, log, Player } from './play.ts';

/**
 * One candidate plays the real ouderenzorg scenario with the real engine: a quick first choice,
 * back, a slow changed answer, a reflection, a 4 on the scale, to the end.
 */
const scenarios = loadScenarios();
const OUDEREN = 'ouderenzorg/ochtend-verpleeghuis';
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

function playOuderenzorg(): Player {
  return new Player(scenarios.get(OUDEREN)!, T0)
    .do({ type: 'start' }, 0)
    .do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' }, 10_000)
    .do({ type: 'answer', questionId: 'uitslapen', optionId: 'laten-liggen' }, 4_000)
    .do({ type: 'back' }, 3_000)
    .do({ type: 'answer', questionId: 'uitslapen', optionId: 'volgens-planning' }, 25_000)
    .do({ type: 'open-hotspot', hotspotId: 'tillift-halen' }, 5_000)
    .do({ type: 'answer', questionId: 'tillen', optionId: 'collega-vragen' }, 6_000)
    .walk()
    .do({ type: 'answer', questionId: 'familie-gesprek', optionId: 'luisteren-samira' }, 7_000)
    .walk()
    .do({ type: 'answer', questionId: 'welk-moment', optionId: 'samenwerken' }, 5_000)
    .do({ type: 'answer', questionId: 'zou-jij-dit-doen', value: 4 }, 8_000)
    .do({ type: 'finish' }, 3_000);
}

const run = playOuderenzorg();
const card = buildGesprekskaart(log({ events: run.events, scenario: OUDEREN }), scenarios, { mode: 'sollicitatie' });

describe('buildGesprekskaart on a real scenario played with the engine', () => {
  it('summarises the scenario: time from the run, completed, scenes seen', () => {
    const completed = run.events.find((e) => e.type === 'completed');
    expect(card.participantCode).toBe('K7-QX');
    expect(card.scenarios).toHaveLength(1);
    expect(card.scenarios[0]).toMatchObject({
      scenario: OUDEREN,
      zorgcategorie: 'ouderenzorg',
      title: { nl: 'Een ochtend in het verpleeghuis' },
      known: true,
      completed: true,
      lastRun: 'completed',
      runs: 1,
      timeMs: completed?.type === 'completed' ? completed.durationMs : -1,
      timeEstimated: false,
      scenesSeen: 11,
      scenesTotal: 13,
      versionPlayed: '0.2.0',
    });
  });

  it('lists every choice with its label, stance, tags and talking point as a question', () => {
    expect(card.choices.map((c) => [c.questionId, c.optionId, c.latest])).toEqual([
      ['uitslapen', 'laten-liggen', false],
      ['uitslapen', 'volgens-planning', true],
      ['tillen', 'collega-vragen', true],
      ['familie-gesprek', 'luisteren-samira', true],
    ]);
    const planning = card.choices[1]!;
    expect(planning.question.nl).toBe('Wat doe je?');
    expect(planning.label.nl).toBe('Ik houd me aan de planning en help haar nu.');
    expect(planning.changedFrom).toEqual({
      optionId: 'laten-liggen',
      label: expect.objectContaining({ nl: 'Ik laat haar nog even liggen en kom om negen uur terug.' }),
    });
    expect(planning.conversationQuestion).toEqual({
      nl: 'Je koos "Ik houd me aan de planning en help haar nu." Wat doe je als de planning en de wens van een bewoner botsen? Wie zou je om raad vragen?',
      en: expect.stringMatching(/^You chose "I stick to the schedule.*"/),
    });
    // A talking point that already recalls the choice is asked as it is.
    const familie = card.choices[3]!;
    expect(familie.stance).toBe('for');
    expect(familie.tags).toEqual(['contact-familie', 'communicatie', 'samenwerken']);
    expect(familie.conversationQuestion.nl).toBe(familie.talkingPoint!.nl);
    expect(familie.conversationQuestion.nl).toMatch(/^Je luisterde eerst/);
    for (const c of card.choices) expect(c.conversationQuestion.en).toBeTruthy();
  });

  it('holds the reflection answers: the option chosen and the scale value with its range and labels', () => {
    expect(card.reflections).toHaveLength(2);
    const [moment, scale] = card.reflections;
    expect(moment!.question.nl).toBe('Welk moment van vandaag sprak jou het meest aan?');
    expect(moment!.answer).toMatchObject({ kind: 'option', optionId: 'samenwerken', label: { nl: 'Samenwerken met Samira en Ruud' }, stance: 'for' });
    expect(scale!.question.nl).toBe('Zou jij dit werk willen doen?');
    expect(scale!.answer).toEqual({
      kind: 'scale',
      value: 4,
      min: 1,
      max: 5,
      minLabel: expect.objectContaining({ nl: expect.any(String) }),
      maxLabel: expect.objectContaining({ nl: expect.any(String) }),
    });
    expect(scale!.conversationQuestion.nl).toMatch(/^Je gaf 4 van 5 bij "Zou jij dit werk willen doen\?" Wat gaf de doorslag/);
  });

  it('derives interest per zorgcategorie from the scale, with a bar for every zorgcategorie', () => {
    expect(card.interest.map((b) => b.zorgcategorie)).toEqual(['ouderenzorg', 'thuiszorg', 'gehandicaptenzorg', 'ggz', 'ziekenhuis', 'kraamzorg', 'jeugdzorg']);
    expect(card.interest[0]).toMatchObject({ explored: true, level: 0.75, text: { nl: '4/5', en: '4/5' } });
    expect(card.interest[0]!.answers).toEqual([expect.objectContaining({ value: 4, min: 1, max: 5, scenario: OUDEREN })]);
    expect(card.interest[4]).toMatchObject({ zorgcategorie: 'ziekenhuis', explored: false, level: null, text: { nl: 'niet bekeken' } });
  });

  it('finds the hesitations: the slow answer, going back, the changed answer', () => {
    expect(card.hesitations.map((h) => h.kind)).toEqual(['back', 'slow-answer', 'changed-answer']);
    const slow = card.hesitations[1]!;
    expect(slow).toMatchObject({ questionId: 'uitslapen', ms: 25_000, nodeTitle: { nl: 'Mevrouw De Vries wil blijven liggen' } });
    expect(slow.description.nl).toContain('25 s');
    expect(card.hesitations[0]!.description.nl).toBe('Teruggegaan van "Ontbijt in de huiskamer" naar "Mevrouw De Vries wil blijven liggen"');
    expect(card.hesitations[2]!.description.nl).toContain('eerst "Ik laat haar nog even liggen');
  });

  it('counts the work aspects of the latest answers, for and against', () => {
    const samenwerken = card.aspects.all.find((t) => t.aspect === 'samenwerken');
    // collega-vragen, luisteren-samira and the reflection "samenwerken", all stance "for".
    expect(samenwerken).toMatchObject({ for: 3, against: 0, neutral: 0, total: 3 });
    expect(card.aspects.for[0]!.aspect).toBe('samenwerken');
    // The changed-away-from option (eigen-regie) does not count; the neutral one that replaced it does.
    expect(card.aspects.all.find((t) => t.aspect === 'eigen-regie')).toBeUndefined();
    expect(card.aspects.all.find((t) => t.aspect === 'tijdsdruk')).toMatchObject({ neutral: 1, total: 1 });
    expect(card.aspects.against).toEqual([]);
  });

  it('suggests questions for every mode, from the card', () => {
    for (const mode of GESPREK_MODES) {
      const c = buildGesprekskaart(log({ events: run.events, scenario: OUDEREN }), scenarios, { mode });
      expect(c.suggestedQuestions.length).toBeGreaterThanOrEqual(4);
      for (const q of c.suggestedQuestions) {
        expect(q.text.nl).toMatch(/\?$/);
        expect(q.text.en).toMatch(/\?$/);
      }
      const ids = c.suggestedQuestions.map((q) => q.id);
      expect(ids).toEqual(expect.arrayContaining(['opening', 'aspect-for', 'hesitation', 'interest-high', 'closing']));
    }
    const forAspect = card.suggestedQuestions.find((q) => q.id === 'aspect-for')!;
    expect(forAspect.text.nl).toContain('samenwerken met collega’s');
    expect(forAspect.basis?.nl).toBe('Samenwerken met collega’s: 3× voor gekozen');
    expect(card.suggestedQuestions.find((q) => q.id === 'hesitation')!.text.nl).toBe(
      'Bij de vraag "Wat doe je?" dacht je lang na. Wat maakte het moeilijk om te kiezen?',
    );
    expect(card.conversation.nl).toBe('Sollicitatiegesprek');
  });

  it('is descriptive only: plain JSON, a disclaimer, no score or rank anywhere', () => {
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(allKeys(card).filter((k) => /score|rank|pass|fail|grade/i.test(k))).toEqual([]);
    expect(card.disclaimer.nl).toMatch(/input voor een gesprek/);
    expect(card.disclaimer.en).toMatch(/input for a conversation/);
  });
});
