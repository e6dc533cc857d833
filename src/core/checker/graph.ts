/**
 * The scenario as a graph of nodes: links must point at real nodes, every node should be
 * reachable from the start, nobody may get stuck, and there should be an ending to reach.
 * Conditions are ignored here: they only hide ways, the author still meant them to exist.
 */
import { nextNodeIds } from '../scenario-index.ts';
import type { Scenario } from '../scenario-schema.ts';
import { describePath, didYouMean, quoteList } from './names.ts';
import { jsonPointer, type BilingualText, type Finding } from './problem.ts';
import { nodeRefs } from './structure.ts';

export function danglingTargetFindings(scenario: Scenario): Finding[] {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  const known: BilingualText =
    ids.size <= 12 ? { nl: ` Scènes in deze situatie: ${quoteList([...ids])}.`, en: ` Nodes in this scenario: ${quoteList([...ids])}.` } : { nl: '', en: '' };
  return nodeRefs(scenario)
    .filter((ref) => !ids.has(ref.target))
    .map((ref): Finding => {
      const where = describePath(scenario, ref.path);
      // In Dutch the owner says it: 'antwoord "ja": gaat naar scène …', not '… › gaat naar: gaat naar …'.
      const owner = describePath(scenario, ['next', 'target'].includes(String(ref.path.at(-1))) ? ref.path.slice(0, -1) : ref.path);
      const t = ref.target;
      const message: BilingualText =
        ref.kind === 'start'
          ? { nl: `de beginscène "${t}" bestaat niet in deze situatie`, en: `startNode "${t}" is not a node in this scenario` }
          : ref.kind === 'condition'
            ? {
                nl: `${where.nl}: de voorwaarde noemt scène "${t}", maar die bestaat niet`,
                en: `${where.en}: the condition names node "${t}", which does not exist`,
              }
            : { nl: `${owner.nl}: gaat naar scène "${t}", maar die bestaat niet (meer)`, en: `${where.en}: goes to node "${t}", which does not exist` };
      const typo = didYouMean(t, ids);
      return {
        pointer: jsonPointer(ref.path),
        rule: 'dangling-target',
        severity: 'error',
        message,
        fix: { nl: `Kies een scène die er wel is.${typo.nl}${known.nl}`, en: `Use the id of an existing node.${typo.en}${known.en}` },
      };
    });
}

/** Node ids reachable from the start node, following every link regardless of conditions. */
export function reachableFrom(scenario: Scenario, start: string): Set<string> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const queue = byId.has(start) ? [start] : [];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of nextNodeIds(byId.get(id)!)) if (byId.has(next) && !seen.has(next)) queue.push(next);
  }
  return seen;
}

/** Node ids from which an ending can be reached: the links followed backwards from every ending. */
function leadingToAnEnding(scenario: Scenario): Set<string> {
  const comesFrom = new Map<string, string[]>();
  for (const node of scenario.nodes) for (const next of nextNodeIds(node)) comesFrom.set(next, [...(comesFrom.get(next) ?? []), node.id]);
  const seen = new Set<string>();
  const queue = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const before of comesFrom.get(id) ?? []) if (!seen.has(before)) queue.push(before);
  }
  return seen;
}

/**
 * Traps: groups of reachable nodes that have ways forward, but only among themselves, so no
 * ending can be reached once a candidate is in one. Each group once, its nodes in file order.
 * (A node with no way forward at all is a dead end of its own, reported per node.)
 */
function traps(scenario: Scenario, reachable: Set<string>): string[][] {
  const toEnding = leadingToAnEnding(scenario);
  const stuck = scenario.nodes.filter((n) => reachable.has(n.id) && !toEnding.has(n.id));
  const onwards = new Map(stuck.map((n) => [n.id, reachableFrom(scenario, n.id)] as const));
  const order = new Map(scenario.nodes.map((n, i) => [n.id, i] as const));
  const groups = new Map<string, string[]>();
  for (const node of stuck) {
    const ahead = onwards.get(node.id)!;
    const loops = ahead.size > 1 || nextNodeIds(node).includes(node.id);
    // From a node in a trap, everything ahead leads back to it (everything ahead is stuck too).
    if (!loops || ![...ahead].every((id) => onwards.get(id)?.has(node.id))) continue;
    const group = [...ahead].sort((a, b) => order.get(a)! - order.get(b)!);
    groups.set(group.join('\n'), group);
  }
  return [...groups.values()];
}

