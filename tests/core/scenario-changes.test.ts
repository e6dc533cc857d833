import { describe, expect, it } from 'vitest';
import { noChanges, scenarioChanges } from '../../src/core/scenario-changes.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { smallScenario, startQuestion } from '../scene-pack/small-pack.ts';

const parse = (raw: unknown) => Scenario.parse(raw);

describe('what changed between two versions of a scenario', () => {
  it('finds nothing between a version and itself with another number', () => {
    const changes = scenarioChanges(parse(smallScenario('1.0.0')), parse(smallScenario('1.1.0')));
    expect(noChanges(changes)).toBe(true);
  });

  it('names nodes and options added, removed and changed, and scenario fields', () => {
    const before = parse(smallScenario('1.0.0'));
    const raw = smallScenario('2.0.0', { labelRechts: 'Ik vraag het de cliënt', moreNode: true });
    const start = startQuestion(raw);
    start.options.push({ ...start.options[0]!, id: 'midden' });
    raw.nodes = raw.nodes.filter((n) => n.id !== 'einde-b');
    raw.title = { nl: 'Klein pakket 2', en: 'Small pack 2' };
    const changes = scenarioChanges(before, parse(raw));
    expect(changes).toEqual({
      fields: ['title'],
      nodes: { added: ['einde-c'], removed: ['einde-b'], changed: ['start'] },
      options: { added: ['start/midden'], removed: [], changed: ['start/rechts'] },
    });
    expect(noChanges(changes)).toBe(false);
  });

  it('lists an option that is gone as removed', () => {
    const before = parse(smallScenario());
    const raw = smallScenario('1.1.0');
    const q = startQuestion(raw);
    q.options = [q.options[0]!, { ...q.options[0]!, id: 'anders' }];
    expect(scenarioChanges(before, parse(raw)).options).toEqual({ added: ['start/anders'], removed: ['start/rechts'], changed: [] });
  });
});
