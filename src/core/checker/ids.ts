/**
 * Duplicate ids. Node ids are link targets, hotspot and option ids identify what was clicked,
 * and question ids key the logged answers across the whole scenario, so each must be unique
 * in its scope.
 */
import type { Scenario } from '../scenario-schema.ts';
import { describePath } from './names.ts';
import { jsonPointer, type Finding, type PathSegment } from './problem.ts';
import { questionsOf } from './structure.ts';

interface Item {
  id: string;
  path: PathSegment[];
}

/** One finding per repeat (the first use is fine), pointing at the repeated `id` field. */
function repeats(items: Item[], describe: (first: Item, again: Item) => [string, string]): Finding[] {
  const first = new Map<string, Item>();
  const out: Finding[] = [];
  for (const item of items) {
    const seen = first.get(item.id);
    if (!seen) {
      first.set(item.id, item);
      continue;
    }
    const [message, fix] = describe(seen, item);
    out.push({ pointer: jsonPointer([...item.path, 'id']), rule: 'duplicate-id', severity: 'error', message, fix });
  }
  return out;
}

export function duplicateIdFindings(scenario: Scenario): Finding[] {
  const where = (p: PathSegment[]) => describePath(scenario, p);
  const out: Finding[] = [];

  const nodes = scenario.nodes.map((n, i): Item => ({ id: n.id, path: ['nodes', i] }));
  out.push(
    ...repeats(nodes, (a, b) => [
      `node id "${b.id}" is used by more than one node (#${Number(a.path[1]) + 1} and #${Number(b.path[1]) + 1})`,
      'Give each node its own id; links and the log cannot tell them apart.',
    ]),
  );

  const questions: Item[] = [];
  scenario.nodes.forEach((node, i) => {
    const np: PathSegment[] = ['nodes', i];
    const hotspots = node.hotspots.map((h, j): Item => ({ id: h.id, path: [...np, 'hotspots', j] }));
    out.push(
      ...repeats(hotspots, (_a, b) => [
        `${where(np)}: hotspot id "${b.id}" is used more than once in this node`,
        'Give each hotspot in a node its own id, e.g. "deur-gang" and "deur-keuken".',
      ]),
    );
    for (const q of questionsOf(node, np)) {
      questions.push({ id: q.value.id, path: q.path });
      if (q.value.kind === 'scale') continue;
      const options = q.value.options.map((o, k): Item => ({ id: o.id, path: [...q.path, 'options', k] }));
      out.push(
        ...repeats(options, (_a, b) => [
          `${where(q.path)}: option id "${b.id}" is used more than once in this question`,
          'Give each option of a question its own id; the log records which option was chosen by its id.',
        ]),
      );
    }
  });
  out.push(
    ...repeats(questions, (a, b) => [
      `question id "${b.id}" is used more than once (${where(a.path)} and ${where(b.path)})`,
      'Give every question in the scenario its own id; answers are logged and summarised per question id.',
    ]),
  );
  return out;
}
