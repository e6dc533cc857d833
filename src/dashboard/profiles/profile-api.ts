import { ApiError } from '../../core/api/api-error.ts';
import { NewTeamLinkAnswer, ProfileDetail, ProfileOverview, ProfileSaved, TeamProfileView } from '../../core/api/profiles.ts';
import { LeerwerkplaatsList } from '../../core/api/leerwerkplaatsen.ts';
import type { VolatileBlock } from '../../core/leerwerkplaats-schema.ts';
import { apiFetch, apiGet, ApiRequestError, appUrl, NetworkError } from '../../facilitator-api/api-client.ts';

/** The beheerder's calls for the organisation's leerwerkplaatsprofielen (server/profiles). */
const path = (id: string, rest = '') => `api/profiles/${encodeURIComponent(id)}${rest}`;

export const profileApi = {
  overview: () => apiGet('api/profiles', ProfileOverview),
  detail: (id: string) => apiGet(path(id), ProfileDetail),
  create: (id: string, teamName: string) => apiFetch('api/profiles', { method: 'POST', body: { id, teamName } }),
  save: async (id: string, profile: unknown, revision: number) => ProfileSaved.parse(await apiFetch(path(id), { method: 'PUT', body: { profile, revision } })),
  confirm: (id: string, blocks?: VolatileBlock[]) => apiFetch(path(id, '/confirm'), { method: 'POST', body: blocks ? { blocks } : {} }),
  remove: (id: string) => apiFetch(path(id), { method: 'DELETE' }),
  publishProposal: (id: string) => apiFetch(path(id, '/proposal/publish'), { method: 'POST', body: {} }),
  returnProposal: (id: string, message: string) => apiFetch(path(id, '/proposal/return'), { method: 'POST', body: { message } }),
  makeLink: async (id: string, days: number) => NewTeamLinkAnswer.parse(await apiFetch(path(id, '/links'), { method: 'POST', body: { days } })),
  revokeLink: (id: string, linkId: string) => apiFetch(path(id, `/links/${encodeURIComponent(linkId)}`), { method: 'DELETE' }),
  importProfiles: (profiles: unknown[], replace: boolean) => apiFetch('api/profiles/import', { method: 'POST', body: { profiles, replace } }),
  /** Every profile the organisation can match against (built-in ones to copy as an example). */
  examples: async () => LeerwerkplaatsList.parse(await apiFetch('api/leerwerkplaatsen')).profiles,
  fileUrl: (id: string) => appUrl(path(id, '/file')),
  exportUrl: () => appUrl('api/profiles/export.json'),
};

/**
 * The team's side: no login, the link's token as a bearer token. It is never put in a URL the
 * server sees (it lives after the # of the page address).
 */
async function teamFetch(token: string, method: 'GET' | 'PUT', body?: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(appUrl('api/team/profile'), {
      method,
      cache: 'no-store',
      credentials: 'omit',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    throw new NetworkError(e);
  }
  const text = await res.text();
  const raw: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const parsed = ApiError.safeParse(raw);
    throw new ApiRequestError(res.status, parsed.success ? parsed.data : null, null, raw);
  }
  return raw;
}

export const teamApi = {
  load: async (token: string) => TeamProfileView.parse(await teamFetch(token, 'GET')),
  submit: (token: string, profile: unknown, confirmed: VolatileBlock[], note: string) => teamFetch(token, 'PUT', { profile, confirmed, note }),
};
