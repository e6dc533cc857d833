/**
 * An empty scenario to start from: no nodes yet, empty texts. The first photo added becomes
 * its start node. Like every draft it does not pass the checker until it is filled in.
 */
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../scenario-schema.ts';
import { Zorgcategorie } from '../zorgcategorie.ts';
import { uniqueId } from './new-id.ts';
import type { Failure } from './outcome.ts';
import { unknownZorgcategorie } from './scenario-operations.ts';
import { patchText, type TextPatch } from './text-patch.ts';

export function newDraftScenario(args: {
  title: TextPatch;
  zorgcategorie: string;
  /** Defaults to a slug of the Dutch title; must be unique in the scene pack (the checker tells). */
  id?: string;
}): { ok: true; scenario: Scenario } | Failure {
  const zorgcategorie = Zorgcategorie.safeParse(args.zorgcategorie);
  if (!zorgcategorie.success) return unknownZorgcategorie(args.zorgcategorie);
  const title = patchText(undefined, args.title);
  return {
    ok: true,
    scenario: {
      formatVersion: SCENARIO_FORMAT_VERSION,
      id: args.id ?? uniqueId(title.nl, 'scenario', new Set()),
      version: '0.1.0',
      zorgcategorie: zorgcategorie.data,
      title,
      description: { nl: '' },
      beroepen: [],
      niveaus: [],
      variables: {},
      startNode: '',
      nodes: [],
    },
  };
}
