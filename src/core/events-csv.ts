import type { StoredEvent } from './api/stored-event.ts';
import { localize, type Language } from './localized-text.ts';
import { loggedContent, loggedOption, type LoggedScenario } from './logged-content.ts';
import type { Scenario } from './scenario-schema.ts';

/** Columns of the events CSV, in order (docs/exports.md explains each). */
export const CSV_COLUMNS = [
  'participant',
  'session',
  'seq',
  'client_time',
  'server_time',
  'scenario',
  'type',
  'node',
  'hotspot',
  'question',
  'question_text',
  'option',
  'option_text',
  'value',
  'ms_to_answer',
  'dwell_ms',
  'duration_ms',
  'changed_from',
  'detail',
  // Appended (not inserted) so tools that read columns by position keep working.
  'participation',
  'scenario_version',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

type Row = Partial<Record<CsvColumn, string | number | null>>;

/**
 * One row per event, for HR tools and spreadsheets: RFC 4180 with CRLF, a UTF-8 BOM so Excel
 * reads "ë" right, and texts in `lang` (Dutch when a translation is missing). Unknown content
 * leaves the text columns empty; the ids are always there.
 */
export function toEventsCsv(events: StoredEvent[], scenarios: ReadonlyMap<string, Scenario>, lang: Language): string {
  const content = loggedContent(scenarios);
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const row: Row = {
      participant: e.participantCode,
      session: e.sessionId,
      seq: e.seq,
      client_time: new Date(e.at).toISOString(),
      server_time: new Date(e.serverAt).toISOString(),
      scenario: e.scenario,
      type: e.body.type,
      participation: e.participationId,
      scenario_version: e.scenarioVersion,
      ...columnsFor(e, e.scenario === null ? null : content(e.scenario, e.scenarioVersion), lang),
    };
    lines.push(CSV_COLUMNS.map((c) => cell(row[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function columnsFor(e: StoredEvent, logged: LoggedScenario | null, lang: Language): Row {
  const b = e.body;
  const detail = (pairs: Record<string, string | number | boolean | null>) =>
    Object.entries(pairs)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  switch (b.type) {
    case 'started':
      return { detail: detail({ version: b.scenarioVersion }) };
    case 'scene-entered':
      return { node: b.nodeId, detail: detail({ via: b.via, from: b.fromNodeId }) };
    case 'scene-left':
      return { node: b.nodeId, dwell_ms: b.dwellMs };
    case 'hotspot-opened':
      return { node: b.nodeId, hotspot: b.hotspotId, detail: detail({ kind: b.hotspotKind }) };
    case 'question-answered':
    case 'reflection-answered': {
      const question = logged?.question(b.nodeId, b.questionId) ?? null;
      const option = loggedOption(question, b.optionId);
      return {
        node: b.nodeId,
        question: b.questionId,
        question_text: question ? localize(question.prompt, lang) : null,
        option: b.optionId,
        option_text: option ? localize(option.label, lang) : null,
        value: b.type === 'reflection-answered' ? b.value : null,
        ms_to_answer: b.msToAnswer,
        changed_from: b.changedFrom,
      };
    }
    case 'variables-set':
      return { detail: detail(b.values) };
    case 'timer-expired':
      return { node: b.nodeId };
    case 'back':
      return { node: b.fromNodeId, detail: detail({ to: b.toNodeId }) };
    case 'restart':
      return { node: b.nodeId, detail: detail({ scope: b.scope }) };
    case 'completed':
      return { node: b.endingNodeId, duration_ms: b.durationMs };
    case 'aborted':
      return { node: b.nodeId, duration_ms: b.durationMs };
    case 'consent-given':
      return { detail: detail({ notice: b.noticeVersion }) };
  }
}

/**
 * Where a spreadsheet may begin a cell inside our text: at its start, and after any separator it
 * may assume instead of ours (";" in Dutch Excel, tab) or a line break; spaces and quotes a cell
 * starts with are skipped. A formula starter there gets a "'" before it.
 */
const FORMULA_START = /(?<=^|[,;\t\r\n])([ "]*)(?=[=+\-@\t\r])/g;

/**
 * One RFC 4180 cell. Text that a spreadsheet would run as a formula (= + - @ tab CR at any place
 * a cell may begin, whatever the separator) gets a leading "'" so it shows as text (CSV injection).
 * Numbers are ours and pass as they are, so a scale value of -1 stays a number.
 */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string') s = s.replace(FORMULA_START, "$1'");
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
