import { z } from 'zod';
import {
  type ConsentChoice,
  CreateDraftBody,
  DraftConflict,
  type FaceRegion,
  DraftList,
  DraftView,
  PublishAnswer,
  SaveDraftAnswer,
  TryCode,
  UploadList,
  UploadProblem,
  UploadView,
} from '../core/api/authoring.ts';
import { PackImportAnswer, PackRefused } from '../core/api/scene-packs.ts';
import { apiFetch, apiGet, ApiRequestError, appUrl } from '../facilitator-api/api-client.ts';

/** The editor's calls to the server's authoring routes (src/core/api/authoring.ts is the contract). */

export const listDrafts = () => apiGet('api/authoring/scenarios', DraftList);
export const getDraft = (id: string) => apiGet(`api/authoring/scenarios/${encodeURIComponent(id)}`, DraftView);
export const createDraft = async (body: CreateDraftBody) => DraftView.parse(await apiFetch('api/authoring/scenarios', { method: 'POST', body }));
export const listUploads = () => apiGet('api/authoring/uploads', UploadList);
export const getUpload = (id: string) => apiGet(`api/authoring/uploads/${encodeURIComponent(id)}`, UploadView);
export const pingPresence = async (id: string) =>
  z.object({ editors: DraftView.shape.editors }).parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/presence`, { method: 'POST' }));
export const publishDraft = async (id: string, baseRevision: number, consents: ConsentChoice[]) =>
  PublishAnswer.parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/publish`, { method: 'POST', body: { baseRevision, consents } }));
/** Stores the maker's face regions; answers once the photo's derivatives are made again with them blurred. */
export const saveFaces = async (uploadId: string, regions: FaceRegion[], confirm: boolean) =>
  UploadView.parse(await apiFetch(`api/authoring/uploads/${encodeURIComponent(uploadId)}/faces`, { method: 'PUT', body: { regions, confirm } }));
export const rollbackDraft = async (id: string, version: string) =>
  PublishAnswer.parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/rollback`, { method: 'POST', body: { version } }));
export const tryCode = async (id: string) => TryCode.parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/try-code`, { method: 'POST' }));

/** A media path of a draft (`media/<upload>.jpg`) as a URL the editor may load. */
export const draftMediaUrl = (path: string) => appUrl(`api/authoring/${path}`);

export type SaveResult = { ok: true; revision: number; updatedAt: number } | { ok: false; current: DraftView };

/** Saves on a base revision; someone else's newer save comes back as `current` instead of being overwritten. */
export async function saveDraft(id: string, scenario: unknown, baseRevision: number): Promise<SaveResult> {
  try {
    const answer = SaveDraftAnswer.parse(
      await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}`, { method: 'PUT', body: { scenario, baseRevision } }),
    );
    return { ok: true, ...answer };
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 409) {
      const conflict = DraftConflict.safeParse(e.raw);
      if (conflict.success) return { ok: false, current: conflict.data.draft };
    }
    throw e;
  }
}

export type UploadOutcome = { ok: true; upload: UploadView } | { ok: false; problem: UploadProblem | null; message: string };

type Sent = { ok: true; status: number; body: unknown } | { ok: false; message: 'network' | 'aborted' };

/**
 * Sends one file as the request body with upload progress (fetch cannot report it), so a file
 * gets a progress bar; the answer comes back as status and parsed JSON (null when not JSON).
 */
function sendFile(url: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Sent> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', appUrl(url));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, message: 'network' });
    xhr.onabort = () => resolve({ ok: false, message: 'aborted' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      resolve({ ok: true, status: xhr.status, body });
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

/** One upload; a refusal comes back with the server's plain-language reason. */
export async function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  options: { signal?: AbortSignal; purpose?: 'scene' | 'narration' } = {},
): Promise<UploadOutcome> {
  // The server reads the file name and purpose from the query (docs/api.md).
  const query = new URLSearchParams({ name: file.name, purpose: options.purpose ?? 'scene' });
  const sent = await sendFile(`api/authoring/uploads?${query}`, file, onProgress, options.signal);
  if (!sent.ok) return { ok: false, problem: null, message: sent.message };
  const body = sent.body as { upload?: unknown; problem?: unknown; message?: unknown } | null;
  if (sent.status === 202 || sent.status === 201 || sent.status === 200) {
    const parsed = UploadView.safeParse(body?.upload ?? body);
    if (parsed.success) return { ok: true, upload: parsed.data };
  }
  const problem = UploadProblem.safeParse(body?.problem);
  const message = body?.message;
  return { ok: false, problem: problem.success ? problem.data : null, message: typeof message === 'string' ? message : `HTTP ${sent.status}` };
}

export type PackImportOutcome = { ok: true; answer: PackImportAnswer } | { ok: false; refused: PackRefused } | { ok: false; refused: null; message: string };

/** Sends a scene pack .zip to be checked and installed (docs/scene-packs.md), with upload progress. */
export async function importScenePack(file: File, onProgress: (fraction: number) => void): Promise<PackImportOutcome> {
  const sent = await sendFile(`api/authoring/packs/import?name=${encodeURIComponent(file.name)}`, file, onProgress);
  if (!sent.ok) return { ok: false, refused: null, message: sent.message };
  if (sent.status === 200) {
    const answer = PackImportAnswer.safeParse(sent.body);
    if (answer.success) return { ok: true, answer: answer.data };
  }
  const refused = PackRefused.safeParse(sent.body);
  if (refused.success) return { ok: false, refused: refused.data };
  const message = (sent.body as { message?: unknown } | null)?.message;
  return { ok: false, refused: null, message: typeof message === 'string' ? message : `HTTP ${sent.status}` };
}
