import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/api/stored-event.ts';
import { CSV_COLUMNS, cell, toEventsCsv } from '../../src/core/events-csv.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { storedRun } from './stored-run.ts';

const PATH = 'ouderenzorg/ochtend-verpleeghuis';
const scenario = Scenario.parse(JSON.parse(readFileSync(`scenes/${PATH}/scenario.json`, 'utf8')));
const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);
const SESSION = crypto.randomUUID();

/** A run through the real engine: hotspots, a choice, the reflection, the scale, the end. */
function playedEvents(content: Scenario = scenario): StoredEvent[] {
  return storedRun(content, { path: PATH, sessionId: SESSION, startAt: T0 }, [
    [0, { type: 'start' }],
    [4000, { type: 'open-hotspot', hotspotId: 'werkbegeleider' }],
    [3000, { type: 'open-hotspot', hotspotId: 'naar-kamer-12' }],
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

/** A strict RFC 4180 reader for the test: fields, quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

const events = playedEvents();
const csv = toEventsCsv(events, new Map([[PATH, scenario]]), 'nl');
const [header, ...rows] = parseCsv(csv.slice(1));
const col = (row: string[] | undefined, name: (typeof CSV_COLUMNS)[number]) => row?.[CSV_COLUMNS.indexOf(name)];
const rowOf = (type: string, question?: string) => rows.find((r) => col(r, 'type') === type && (question === undefined || col(r, 'question') === question));

describe('toEventsCsv', () => {
  it('starts with a UTF-8 BOM and a header, then one CRLF row per event', () => {
    expect(csv.startsWith('\uFEFFparticipant,session,seq,client_time,server_time,scenario,type,')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length);
    expect(csv.split('\r\n')).toHaveLength(events.length + 2); // header + rows + the empty piece after the last CRLF
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes identity, order and both clocks as ISO', () => {
    const first = rows[0]!;
    expect(col(first, 'participant')).toBe('P-TEST1');
    expect(col(first, 'session')).toBe(SESSION);
    expect(rows.map((r) => col(r, 'seq'))).toEqual(events.map((e) => String(e.seq)));
    expect(col(first, 'client_time')).toBe('2025-03-12T09:00:00.000Z');
    expect(col(first, 'server_time')).toBe('2025-03-12T09:00:00.250Z');
    expect(col(first, 'scenario')).toBe(PATH);
    expect(col(first, 'type')).toBe('started');
    expect(col(first, 'detail')).toBe(`version=${scenario.version}`);
  });

  it('writes the participation and the run’s scenario version as the xAPI statements carry them', () => {
    for (const [i, r] of rows.entries()) {
      expect(col(r, 'participation')).toBe(events[i]!.participationId);
      expect(col(r, 'scenario_version')).toBe(scenario.version);
    }
    expect(header!.slice(-2)).toEqual(['participation', 'scenario_version']);
  });

  it('writes answers with option text in the chosen language and timings', () => {
    const choice = rowOf('question-answered', 'uitslapen');
    expect(col(choice, 'node')).toBe('kamer-de-vries');
    expect(col(choice, 'option')).toBe('laten-liggen');
    expect(col(choice, 'option_text')).toBe('Ik laat haar nog even liggen en kom om negen uur terug.');
    expect(col(choice, 'question_text')).toBe('Wat doe je?');
    expect(col(choice, 'ms_to_answer')).toBe('1500');
    const scale = rowOf('reflection-answered', 'zou-jij-dit-doen');
    expect([col(scale, 'value'), col(scale, 'option')]).toEqual(['4', '']);
    expect(col(rowOf('scene-left'), 'dwell_ms')).toBe('7000');
    expect(col(rowOf('completed'), 'duration_ms')).toBe('41250');

    const en = parseCsv(toEventsCsv(events, new Map([[PATH, scenario]]), 'en').slice(1));
    const enChoice = en.find((r) => col(r, 'question') === 'uitslapen');
    expect(col(enChoice, 'option_text')).toBe('I let her rest a little longer and come back at nine.');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas from content', () => {
    const tricky = structuredClone(scenario);
    const options = tricky.nodes.find((n) => n.id === 'kamer-de-vries')!.question!;
    if (options.kind === 'scale') throw new Error('expected options');
    options.options[0]!.label = { nl: 'Zeg "nee", of\r\nniet' };
    options.prompt = { nl: '=HYPERLINK("http://evil","klik")' };
    const text = toEventsCsv(playedEvents(tricky), new Map([[PATH, tricky]]), 'nl');
    expect(text).toContain(',"Zeg ""nee"", of\r\nniet",');
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""klik"")",`);
    const parsed = parseCsv(text.slice(1));
    expect(parsed).toHaveLength(events.length + 1);
    const row = parsed.find((r) => col(r, 'question') === 'uitslapen');
    expect(col(row, 'option_text')).toBe('Zeg "nee", of\r\nniet');
    expect(col(row, 'question_text')).toBe(`'=HYPERLINK("http://evil","klik")`);
  });

  it('leaves text columns empty but keeps the ids when the content is unknown', () => {
    const unknown = parseCsv(toEventsCsv(events, new Map(), 'nl').slice(1)).slice(1);
    expect(unknown).toHaveLength(events.length);
    const row = unknown.find((r) => col(r, 'question') === 'uitslapen');
    expect([col(row, 'option'), col(row, 'option_text'), col(row, 'question_text')]).toEqual(['laten-liggen', '', '']);
  });
});

describe('cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['regel\nregel', '"regel\nregel"'],
    ['=1+1', "'=1+1"],
    ['+31 6', "'+31 6"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    // After the CR a line-splitting reader starts a new cell: that "=" is defused too.
    ['\r=x', `"'\r'=x"`],
    // Dutch Excel splits on ";": a cell may begin there, also after spaces or a quote.
    ['1.0.0;=HYPERLINK("x")', `"1.0.0;'=HYPERLINK(""x"")"`],
    ['a; @SUM(1)', "a; '@SUM(1)"],
    ['a;"+1', `"a;""'+1"`],
    ['ja, -2+3', `"ja, '-2+3"`],
    ['a\t=1', "a\t'=1"],
    ['wil=-1; b=2', 'wil=-1; b=2'],
    ['Eén ë', 'Eén ë'],
  ])('%j → %j', (input, output) => expect(cell(input)).toBe(output));

  it('keeps our own numbers as numbers and empty values empty', () => {
    expect(cell(-1)).toBe('-1');
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
  });
});
