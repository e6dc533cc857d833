import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Me, Organisation } from '../../src/core/api/accounts.ts';
import { LeerwerkplaatsList, readLeerwerkplaatsList } from '../../src/core/api/leerwerkplaatsen.ts';
import { ServerInfo } from '../../src/core/api/server-info.ts';
import { SessionDetail, SessionList, SessionView } from '../../src/core/api/sessions.ts';
import { EventList } from '../../src/core/api/stored-event.ts';
import { SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/**
 * Every answer the dashboard reads is defined once, in src/core/api; the server's real answers
 * must parse with exactly those schemas (what the dashboard does on arrival).
 */
describe('answers parse with the shapes in core/api', () => {
  let server: TestServer;
  let cookie: string;
  let sessionId: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie, { mode: 'intake', scenarios: [SCENARIO] });
    sessionId = session.id;
    const { token } = await server.join(session.joinCode!);
    expect((await server.send(token, [sceneEntered(1)])).statusCode).toBe(200);
  });
  afterAll(() => server.close());

  const get = async <S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> => {
    const res = await server.app.inject({ url, headers: { cookie } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    const parsed = schema.safeParse(res.json());
    expect(parsed.success, `${url}: ${parsed.error?.message}`).toBe(true);
    return parsed.data as z.infer<S>;
  };

  it('me, organisation, server info', async () => {
    expect((await get('/api/auth/me', Me)).role).toBe('beheerder');
    expect((await get('/api/organisation', Organisation)).name).toBe('ROC Noord');
    expect((await get('/api/server-info', ServerInfo)).database).toBe('sqlite');
  });

  it('sessions, a session with its participants, its events', async () => {
    expect((await get('/api/sessions', SessionList)).sessions.map((s) => s.id)).toContain(sessionId);
    const detail = await get(`/api/sessions/${sessionId}`, SessionDetail);
    expect(detail.participants).toHaveLength(1);
    expect(SessionView.safeParse(detail.session).success).toBe(true);
    const events = await get(`/api/sessions/${sessionId}/events`, EventList);
    expect(events.events.map((e) => e.body.type)).toContain('scene-entered');
  });

  it('leerwerkplaatsprofielen: every shipped profile reads whole', async () => {
    const raw = await get('/api/leerwerkplaatsen', LeerwerkplaatsList);
    expect(readLeerwerkplaatsList(raw)).toHaveLength(raw.profiles.length);
    expect(raw.profiles.length).toBeGreaterThan(0);
  });
});
