import { TryAnswer } from '../core/api/authoring.ts';
import { readScenario } from '../core/read-content.ts';
import type { Scenario } from '../core/scenario-schema.ts';

export type TryDraft = { ok: true; answer: TryAnswer; scenario: Scenario } | { ok: false; reason: 'unknown' | 'expired' | 'unfinished'; detail?: string };

/**
 * A draft opened with a maker's try code (no login): the scenario as saved now, read by the same
 * reader as every other scenario, and where its media are.
 */
export async function fetchTryDraft(code: string): Promise<TryDraft> {
  const res = await fetch(`${import.meta.env.BASE_URL}api/try/${encodeURIComponent(code)}`, { headers: { Accept: 'application/json' } });
  if (res.status === 404) return { ok: false, reason: 'unknown' };
  if (res.status === 410) return { ok: false, reason: 'expired' };
  if (!res.ok) throw new Error(`api/try: HTTP ${res.status}`);
  const answer = TryAnswer.parse(await res.json());
  const read = readScenario(answer.scenario);
  if (!read.ok) return { ok: false, reason: 'unfinished', detail: `${read.pointer}: ${read.message}` };
  return { ok: true, answer, scenario: read.value };
}
