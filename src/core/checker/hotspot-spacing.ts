/**
 * Hotspots in one node must not sit so close that their targets overlap: a controller ray,
 * a finger or a gaze then picks the wrong one. Markers are about 6° across with a larger hit
 * area, so centres need at least MIN_SEPARATION_DEG between them.
 */
import type { Scenario } from '../scenario-schema.ts';
import { angularDistance } from '../yaw-pitch.ts';
import { jsonPointer, type Finding } from './problem.ts';

export const MIN_SEPARATION_DEG = 9;

export function hotspotSpacingFindings(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  scenario.nodes.forEach((node, i) => {
    node.hotspots.forEach((a, j) => {
      for (let k = j + 1; k < node.hotspots.length; k++) {
        const b = node.hotspots[k]!;
        const d = angularDistance(a.yaw, a.pitch, b.yaw, b.pitch);
        if (d >= MIN_SEPARATION_DEG) continue;
        out.push({
          pointer: jsonPointer(['nodes', i, 'hotspots', k]),
          rule: 'hotspots-too-close',
          severity: 'error',
          message: {
            nl: `scène "${node.id}": hotspots "${a.id}" en "${b.id}" staan maar ${d.toFixed(1).replace('.', ',')}° uit elkaar; wie er een aanwijst, raakt misschien de andere`,
            en: `node "${node.id}": hotspots "${a.id}" and "${b.id}" are only ${d.toFixed(1)}° apart, so their targets overlap`,
          },
          fix: {
            nl: `Sleep een van de twee verder weg (minstens ${MIN_SEPARATION_DEG}° uit elkaar), bijvoorbeeld naar een ander voorwerp in de kamer.`,
            en: `Move one of them so they are at least ${MIN_SEPARATION_DEG}° apart (change yaw or pitch), e.g. onto another object in the room.`,
          },
        });
      }
    });
  });
  return out;
}
