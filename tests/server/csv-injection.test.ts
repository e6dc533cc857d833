import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/server/canonical-json.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, startTestServer, type TestServer } from './test-server.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The cells a spreadsheet could make of a CSV line, whichever separator it assumes (Dutch Excel:
 * ";"), split naively so that every place a cell could begin is looked at, with the spaces and
 * quotes a cell may start with taken off.
 */
function cellStarts(csv: string): string[] {
  const starts: string[] = [];
  for (const line of csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    for (const separator of [',', ';', '\t']) for (const field of line.split(separator)) starts.push(field.replace(/^[\s"]+/, ''));
  }
  return starts;
}
const dangerous = (csv: string) => cellStarts(csv).filter((c) => FORMULA_START.test(c) && !NUMBER.test(c));

/** Values a device makes up reach the CSV export; none of them may become a formula, whatever the separator. */
describe.each(DATABASE_KINDS)('CSV formula injection on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await server.login('a@roc-noord.nl');
  });
  afterAll(() => server.close());

  const event = (seq: number, body: unknown) => ({ id: randomUUID(), seq, at: 1_700_000_000_000 + seq, scenario: SCENARIO, body });
  const csvOf = async (sessionId: string) => {
    const res = await server.app.inject({ url: `/api/sessions/${sessionId}/events.csv`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  it('a scenario version that is not major.minor.patch is refused at ingestion (422 naming the field), and nothing is stored', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    for (const version of ['1.0.0;=HYPERLINK("http://evil.example","klik")', '=1+1', '1.0', '', '1.0.0\t']) {
      const res = await server.send(device.token, [event(0, { type: 'started', scenarioId: 'ochtend-verpleeghuis', scenarioVersion: version })]);
      expect(res.statusCode, version).toBe(422);
      expect(res.json().issues[0].path).toBe('events.0.body.scenarioVersion');
    }
    expect((await server.send(device.token, [event(0, { type: 'started', scenarioId: 'ochtend-verpleeghuis', scenarioVersion: '0.2.0' })])).statusCode).toBe(
      200,
    );
  });

  it('a variable text with a control character (tab, line break) is refused at ingestion', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    for (const value of ['ja\t=1+1', 'ja\r\n=1+1', 'x'.repeat(201)]) {
      const res = await server.send(device.token, [event(0, { type: 'variables-set', values: { keuze: value } })]);
      expect(res.statusCode, JSON.stringify(value)).toBe(422);
      expect(res.json().issues[0].path).toBe('events.0.body.values.keuze');
    }
  });

  it('texts a device may send that carry a formula after ";" come out of the CSV as text, for ";", "," and tab as separator', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const values = {
      a: 'ja;=HYPERLINK("http://evil.example","klik")',
      b: 'x; @SUM(1+1)*cmd|" /C calc"!A0',
      c: 'y;"+1+1',
      d: 'z,-2+3',
      e: '=1+1',
      f: -1,
    };
    expect((await server.send(device.token, [event(0, { type: 'variables-set', values })])).statusCode).toBe(200);
    const csv = await csvOf(session.id);
    expect(csv).toContain('HYPERLINK'); // the text is there, as text
    expect(dangerous(csv)).toEqual([]);
  });

  it('events stored before this validation (a version holding ";=") are defused in the CSV too', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const participant = await server.db.database.db
      .selectFrom('participants')
      .select('id')
      .where('code', '=', device.participantCode)
      .executeTakeFirstOrThrow();
    const body = { type: 'started', scenarioId: 'ochtend-verpleeghuis', scenarioVersion: '1;=HYPERLINK("http://evil.example")\t@x' };
    await server.db.database.db
      .insertInto('events')
      .values({
        id: randomUUID(),
        session_id: session.id,
        participant_id: participant.id,
        seq: 0,
        scenario: SCENARIO,
        type: 'started',
        content: canonicalJson({ at: 1, body, scenario: SCENARIO, seq: 0 }),
        client_at: 1,
        server_at: server.clock.now,
      })
      .execute();
    const csv = await csvOf(session.id);
    expect(csv).toContain('HYPERLINK');
    expect(dangerous(csv)).toEqual([]);
  });
});
