/** Operations on nodes: adding one from a photo, its title, start, ending, narration and timer. */
import type { Language } from '../localized-text.ts';
import type { Scenario, ScenarioNode } from '../scenario-schema.ts';
import { bilingual } from './bilingual-text.ts';
import { changeNode, changeScenario, findNode } from './change-scenario.ts';
import { uniqueId } from './new-id.ts';
import { fail, isFailure, type Outcome } from './outcome.ts';
import { patchText, textMergeKey, type TextPatch } from './text-patch.ts';

export interface NewNodeFromPhoto {
  title: TextPatch;
  /** The 360° photo and its small preview, relative to the scenario folder. */
  src: string;
  preview: string;
  /** Place in `nodes`; at the end when left out. */
  index?: number;
}

/** The id comes from the Dutch title. A scenario without a start node gets this node as its start. */
export function addNodeFromPhoto(scenario: Scenario, args: NewNodeFromPhoto): Outcome<{ nodeId: string }> {
  const index = args.index ?? scenario.nodes.length;
  if (!Number.isInteger(index) || index < 0 || index > scenario.nodes.length) {
    return fail('invalid-place', `Plek ${index} bestaat niet in de lijst met scènes.`, `There is no place ${index} in the list of nodes.`);
  }
  const title = patchText(undefined, args.title);
  const nodeId = uniqueId(title.nl, 'scene', new Set(scenario.nodes.map((n) => n.id)));
  const node: ScenarioNode = {
    id: nodeId,
    title,
    media: { type: 'image', src: args.src, preview: args.preview, stereo: 'mono' },
    hotspots: [],
  };
  const outcome = changeScenario(scenario, bilingual('Scène toegevoegd', 'Node added'), undefined, (s) => ({
    ...s,
    startNode: s.startNode === '' ? nodeId : s.startNode,
    nodes: s.nodes.toSpliced(index, 0, node),
  }));
  return outcome.ok ? { ...outcome, nodeId } : outcome;
}

export function retitleNode(scenario: Scenario, args: { nodeId: string; title: TextPatch }): Outcome {
  return changeNode(
    scenario,
    args.nodeId,
    bilingual('Titel van scène aangepast', 'Node title changed'),
    textMergeKey(`title/${args.nodeId}`, args.title),
    (node) => ({
      ...node,
      title: patchText(node.title, args.title),
    }),
  );
}

export function setStartNode(scenario: Scenario, args: { nodeId: string }): Outcome {
  return changeScenario(scenario, bilingual('Startscène gekozen', 'Start node set'), undefined, (s) => {
    const node = findNode(s, args.nodeId);
    return isFailure(node) ? node : { ...s, startNode: node.id };
  });
}

/** Makes the node an ending, or changes its takeaway when it already is one. */
export function setEnding(scenario: Scenario, args: { nodeId: string; takeaway?: TextPatch }): Outcome {
  const node = scenario.nodes.find((n) => n.id === args.nodeId);
  const label = node?.ending ? bilingual('Eindtekst aangepast', 'Takeaway changed') : bilingual('Einde gemaakt', 'Marked as ending');
  const mergeKey = node?.ending && args.takeaway ? textMergeKey(`ending/${args.nodeId}`, args.takeaway) : undefined;
  return changeNode(scenario, args.nodeId, label, mergeKey, (n) => ({
    ...n,
    ending: { takeaway: patchText(n.ending?.takeaway, args.takeaway ?? {}) },
  }));
}

export function removeEnding(scenario: Scenario, args: { nodeId: string }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Geen einde meer', 'Ending removed'), undefined, ({ ending: _ending, ...node }) => node);
}

export function setNarrationText(scenario: Scenario, args: { nodeId: string; text: TextPatch }): Outcome {
  return changeNode(
    scenario,
    args.nodeId,
    bilingual('Gesproken tekst aangepast', 'Narration text changed'),
    textMergeKey(`narration/${args.nodeId}`, args.text),
    (node) => ({
      ...node,
      narration: { ...node.narration, text: patchText(node.narration?.text, args.text) },
    }),
  );
}

/** `path` null or '' takes the audio of that language away. */
export function setNarrationAudio(scenario: Scenario, args: { nodeId: string; language: Language; path: string | null }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Geluid bij gesproken tekst aangepast', 'Narration audio changed'), undefined, (node) => {
    const { [args.language]: _old, ...others } = node.narration?.audio ?? {};
    const audio = args.path ? { ...others, [args.language]: args.path } : others;
    const { audio: _audio, ...narration } = { text: { nl: '' }, ...node.narration };
    return { ...node, narration: Object.keys(audio).length > 0 ? { ...narration, audio } : narration };
  });
}

export function removeNarration(scenario: Scenario, args: { nodeId: string }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Gesproken tekst verwijderd', 'Narration removed'), undefined, ({ narration: _n, ...node }) => node);
}

export function setTimer(scenario: Scenario, args: { nodeId: string; seconds: number; next: string }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Timer ingesteld', 'Timer set'), `timer/${args.nodeId}`, (node, s) => {
    if (!Number.isFinite(args.seconds)) return fail('invalid-number', 'Het aantal seconden moet een getal zijn.', 'The number of seconds must be a number.');
    const next = findNode(s, args.next);
    return isFailure(next) ? next : { ...node, timer: { seconds: args.seconds, next: next.id } };
  });
}

export function removeTimer(scenario: Scenario, args: { nodeId: string }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Timer verwijderd', 'Timer removed'), undefined, ({ timer: _t, ...node }) => node);
}
