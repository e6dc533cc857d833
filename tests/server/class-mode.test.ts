import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, startTestServer, type TestServer } from './test-server.ts';

describe.each(DATABASE_KINDS)('class mode and notes on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await server.login('a@roc-noord.nl');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => server.close());

  const command = (id: string, body: unknown, c = cookie) =>
    server.app.inject({ method: 'POST', url: `/api/sessions/${id}/class`, headers: { cookie: c }, payload: body as object });

  it('applies each control and checks "volg mij" against the session and the scenario', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    expect((await command(session.id, { kind: 'follow', scenario: SCENARIO, nodeId: 'no-such-scene' })).statusCode).toBe(422);
    expect((await command(session.id, { kind: 'follow', scenario: 'thuiszorg/wijkroute-thuiszorg', nodeId: 'x' })).statusCode).toBe(422);
    const follow = await command(session.id, { kind: 'follow', scenario: SCENARIO, nodeId: 'gang-start' });
    expect(follow.statusCode, follow.body).toBe(200);
    expect(follow.json()).toMatchObject({ version: 1, follow: { scenario: SCENARIO, nodeId: 'gang-start' }, paused: false });
    expect((await command(session.id, { kind: 'pause', paused: true })).json()).toMatchObject({ version: 2, paused: true });
    expect((await command(session.id, { kind: 'prompt', text: 'Wat zag je als eerste?' })).json().prompt).toBe('Wat zag je als eerste?');
    expect((await command(session.id, { kind: 'prompt', text: 'a\u0000b' })).statusCode).toBe(422);
    expect((await command(session.id, { kind: 'free' })).json()).toMatchObject({ version: 4, follow: null, paused: true });
    const other = await server.login('c@zuid.nl');
    expect((await command(session.id, { kind: 'pause', paused: false }, other)).statusCode).toBe(404);
    expect((await server.app.inject({ url: `/api/sessions/${session.id}/class`, headers: { cookie } })).json().version).toBe(4);
  });

  it('devices get the current class state on connect and each change, and nothing else', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    await command(session.id, { kind: 'pause', paused: true });
    const device = await server.join(session.joinCode!);
    const res = await fetch(`${base}/api/participation/live`, { headers: { authorization: `Bearer ${device.token}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
    let text = '';
    const waitFor = async (needle: string) => {
      const deadline = Date.now() + 5000;
      while (!text.includes(needle) && Date.now() < deadline) text += (await reader.read()).value ?? '';
      expect(text).toContain(needle);
    };
    await waitFor('"paused":true');
    await server.join(session.joinCode!); // another participant joining is not sent to devices
    await command(session.id, { kind: 'follow', scenario: SCENARIO, nodeId: 'gang-start' });
    await waitFor('"nodeId":"gang-start"');
    await reader.cancel();
    expect(text).not.toContain('participant-joined');
    expect((await fetch(`${base}/api/participation/live`)).status).toBe(401);
  });

  it('a class of 28 devices (3 headsets, 25 phones) all get "volg mij" (latency: npm run bench:live)', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    const devices = await Promise.all(Array.from({ length: 28 }, () => server.join(session.joinCode!)));
    const streams = await Promise.all(devices.map((d) => fetch(`${base}/api/participation/live`, { headers: { authorization: `Bearer ${d.token}` } })));
    const readers = streams.map((r) => r.body!.getReader());
    const decoder = new TextDecoder();
    const got = readers.map(async (reader) => {
      let text = '';
      while (!text.includes('"nodeId":"kamer-de-vries"')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value, { stream: true });
      }
      return true;
    });
    expect((await command(session.id, { kind: 'follow', scenario: SCENARIO, nodeId: 'kamer-de-vries' })).statusCode).toBe(200);
    expect(await Promise.all(got)).toHaveLength(28);
    await Promise.all(readers.map((r) => r.cancel()));
  });

  it('keeps head directions only while the heatmap is on, as counts per cell with no participant', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    const device = await server.join(session.joinCode!);
    const gaze = (samples: unknown[]) =>
      server.app.inject({ method: 'POST', url: '/api/participation/gaze', headers: { authorization: `Bearer ${device.token}` }, payload: { samples } });
    const sample = { scenario: SCENARIO, nodeId: 'gang-start', yaw: 12, pitch: 3 };
    expect((await gaze([sample])).json().stored).toBe(0);
    await command(session.id, { kind: 'heatmap', enabled: true });
    expect((await gaze([sample, { ...sample, yaw: 17 }, { ...sample, yaw: 95 }])).json().stored).toBe(3);
    expect((await gaze([{ ...sample, pitch: 120 }])).statusCode).toBe(422);
    const heat = await server.app.inject({ url: `/api/sessions/${session.id}/heatmap?scenario=${SCENARIO}&node=gang-start`, headers: { cookie } });
    const bins = heat.json().bins as { yawBin: number; pitchBin: number; count: number }[];
    expect(bins.find((b) => b.yawBin === 1 && b.pitchBin === 9)!.count).toBe(2);
    expect(bins.find((b) => b.yawBin === 9)!.count).toBe(1);
    const row = await server.db.database.db.selectFrom('gaze_bins').selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(['count', 'node_id', 'pitch_bin', 'scenario', 'session_id', 'yaw_bin']);
  });

  it('stores the facilitator notes per participant, validates them, and erases them with the participant', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const url = `/api/sessions/${session.id}/participants/${device.participantCode}/notes`;
    const empty = await server.app.inject({ url, headers: { cookie } });
    expect(empty.json().notes.notes).toBe('');
    const notes = {
      form: { leerweg: 'BBL', niveau: 3, leerjaar: 1, leervoorkeur: 'kunst-afkijken' },
      notes: 'Rustig, stelde goede vragen.',
      conclusion: 'Past bij een klein team.',
      proposal: { leerwerkplaatsId: 'de-linde-vleugel-b', reason: 'Twee plaatsen BBL 3 vrij.' },
    };
    const put = await server.app.inject({ method: 'PUT', url, headers: { cookie }, payload: notes });
    expect(put.statusCode, put.body).toBe(200);
    expect((await server.app.inject({ url, headers: { cookie } })).json().notes).toEqual(notes);
    expect((await server.app.inject({ method: 'PUT', url, headers: { cookie }, payload: { ...notes, form: { ...notes.form, niveau: 7 } } })).statusCode).toBe(
      422,
    );
    const other = await server.login('c@zuid.nl');
    expect((await server.app.inject({ url, headers: { cookie: other } })).statusCode).toBe(404);
    await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}/participants/${device.participantCode}`, headers: { cookie } });
    expect(await server.db.database.db.selectFrom('participant_notes').selectAll().execute()).toHaveLength(0);
  });

  it('lists the leerwerkplaatsprofielen for the matching aid', async () => {
    const res = await server.app.inject({ url: '/api/leerwerkplaatsen', headers: { cookie } });
    const { profiles } = res.json() as { profiles: { own: boolean; profile: { id: string } }[] };
    expect(profiles.length).toBeGreaterThanOrEqual(14);
    expect(profiles.every((p) => p.own === false)).toBe(true); // "ROC Noord" runs no team in the demo profiles
    expect((await server.app.inject({ url: '/api/leerwerkplaatsen' })).statusCode).toBe(401);
  });
});
