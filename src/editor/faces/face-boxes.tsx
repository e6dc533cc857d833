import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, LineLoop } from 'three';
import type { FaceRegion } from '../../core/api/authoring.ts';
import { yawPitchToDirection } from '../../core/yaw-pitch.ts';
import { HOTSPOT_DISTANCE } from '../../viewer/hotspot-geometry.ts';

/** Just inside the hotspots, so a marker placed on a face is not hidden behind its box. */
const DISTANCE = HOTSPOT_DISTANCE * 1.05;
const COLOURS = { suggested: '#ffb300', accepted: '#00c853', removed: '#9e9e9e', selected: '#2979ff' } as const;

/** The outline of a region on the sphere: its yaw and pitch edges, sampled so they bend as the panorama does. */
function outline(r: FaceRegion): number[] {
  const top = Math.min(90, r.pitch + r.height / 2);
  const bottom = Math.max(-90, r.pitch - r.height / 2);
  const left = r.yaw - r.width / 2;
  const right = r.yaw + r.width / 2;
  const steps = 24;
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) points.push([left + ((right - left) * i) / steps, top]);
  for (let i = 1; i <= steps; i++) points.push([right, top - ((top - bottom) * i) / steps]);
  for (let i = 1; i <= steps; i++) points.push([right - ((right - left) * i) / steps, bottom]);
  for (let i = 1; i < steps; i++) points.push([left, bottom + ((top - bottom) * i) / steps]);
  return points.flatMap(([yaw, pitch]) => {
    const d = yawPitchToDirection(yaw, pitch);
    return [d.x * DISTANCE, d.y * DISTANCE, d.z * DISTANCE];
  });
}

function RegionOutline({ region, selected }: { region: FaceRegion; selected: boolean }) {
  const line = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(outline(region), 3));
    const material = new LineBasicMaterial({ color: selected ? COLOURS.selected : COLOURS[region.status], depthTest: false });
    const l = new LineLoop(geometry, material);
    l.renderOrder = 10;
    l.raycast = () => undefined;
    return l;
  }, [region, selected]);
  useEffect(
    () => () => {
      line.geometry.dispose();
      line.material.dispose();
    },
    [line],
  );
  return <primitive object={line} name={`face-region:${region.id}`} />;
}

/** The regions of the photo under review, drawn over the panorama (colour by status; the selected one blue). */
export function FaceBoxes({ regions, selectedId }: { regions: readonly FaceRegion[]; selectedId: string | null }) {
  return (
    <>
      {regions.map((r) => (
        <RegionOutline key={r.id} region={r} selected={r.id === selectedId} />
      ))}
    </>
  );
}
