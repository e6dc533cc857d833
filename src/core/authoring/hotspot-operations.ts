/** Operations on hotspots: place one, drag it, change its kind, texts and target, remove it. */
import type { Hotspot, Scenario } from '../scenario-schema.ts';
import { bilingual } from './bilingual-text.ts';
import { blankHotspot, HOTSPOT_KINDS, withHotspotKind } from './blank-parts.ts';
import { changeHotspot, changeNode, findNode, wrongHotspotKind } from './change-scenario.ts';
import { hotspotPlace } from './hotspot-place.ts';
import { uniqueId } from './new-id.ts';
import { fail, isFailure, type Failure, type Outcome } from './outcome.ts';
import { newQuestionId } from './question-ref.ts';
import { patchText, textMergeKey, type TextPatch } from './text-patch.ts';

export interface HotspotRef {
  nodeId: string;
  hotspotId: string;
}

/** What a new hotspot is called until it has a label. */
const ID_WITHOUT_LABEL: Record<Hotspot['kind'], string> = { info: 'info', goto: 'ga-naar', question: 'vraag' };

function unknownKind(kind: string): Failure {
  return fail(
    'unknown-kind',
    `"${kind}" is geen soort hotspot. Kies uitleg, ga naar of vraag.`,
    `"${kind}" is not a hotspot kind. Choose info, goto or question.`,
  );
}

function badPlace(): Failure {
  return fail('invalid-number', 'De plek van de hotspot (yaw en pitch) moet uit getallen bestaan.', 'The hotspot position (yaw and pitch) must be numbers.');
}

export interface NewHotspot {
  nodeId: string;
  kind: Hotspot['kind'];
  yaw: number;
  pitch: number;
  label?: TextPatch;
  /** For a goto hotspot: the node it leads to. */
  target?: string;
}

export function addHotspot(scenario: Scenario, args: NewHotspot): Outcome<{ hotspotId: string }> {
  if (!HOTSPOT_KINDS.includes(args.kind)) return unknownKind(args.kind);
  const place = hotspotPlace(args.yaw, args.pitch);
  if (!place) return badPlace();
  const node = findNode(scenario, args.nodeId);
  if (isFailure(node)) return node;
  const label = patchText(undefined, args.label ?? {});
  const hotspotId = uniqueId(label.nl, ID_WITHOUT_LABEL[args.kind], new Set(node.hotspots.map((h) => h.id)));
  const outcome = changeNode(scenario, args.nodeId, bilingual('Hotspot toegevoegd', 'Hotspot added'), undefined, (n, s) => {
    let hotspot = blankHotspot(args.kind, hotspotId, place, label, newQuestionId(s, n.id));
    if (hotspot.kind === 'goto' && args.target !== undefined) {
      const target = findNode(s, args.target);
      if (isFailure(target)) return target;
      hotspot = { ...hotspot, target: target.id };
    }
    return { ...n, hotspots: [...n.hotspots, hotspot] };
  });
  return outcome.ok ? { ...outcome, hotspotId } : outcome;
}

/** Dragging one hotspot is one undo step (the history merges edits with the same key). */
export function moveHotspot(scenario: Scenario, args: HotspotRef & { yaw: number; pitch: number }): Outcome {
  const place = hotspotPlace(args.yaw, args.pitch);
  if (!place) return badPlace();
  const mergeKey = `move-hotspot/${args.nodeId}/${args.hotspotId}`;
  return changeHotspot(scenario, args, bilingual('Hotspot verplaatst', 'Hotspot moved'), mergeKey, (h) => ({ ...h, ...place }));
}

export function setHotspotKind(scenario: Scenario, args: HotspotRef & { kind: Hotspot['kind'] }): Outcome {
  if (!HOTSPOT_KINDS.includes(args.kind)) return unknownKind(args.kind);
  return changeHotspot(scenario, args, bilingual('Soort hotspot veranderd', 'Hotspot kind changed'), undefined, (h, node, s) =>
    withHotspotKind(h, args.kind, newQuestionId(s, node.id)),
  );
}

/** `text` is the explanation of an info hotspot. */
export function setHotspotTexts(scenario: Scenario, args: HotspotRef & { label?: TextPatch; text?: TextPatch }): Outcome {
  const fields = [args.label && textMergeKey('label', args.label), args.text && textMergeKey('text', args.text)].filter(Boolean).join(',');
  const mergeKey = `hotspot-texts/${args.nodeId}/${args.hotspotId}/${fields}`;
  return changeHotspot(scenario, args, bilingual('Tekst van hotspot aangepast', 'Hotspot text changed'), mergeKey, (h) => {
    let out: Hotspot = args.label ? { ...h, label: patchText(h.label, args.label) } : h;
    if (args.text) {
      if (out.kind !== 'info') return wrongHotspotKind(h, 'info');
      out = { ...out, text: patchText(out.text, args.text) };
    }
    return out;
  });
}

export function setHotspotTarget(scenario: Scenario, args: HotspotRef & { target: string }): Outcome {
  return changeHotspot(scenario, args, bilingual('Doel van hotspot gekozen', 'Hotspot target set'), undefined, (h, _node, s) => {
    if (h.kind !== 'goto') return wrongHotspotKind(h, 'goto');
    const target = findNode(s, args.target);
    return isFailure(target) ? target : { ...h, target: target.id };
  });
}

export function removeHotspot(scenario: Scenario, args: HotspotRef): Outcome {
  return changeHotspot(scenario, args, bilingual('Hotspot verwijderd', 'Hotspot removed'), undefined, () => undefined);
}
