import { useEffect, useState } from 'react';
import { z } from 'zod';
import { apiGet, sessionPath } from '../../facilitator-api/api-client.ts';

const Heatmap = z.object({ binDeg: z.number(), bins: z.array(z.object({ yawBin: z.number(), pitchBin: z.number(), count: z.number() })) });
export type Heatmap = z.infer<typeof Heatmap>;

/** Where the class looked in one scene, refreshed every few seconds while shown. */
export function useHeatmap(sessionId: string, scenario: string | null, nodeId: string | null, enabled: boolean): Heatmap | null {
  const [heatmap, setHeatmap] = useState<Heatmap | null>(null);
  useEffect(() => {
    if (!enabled || !scenario || !nodeId) {
      setHeatmap(null);
      return;
    }
    let stopped = false;
    const load = () =>
      apiGet(sessionPath(sessionId, `/heatmap?scenario=${encodeURIComponent(scenario)}&node=${encodeURIComponent(nodeId)}`), Heatmap).then(
        (h) => !stopped && setHeatmap(h),
        () => undefined,
      );
    void load();
    const timer = setInterval(load, 3000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sessionId, scenario, nodeId, enabled]);
  return heatmap;
}
