import { describe, expect, it, vi } from 'vitest';
import { AuthoringHistory, DEFAULT_UNDO_STEPS, MIN_UNDO_STEPS } from '../../../src/core/authoring/authoring-history.ts';
import type { Edit } from '../../../src/core/authoring/edit.ts';
import { moveHotspot, setHotspotTexts } from '../../../src/core/authoring/hotspot-operations.ts';
import { retitleNode, setStartNode } from '../../../src/core/authoring/node-operations.ts';
import type { Outcome } from '../../../src/core/authoring/outcome.ts';
import type { Scenario } from '../../../src/core/scenario-schema.ts';
import { nodeOf, sample } from './round-trip.ts';

function editOf(outcome: Outcome): Edit {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.edit;
}

/** A history on the sample scenario with a clock the test moves by hand. */
function setup(options: { limit?: number } = {}) {
  let now = 1000;
  const history = new AuthoringHistory(sample(), { clock: () => now, ...options });
  const tick = (ms: number) => (now += ms);
  const move = (yaw: number) =>
    expect(history.apply(editOf(moveHotspot(history.scenario, { nodeId: 'gang', hotspotId: 'deur', yaw, pitch: 0 }))).ok).toBe(true);
  const retitle = (nl: string) => expect(history.apply(editOf(retitleNode(history.scenario, { nodeId: 'gang', title: { nl } }))).ok).toBe(true);
  const deurYaw = () => nodeOf(history.scenario, 'gang').hotspots.find((h) => h.id === 'deur')?.yaw;
  return { history, tick, move, retitle, deurYaw };
}

describe('AuthoringHistory: undo and redo', () => {
  it('undoes and redoes an edit, with its label for the menu', () => {
    const { history, retitle } = setup();
    const original = history.scenario;
    expect(history.canUndo).toBe(false);
    retitle('Gang');
    expect(history.canUndo).toBe(true);
    expect(history.undoLabel).toEqual({ nl: 'Titel van scène aangepast', en: 'Node title changed' });
    const edited = history.scenario;
    expect(history.undo()).toBe(true);
    expect(history.scenario).toEqual(original);
    expect(history.canRedo).toBe(true);
    expect(history.redoLabel?.en).toBe('Node title changed');
    expect(history.redo()).toBe(true);
    expect(history.scenario).toEqual(edited);
    expect(history.redo()).toBe(false);
  });

  it('says false when there is nothing to undo or redo', () => {
    const { history } = setup();
    expect(history.undo()).toBe(false);
    expect(history.redo()).toBe(false);
    expect(history.undoLabel).toBeUndefined();
  });

  it('clears the redo stack with a new edit', () => {
    const { history, retitle, tick } = setup();
    retitle('A');
    tick(5000);
    retitle('B');
    history.undo();
    expect(history.canRedo).toBe(true);
    expect(history.apply(editOf(setStartNode(history.scenario, { nodeId: 'kamer' }))).ok).toBe(true);
    expect(history.canRedo).toBe(false);
  });

  it('adds no step for an edit that changes nothing', () => {
    const { history, retitle } = setup();
    retitle('De gang');
    expect(history.canUndo).toBe(false);
  });

  it('refuses an edit made for an older version of the scenario, and stays as it was', () => {
    const { history, tick, retitle } = setup();
    const stale = editOf(retitleNode(history.scenario, { nodeId: 'gang', title: { nl: 'Oud' } }));
    retitle('Nieuw');
    tick(5000);
    const now = history.scenario;
    const result = history.apply(stale);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflict.mismatches).toEqual([{ record: 'node', id: 'gang', problem: 'changed' }]);
    expect(history.scenario).toBe(now);
    expect(history.undoLabel?.en).toBe('Node title changed');
  });
});

describe('AuthoringHistory: merging a drag or typing into one step', () => {
  it('merges edits with the same key within the time window', () => {
    const { history, tick, move, deurYaw } = setup();
    move(10);
    tick(300);
    move(20);
    tick(300);
    move(30);
    expect(deurYaw()).toBe(30);
    history.undo();
    expect(deurYaw()).toBe(90);
    expect(history.canUndo).toBe(false);
    history.redo();
    expect(deurYaw()).toBe(30);
  });

  it('keeps the window open while the drag goes on (measured from the last edit)', () => {
    const { history, tick, move } = setup();
    for (let yaw = 0; yaw < 50; yaw += 5) {
      move(yaw);
      tick(900);
    }
    history.undo();
    expect(history.canUndo).toBe(false);
  });

  it('starts a new step after a pause longer than the window', () => {
    const { history, tick, move, deurYaw } = setup();
    move(10);
    tick(1001);
    move(20);
    history.undo();
    expect(deurYaw()).toBe(10);
  });

  it('starts a new step for another key, after undo and after endStep', () => {
    const { history, tick, move, retitle, deurYaw } = setup();
    move(10);
    retitle('Gang');
    move(20);
    history.undo();
    expect(deurYaw()).toBe(10);
    history.undo();
    history.undo();
    expect(history.canUndo).toBe(false);

    move(30);
    history.undo();
    move(40); // after undo: a new step, not merged into the undone one
    tick(10);
    history.endStep();
    move(50);
    history.undo();
    expect(deurYaw()).toBe(40);
  });

  it('never merges edits without a key', () => {
    const { history } = setup();
    history.apply(editOf(setStartNode(history.scenario, { nodeId: 'kamer' })));
    history.apply(editOf(setStartNode(history.scenario, { nodeId: 'einde' })));
    history.undo();
    expect(history.scenario.startNode).toBe('kamer');
  });

  it('merges typing in one field, not typing in another', () => {
    const { history, tick } = setup();
    const type = (field: 'label' | 'text', nl: string) =>
      history.apply(editOf(setHotspotTexts(history.scenario, { nodeId: 'gang', hotspotId: 'rooster', [field]: { nl } })));
    type('label', 'R');
    tick(200);
    type('label', 'Ro');
    tick(200);
    type('text', 'U');
    history.undo();
    const rooster = () => nodeOf(history.scenario, 'gang').hotspots.find((h) => h.id === 'rooster');
    expect(rooster()?.label.nl).toBe('Ro');
    history.undo();
    expect(rooster()?.label.nl).toBe('Rooster');
  });

  it('drops the step when a drag ends where it began', () => {
    const { history, tick, move } = setup();
    move(10);
    tick(100);
    move(90);
    expect(history.canUndo).toBe(false);
    expect(history.isDirty).toBe(false);
  });
});