function trapFinding(scenario: Scenario, group: string[]): Finding {
  const first = scenario.nodes.findIndex((n) => n.id === group[0]);
  const names = group.map((id) => `"${id}"`);
  const one = group.length === 1;
  const list = (and: string) => `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
  return {
    pointer: jsonPointer(['nodes', first]),
    rule: 'dead-end',
    severity: 'error',
    message: {
      nl: `${one ? `scène ${names[0]} leidt alleen naar zichzelf` : `scènes ${list('en')} leiden alleen naar elkaar`}: wie daar komt, bereikt nooit een einde`,
      en: `${one ? `node ${names[0]} only leads back to itself` : `nodes ${list('and')} only lead to each other`}: a candidate who gets there can never reach an ending`,
    },
    fix: {
      nl: `Laat een deur of een antwoord ${one ? 'in deze scène' : 'in een van deze scènes'} naar een scène gaan die verder leidt naar een einde, of maak ${one ? 'er' : 'een ervan'} een einde van ("Hier eindigt de situatie").`,
      en: `Let one of ${one ? 'its' : 'their'} ways forward (a goto hotspot, an option or scale "next", or a timer) go to a node that leads on to an ending, or make ${one ? 'it' : 'one of them'} an ending.`,
    },
  };
}

export function reachabilityFindings(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  const startExists = scenario.nodes.some((n) => n.id === scenario.startNode);
  const reachable = reachableFrom(scenario, scenario.startNode);

  scenario.nodes.forEach((node, i) => {
    const pointer = jsonPointer(['nodes', i]);
    // With a broken startNode everything would be "unreachable"; dangling-target says it once.
    if (startExists && !reachable.has(node.id)) {
      out.push({
        pointer,
        rule: 'unreachable-node',
        severity: 'warning',
        message: {
          nl: `scène "${node.id}" is niet te bereiken vanaf de beginscène "${scenario.startNode}"`,
          en: `node "${node.id}" cannot be reached from the start node "${scenario.startNode}"`,
        },
        fix: {
          nl: 'Laat een deur of een antwoord in een andere scène hierheen gaan, of haal deze scène weg.',
          en: 'Link to it from another node (a goto hotspot, an option or scale "next", or a timer), or remove it.',
        },
      });
    }
    if (!node.ending && nextNodeIds(node).length === 0) {
      out.push({
        pointer,
        rule: 'dead-end',
        severity: 'error',
        message: {
          nl: `scène "${node.id}" heeft geen weg verder en is geen einde: de kandidaat komt hier vast te zitten`,
          en: `node "${node.id}" has no way forward and is not an ending, so a candidate gets stuck there`,
        },
        fix: {
          nl: 'Voeg een deur toe, of een vraag waarvan de antwoorden naar een scène gaan. Eindigt de situatie hier? Kies dan "Hier eindigt de situatie" en schrijf een slotzin.',
          en: 'Add a goto hotspot, a question whose options have "next", or a timer; or, if the scenario ends here, add "ending": {"takeaway": {"nl": "…", "en": "…"}}.',
        },
      });
    }
  });

  const endings = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
  // Without any ending, no-ending says it once; every node would otherwise be "trapped".
  if (endings.length > 0) for (const group of traps(scenario, reachable)) out.push(trapFinding(scenario, group));
  if (endings.length === 0) {
    out.push({
      pointer: '/nodes',
      rule: 'no-ending',
      severity: 'warning',
      message: { nl: 'de situatie heeft geen einde, dus een sessie wordt nooit afgerond', en: 'the scenario has no ending node, so a session never completes' },
      fix: {
        nl: 'Kies bij de laatste scène(s) "Hier eindigt de situatie" en schrijf een slotzin; dan ziet de kandidaat die slotzin en krijgt de begeleider de gesprekskaart.',
        en: 'Give the last node(s) "ending": {"takeaway": {"nl": "…", "en": "…"}}; candidates then see a takeaway and the facilitator gets the gesprekskaart.',
      },
    });
  } else if (startExists && !endings.some((id) => reachable.has(id))) {
    out.push({
      pointer: '/startNode',
      rule: 'no-ending',
      severity: 'warning',
      message: {
        nl: `geen enkel einde (${quoteList(endings)}) is te bereiken vanaf de beginscène "${scenario.startNode}"`,
        en: `no ending node (${quoteList(endings)}) can be reached from the start node "${scenario.startNode}"`,
      },
      fix: {
        nl: 'Laat een deur of een antwoord in de scènes ervoor naar het einde gaan.',
        en: 'Link the ending node(s) from the nodes before them (goto hotspot, option or scale "next", or timer).',
      },
    });
  }
  return out;
}
