import { describe, expect, it } from 'vitest';
import { toEventsCsv } from '../../../src/core/events-csv.ts';
import { buildGesprekskaart } from '../../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { signalsFromGesprekskaart } from '../../../src/core/matching/match-input.ts';
import { toXapiStatements } from '../../../src/core/xapi-statements.ts';
import { storedAnswers } from './questionnaire-events.ts';

const BASE = 'https://beroepsbeeld.example/xapi';
const events = storedAnswers([
  ['leervoorkeur', ['oefenen']],
  ['doelgroep', ['ouderenzorg', 'kraamzorg']],
  ['leervoorkeur', ['kunst-afkijken']],
]);

describe('questionnaire answers on the gesprekskaart', () => {
  it('shows the latest answer per question with its texts, and marks a changed one', () => {
    const card = buildGesprekskaart(events, new Map(), { mode: 'sollicitatie' });
    expect(card.ownAnswers).toEqual([
      {
        questionId: 'leervoorkeur',
        question: { nl: 'Hoe leer jij het liefst?', en: 'How do you like to learn best?' },
        options: [{ id: 'kunst-afkijken', label: { nl: 'Ik kijk eerst hoe een ander het doet', en: 'I first watch how someone else does it' } }],
        at: events[2]!.at,
        changed: true,
      },
      expect.objectContaining({
        questionId: 'doelgroep',
        changed: false,
        options: [expect.objectContaining({ id: 'ouderenzorg' }), expect.objectContaining({ id: 'kraamzorg' })],
      }),
    ]);
    // They are no scenario: nothing else on the card changes.
    expect(card.scenarios).toEqual([]);
    expect(card.hesitations).toEqual([]);
    expect(signalsFromGesprekskaart(card).own).toEqual({
      leervoorkeur: 'kunst-afkijken',
      leerweg: null,
      niveau: null,
      werk: [],
      doelgroep: ['ouderenzorg', 'kraamzorg'],
    });
  });
});

describe('questionnaire answers in the exports', () => {
  it('are xAPI "answered" statements of a choice interaction under the questionnaire, one per event', () => {
    const statements = toXapiStatements(events, new Map(), { baseIri: BASE });
    expect(statements).toHaveLength(3);
    const s = statements[1]!;
    expect(s.id).toBe(events[1]!.id);
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object.id).toBe(`${BASE}/questionnaire/questions/doelgroep`);
    expect(s.object.definition).toMatchObject({ interactionType: 'choice', name: { 'nl-NL': 'Met wie wil je werken?' } });
    expect(s.object.definition.choices?.map((c) => c.id)).toContain('jeugdzorg');
    expect(s.result).toEqual({ response: 'ouderenzorg[,]kraamzorg', duration: 'PT2.5S' });
    expect(s.context.contextActivities?.parent[0]!.id).toBe(`${BASE}/questionnaire`);
    expect(s.context.extensions[`${BASE}/extensions/questionnaire-version`]).toBe(1);
    expect(JSON.stringify(s)).not.toMatch(/score|success/);
  });

  it('are CSV rows with the question, the option ids and their texts', () => {
    const [header, , row] = toEventsCsv(events, new Map(), 'nl').replace('\uFEFF', '').split('\r\n');
    // RFC 4180 cells: quoted ones may hold commas.
    const split = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
    const cells = Object.fromEntries(split(header!).map((c, i) => [c, split(row!)[i]]));
    expect(cells).toMatchObject({
      type: 'questionnaire-answered',
      scenario: '',
      question: 'doelgroep',
      question_text: 'Met wie wil je werken?',
      option: 'ouderenzorg | kraamzorg',
      option_text: 'Ouderen | Moeders en baby’s, na de geboorte',
      ms_to_answer: '2500',
      detail: 'questionnaire=1',
    });
    expect(toEventsCsv(events, new Map(), 'en')).toContain('"Older people | Mothers and babies, after the birth"');
  });
});