describe('AuthoringHistory: how many steps', () => {
  it(`keeps ${DEFAULT_UNDO_STEPS} steps by default and drops the oldest`, () => {
    const { history, tick, retitle } = setup();
    const titles: string[] = [];
    for (let i = 1; i <= DEFAULT_UNDO_STEPS + 5; i++) {
      titles.push(`Titel ${i}`);
      retitle(`Titel ${i}`);
      tick(5000);
    }
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(DEFAULT_UNDO_STEPS);
    expect(nodeOf(history.scenario, 'gang').title.nl).toBe('Titel 5');
  });

  it(`keeps at least ${MIN_UNDO_STEPS} steps: undoing them all gives the loaded scenario back`, () => {
    const { history, tick, move } = setup({ limit: MIN_UNDO_STEPS });
    const original = history.scenario;
    for (let i = 0; i < MIN_UNDO_STEPS; i++) {
      move(i % 2 ? 10 : 20);
      tick(5000);
    }
    for (let i = 0; i < MIN_UNDO_STEPS; i++) expect(history.undo()).toBe(true);
    expect(history.scenario).toEqual(original);
    expect(history.canUndo).toBe(false);
  });

  it(`refuses a limit below ${MIN_UNDO_STEPS}`, () => {
    expect(() => new AuthoringHistory(sample(), { limit: 20 })).toThrow(RangeError);
  });
});

describe('AuthoringHistory: saved and dirty', () => {
  it('is clean when loaded, dirty after an edit, clean again after markSaved or undoing to the saved state', () => {
    const { history, tick, retitle } = setup();
    expect(history.isDirty).toBe(false);
    retitle('A');
    expect(history.isDirty).toBe(true);
    history.markSaved();
    expect(history.isDirty).toBe(false);
    tick(5000);
    retitle('B');
    expect(history.isDirty).toBe(true);
    history.undo();
    expect(history.isDirty).toBe(false);
    history.undo();
    expect(history.isDirty).toBe(true);
    history.redo();
    expect(history.isDirty).toBe(false);
  });

  it('is dirty when an edit merges into the step that was saved', () => {
    const { history, tick, move } = setup();
    move(10);
    history.markSaved();
    tick(100);
    move(20);
    expect(history.isDirty).toBe(true);
  });

  it('stays dirty after undoing past steps that were dropped', () => {
    const { history, tick, retitle } = setup({ limit: MIN_UNDO_STEPS });
    for (let i = 0; i < MIN_UNDO_STEPS + 1; i++) {
      retitle(`T${i}`);
      tick(5000);
    }
    while (history.undo());
    expect(nodeOf(history.scenario, 'gang').title.nl).toBe('T0');
    expect(history.isDirty).toBe(true);
  });
});

describe('AuthoringHistory: subscribe', () => {
  it('tells listeners about edits, undo, redo and saving, until they unsubscribe', () => {
    const { history, retitle } = setup();
    const listener = vi.fn();
    const seen: Scenario[] = [];
    const unsubscribe = history.subscribe(() => {
      listener();
      seen.push(history.scenario);
    });
    retitle('A');
    history.undo();
    history.redo();
    history.markSaved();
    expect(listener).toHaveBeenCalledTimes(4);
    expect(seen.map((s) => nodeOf(s, 'gang').title.nl)).toEqual(['A', 'De gang', 'A', 'A']);
    unsubscribe();
    retitle('B');
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('does not call listeners for a refused or empty edit', () => {
    const { history, retitle } = setup();
    const stale = editOf(retitleNode(history.scenario, { nodeId: 'gang', title: { nl: 'Oud' } }));
    retitle('Nieuw');
    const listener = vi.fn();
    history.subscribe(listener);
    retitle('Nieuw');
    expect(history.apply(stale).ok).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });
});
