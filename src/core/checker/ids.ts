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
function repeats(items: Item[], describe: (first: Item, again: Item) => Pick<Finding, 'message' | 'fix'>): Finding[] {
  const first = new Map<string, Item>();
  const out: Finding[] = [];
  for (const item of items) {
    const seen = first.get(item.id);
    if (!seen) {
      first.set(item.id, item);
      continue;
    }
    out.push({ pointer: jsonPointer([...item.path, 'id']), rule: 'duplicate-id', severity: 'error', ...describe(seen, item) });
  }
  return out;
}

export function duplicateIdFindings(scenario: Scenario): Finding[] {
  const where = (p: PathSegment[]) => describePath(scenario, p);
  const out: Finding[] = [];

  const nodes = scenario.nodes.map((n, i): Item => ({ id: n.id, path: ['nodes', i] }));
  out.push(
    ...repeats(nodes, (a, b) => {
      const [n1, n2] = [Number(a.path[1]) + 1, Number(b.path[1]) + 1];
      return {
        message: {
          nl: `scène-id "${b.id}" hoort bij meer dan één scène (nr. ${n1} en nr. ${n2})`,
          en: `node id "${b.id}" is used by more than one node (#${n1} and #${n2})`,
        },
        fix: {
          nl: 'Geef elke scène een eigen id; anders weten deuren, antwoorden en het logboek niet welke scène bedoeld is.',
          en: 'Give each node its own id; links and the log cannot tell them apart.',
        },
      };
    }),
  );

  const questions: Item[] = [];
  scenario.nodes.forEach((node, i) => {
    const np: PathSegment[] = ['nodes', i];
    const hotspots = node.hotspots.map((h, j): Item => ({ id: h.id, path: [...np, 'hotspots', j] }));
    out.push(
      ...repeats(hotspots, (_a, b) => ({
        message: {
          nl: `${where(np).nl}: hotspot-id "${b.id}" komt meer dan eens voor in deze scène`,
          en: `${where(np).en}: hotspot id "${b.id}" is used more than once in this node`,
        },
        fix: {
          nl: 'Geef elke hotspot in een scène een eigen id, bijvoorbeeld "deur-gang" en "deur-keuken".',
          en: 'Give each hotspot in a node its own id, e.g. "deur-gang" and "deur-keuken".',
        },
      })),
    );
    for (const q of questionsOf(node, np)) {
      questions.push({ id: q.value.id, path: q.path });
      if (q.value.kind === 'scale') continue;
      const options = q.value.options.map((o, k): Item => ({ id: o.id, path: [...q.path, 'options', k] }));
      out.push(
        ...repeats(options, (_a, b) => ({
          message: {
            nl: `${where(q.path).nl}: antwoord-id "${b.id}" komt meer dan eens voor in deze vraag`,
            en: `${where(q.path).en}: option id "${b.id}" is used more than once in this question`,
          },
          fix: {
            nl: 'Geef elk antwoord van een vraag een eigen id; het logboek onthoudt het gekozen antwoord aan zijn id.',
            en: 'Give each option of a question its own id; the log records which option was chosen by its id.',
          },
        })),
      );
    }
  });
  out.push(
    ...repeats(questions, (a, b) => ({
      message: {
        nl: `vraag-id "${b.id}" komt meer dan eens voor (${where(a.path).nl} en ${where(b.path).nl})`,
        en: `question id "${b.id}" is used more than once (${where(a.path).en} and ${where(b.path).en})`,
      },
      fix: {
        nl: 'Geef elke vraag in de situatie een eigen id; antwoorden worden per vraag-id bewaard en samengevat.',
        en: 'Give every question in the scenario its own id; answers are logged and summarised per question id.',
      },
    })),
  );
  return out;
}
