import type { LightMyRequestResponse } from 'fastify';
import type { LeerwerkplaatsInput } from '../../../src/core/leerwerkplaats-schema.ts';
import { validProfile } from '../../core/fixtures/leerwerkplaats.ts';
import type { TestServer } from '../test-server.ts';

/** The fixture profile (de-linde, ouderenzorg) with `edit` applied, as a form or file would send it. */
export function profileDoc(edit: (p: LeerwerkplaatsInput) => void = () => {}): LeerwerkplaatsInput {
  const p = validProfile();
  edit(p);
  return p;
}

/** Beheerder and team requests against a test server. */
export function profileRequests(server: TestServer) {
  const as =
    (method: 'GET' | 'POST' | 'PUT' | 'DELETE') =>
    (url: string, cookie: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      server.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const team = (method: 'GET' | 'PUT', token: string, payload?: unknown) =>
    server.app.inject({
      method,
      url: '/api/team/profile',
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    get: as('GET'),
    post: as('POST'),
    put: as('PUT'),
    del: as('DELETE'),
    team,
    /** A new team "de-linde" of the cookie's organisation, published with the fixture; returns its revision. */
    async published(cookie: string, id = 'de-linde', edit?: (p: LeerwerkplaatsInput) => void): Promise<number> {
      const created = await as('POST')('/api/profiles', cookie, { id, teamName: 'Team De Linde' });
      if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
      const saved = await as('PUT')(`/api/profiles/${id}`, cookie, {
        profile: profileDoc((p) => ((p.id = id), edit?.(p))),
        revision: created.json().detail.revision,
      });
      if (saved.statusCode !== 200) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
      return saved.json().detail.revision;
    },
    async link(cookie: string, id = 'de-linde', days = 14): Promise<{ token: string; linkId: string }> {
      const res = await as('POST')(`/api/profiles/${id}/links`, cookie, { days });
      if (res.statusCode !== 201) throw new Error(`link: ${res.statusCode} ${res.body}`);
      return { token: res.json().token, linkId: res.json().link.id };
    },
  };
}
