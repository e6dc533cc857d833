import { z } from 'zod';
import {
  CreateDraftBody,
  DraftList,
  DraftView,
  PublishAnswer,
  SaveDraftAnswer,
  TryCode,
  UploadList,
  UploadProblem,
  UploadView,
} from '../core/api/authoring.ts';
import { apiFetch, apiGet, ApiRequestError, appUrl } from '../facilitator-api/api-client.ts';

/** The editor's calls to the server's authoring routes (src/core/api/authoring.ts is the contract). */

export const listDrafts = () => apiGet('api/authoring/scenarios', DraftList);
export const getDraft = (id: string) => apiGet(`api/authoring/scenarios/${encodeURIComponent(id)}`, DraftView);
export const createDraft = async (body: CreateDraftBody) => DraftView.parse(await apiFetch('api/authoring/scenarios', { method: 'POST', body }));
export const listUploads = () => apiGet('api/authoring/uploads', UploadList);
export const getUpload = (id: string) => apiGet(`api/authoring/uploads/${encodeURIComponent(id)}`, UploadView);
export const pingPresence = async (id: string) =>
  z.object({ editors: DraftView.shape.editors }).parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/presence`, { method: 'POST' }));
export const publishDraft = async (id: string, baseRevision: number) =>
  PublishAnswer.parse(await apiFetch(`api/authoring/scenarios/${encodeURIComponent(id)}/publish`, { method: 'POST', body: { baseRevision } }));
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
      const current = DraftView.safeParse((e.raw as { current?: unknown } | undefined)?.current ?? e.raw);
      if (current.success) return { ok: false, current: current.data };
    }
    throw e;
  }
}

export type UploadOutcome = { ok: true; upload: UploadView } | { ok: false; problem: UploadProblem | null; message: string };

/**
 * Sends one file with upload progress (fetch cannot report it), so every file has its own bar.
 * A refusal comes back with the server's plain-language reason.
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  options: { signal?: AbortSignal; purpose?: 'scene' | 'narration' } = {},
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', appUrl(`api/authoring/uploads${options.purpose === 'narration' ? '?purpose=narration' : ''}`));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, problem: null, message: 'network' });
    xhr.onabort = () => resolve({ ok: false, problem: null, message: 'aborted' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      if (xhr.status === 202 || xhr.status === 201 || xhr.status === 200) {
        const parsed = UploadView.safeParse((body as { upload?: unknown } | null)?.upload ?? body);
        if (parsed.success) return resolve({ ok: true, upload: parsed.data });
      }
      const problem = UploadProblem.safeParse((body as { problem?: unknown } | null)?.problem);
      const message = (body as { message?: unknown } | null)?.message;
      resolve({ ok: false, problem: problem.success ? problem.data : null, message: typeof message === 'string' ? message : `HTTP ${xhr.status}` });
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
