import type { StoredEvent } from './api/stored-event.ts';
import type { LocalizedText } from './localized-text.ts';
import { loggedContent, type LoggedScenario } from './logged-content.ts';
import type { Question, Scenario } from './scenario-schema.ts';

/**
 * Maps stored events to xAPI 1.0.3 statements (see docs/exports.md for the full table).
 *
 * - The statement id is the event id, so exporting or forwarding twice never duplicates a
 *   statement in an LRS (it answers 204/409 for a known id).
 * - Each statement is a pure function of one stored event (and the content it names): the
 *   export and the LRS forwarder, which sends any slice of the log, build the same statement
 *   under the same id. Nothing is read from other events in the list.
 * - The actor is the participation (pseudonymous, unique across sessions) as an account; no
 *   names, no mbox. The 4-character participant code is only unique within its session.
 * - Never a score or success: the app does not grade people (PRODUCT.md, AVG art. 22).
 * - Content may have changed since the event was logged: unknown scenarios, nodes, hotspots,
 *   questions and options still give a valid statement, built from the ids alone.
 */

export type LanguageMap = Partial<Record<'nl-NL' | 'en-US', string>>;

export interface XapiAgent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiInteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface XapiActivityDefinition {
  type: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice' | 'likert';
  choices?: XapiInteractionComponent[];
  scale?: XapiInteractionComponent[];
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: XapiActivityDefinition;
}

export type XapiExtensions = Record<string, string | number>;

export interface XapiResult {
  response?: string;
  completion?: boolean;
  /** ISO 8601 duration, e.g. "PT1.5S". */
  duration?: string;
}

export interface XapiContext {
  /** The session id: all statements of one session share it. */
  registration?: string;
  platform: string;
  /** Scenario version of the run, as the server recorded it when it stored the event. */
  revision?: string;
  contextActivities?: { parent: XapiActivity[] };
  extensions: XapiExtensions;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context: XapiContext;
  /** Client time of the event; `stored` is left to the LRS. */
  timestamp: string;
}

export interface XapiOptions {
  /** Root of our IRIs, e.g. "https://beroepsbeeld.example/xapi". */
  baseIri: string;
  /** `actor.account.homePage`: the system that issues the participation ids (default `baseIri`). */
  accountHomePage?: string;
}

const ADL = 'http://adlnet.gov/expapi';
const verb = (name: string, nl: string): XapiVerb => ({ id: `${ADL}/verbs/${name}`, display: { 'nl-NL': nl, 'en-US': name } });

export const VERBS = {
  initialized: verb('initialized', 'gestart'),
  experienced: verb('experienced', 'bekeken'),
  exited: verb('exited', 'verlaten'),
  interacted: verb('interacted', 'gebruikt'),
  answered: verb('answered', 'beantwoord'),
  completed: verb('completed', 'afgerond'),
  terminated: verb('terminated', 'gestopt'),
} as const;

export const ACTIVITY_TYPES = {
  simulation: `${ADL}/activities/simulation`,
  interaction: `${ADL}/activities/interaction`,
  question: `${ADL}/activities/cmi.interaction`,
} as const;

/** Names of our extensions; the IRI is `${baseIri}/extensions/<name>`. */
export const EXTENSIONS = [
  'participant-code',
  'seq',
  'server-time',
  'zorgcategorie',
  'node',
  'via',
  'from-node',
  'to-node',
  'dwell-ms',
  'hotspot-kind',
  'ms-to-answer',
  'changed-from',
  'duration-ms',
  'action',
] as const;
export type ExtensionName = (typeof EXTENSIONS)[number];

/** Milliseconds as an ISO 8601 duration: 1500 → "PT1.5S", 3_723_500 → "PT1H2M3.5S". */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = (total % 60_000) / 1000;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export function languageMap(text: LocalizedText | undefined): LanguageMap | undefined {
  if (!text) return undefined;
  return text.en === undefined ? { 'nl-NL': text.nl } : { 'nl-NL': text.nl, 'en-US': text.en };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toXapiStatements(events: StoredEvent[], scenarios: ReadonlyMap<string, Scenario>, options: XapiOptions): XapiStatement[] {
  const base = options.baseIri.replace(/\/+$/, '');
  const homePage = options.accountHomePage ?? base;
  const content = loggedContent(scenarios);
  const out: XapiStatement[] = [];

  for (const e of events) {
    const path = e.scenario ?? 'unknown';
    const scenarioIri = `${base}/scenarios/${path}`;
    const nodeIri = (nodeId: string) => `${scenarioIri}/nodes/${nodeId}`;
    const logged: LoggedScenario | null = e.scenario === null ? null : content(e.scenario, e.scenarioVersion);
    const scenario = logged?.index?.scenario;
    const scenarioActivity = activity(scenarioIri, {
      type: ACTIVITY_TYPES.simulation,
      name: languageMap(scenario?.title),
      description: languageMap(scenario?.description),
    });
    // As parent, the id and name suffice; the long description would repeat in every statement.
    const scenarioParent = activity(scenarioIri, { type: ACTIVITY_TYPES.simulation, name: languageMap(scenario?.title) });
    const nodeActivity = (nodeId: string) =>
      activity(nodeIri(nodeId), {
        type: `${base}/activity-types/scene`,
        name: languageMap(logged?.node(nodeId)?.title),
      });

    const ext: Partial<Record<ExtensionName, string | number | null>> = {
      // The code the facilitator sees on the dashboard; the actor is the participation.
      'participant-code': e.participantCode,
      seq: e.seq,
      'server-time': new Date(e.serverAt).toISOString(),
      zorgcategorie: e.scenario?.split('/')[0] ?? null,
    };
    let verbOf: XapiVerb;
    let object: XapiActivity;
    let result: XapiResult | undefined;
    let inScenario = true; // false when the object is the scenario itself (no parent)

    const b = e.body;
    switch (b.type) {
      case 'started':
        [verbOf, object, inScenario] = [VERBS.initialized, scenarioActivity, false];
        break;
      case 'scene-entered':
        [verbOf, object] = [VERBS.experienced, nodeActivity(b.nodeId)];
        Object.assign(ext, { node: b.nodeId, via: b.via, 'from-node': b.fromNodeId });
        break;
      case 'scene-left':
        // `exited`, not a second `experienced`: counting `experienced` then counts visits.
        [verbOf, object] = [VERBS.exited, nodeActivity(b.nodeId)];
        result = { duration: isoDuration(b.dwellMs) };
        Object.assign(ext, { node: b.nodeId, 'dwell-ms': b.dwellMs });
        break;
      case 'hotspot-opened': {
        const hotspot = logged?.hotspot(b.nodeId, b.hotspotId);
        verbOf = VERBS.interacted;
        object = activity(`${nodeIri(b.nodeId)}/hotspots/${b.hotspotId}`, {
          type: ACTIVITY_TYPES.interaction,
          name: languageMap(hotspot?.label),
        });
        Object.assign(ext, { node: b.nodeId, 'hotspot-kind': b.hotspotKind });
        break;
      }
      case 'question-answered':
      case 'reflection-answered': {
        const question = logged?.question(b.nodeId, b.questionId) ?? null;
        // The event decides the shape, not the (possibly changed) content: an option is a choice, a value a likert step.
        const optionId = b.optionId;
        const value = b.type === 'reflection-answered' ? b.value : null;
        const definition: XapiActivityDefinition = {
          type: ACTIVITY_TYPES.question,
          name: languageMap(question?.prompt),
          interactionType: optionId !== null ? 'choice' : 'likert',
        };
        if (optionId !== null) {
          definition.choices =
            question && question.kind !== 'scale' ? question.options.map((o) => ({ id: o.id, description: languageMap(o.label) })) : [{ id: optionId }];
        } else if (question?.kind === 'scale') {
          definition.scale = scaleComponents(question);
        }
        verbOf = VERBS.answered;
        object = activity(`${scenarioIri}/questions/${b.questionId}`, definition);
        const response = optionId ?? (value === null ? undefined : String(value));
        result = { ...(response === undefined ? {} : { response }), duration: isoDuration(b.msToAnswer) };
        Object.assign(ext, { node: b.nodeId, 'ms-to-answer': b.msToAnswer, 'changed-from': b.changedFrom });
        break;
      }
      case 'completed':
        [verbOf, object, inScenario] = [VERBS.completed, scenarioActivity, false];
        result = { completion: true, duration: isoDuration(b.durationMs) };
        Object.assign(ext, { node: b.endingNodeId, 'duration-ms': b.durationMs });
        break;
      case 'aborted':
        [verbOf, object, inScenario] = [VERBS.terminated, scenarioActivity, false];
        result = { completion: false, duration: isoDuration(b.durationMs) };
        Object.assign(ext, { node: b.nodeId, 'duration-ms': b.durationMs });
        break;
      case 'back':
        [verbOf, object] = [VERBS.interacted, nodeActivity(b.fromNodeId)];
        Object.assign(ext, { action: 'back', node: b.fromNodeId, 'to-node': b.toNodeId });
        break;
      case 'restart':
        // A scene restart acts on the scene; a scenario restart on the whole scenario (a new run).
        if (b.scope === 'scenario') [verbOf, object, inScenario] = [VERBS.interacted, scenarioActivity, false];
        else [verbOf, object] = [VERBS.interacted, nodeActivity(b.nodeId)];
        Object.assign(ext, { action: `restart-${b.scope}`, node: b.nodeId });
        break;
      // Skipped (docs/exports.md): the next scene-entered carries via "timer"; variables are engine
      // internals already implied by the answer; consent is about data processing, not learning.
      case 'timer-expired':
      case 'variables-set':
      case 'consent-given':
        continue;
    }

    const extensions: XapiExtensions = {};
    for (const [name, value] of Object.entries(ext)) if (value != null) extensions[`${base}/extensions/${name}`] = value;
    out.push({
      id: e.id,
      actor: { objectType: 'Agent', account: { homePage, name: e.participationId } },
      verb: verbOf,
      object,
      ...(result ? { result } : {}),
      context: {
        ...(UUID.test(e.sessionId) ? { registration: e.sessionId } : {}),
        platform: 'Beroepsbeeld VR',
        ...(e.scenarioVersion ? { revision: e.scenarioVersion } : {}),
        ...(inScenario ? { contextActivities: { parent: [scenarioParent] } } : {}),
        extensions,
      },
      timestamp: new Date(e.at).toISOString(),
    });
  }
  return out;
}

function activity(id: string, definition: XapiActivityDefinition): XapiActivity {
  // Drop absent names so the JSON holds no undefined members.
  const clean = Object.fromEntries(Object.entries(definition).filter(([, v]) => v !== undefined));
  return { objectType: 'Activity', id, definition: clean as XapiActivityDefinition };
}

/** Likert steps min..max as ids "1".."5"; the end points carry their labels. */
function scaleComponents(q: Extract<Question, { kind: 'scale' }>): XapiInteractionComponent[] {
  const steps: XapiInteractionComponent[] = [];
  for (let v = q.min; v <= q.max; v++) {
    const label = v === q.min ? q.minLabel : v === q.max ? q.maxLabel : undefined;
    const description = label
      ? languageMap({ nl: `${v}: ${label.nl}`, ...(label.en ? { en: `${v}: ${label.en}` } : {}) })
      : { 'nl-NL': String(v), 'en-US': String(v) };
    steps.push({ id: String(v), description });
  }
  return steps;
}
