import { scenarioMediaRefs } from './scenario-media.ts';
import type { Scenario } from './scenario-schema.ts';

/**
 * What a scenario shows that may show people: the 360° photo or video of every node and the
 * pictures of info hotspots. Each needs the maker's consent confirmation before publishing
 * (issue 11); the editor asks for exactly these and the server checks exactly these.
 */
export function filesNeedingConsent(scenario: Scenario): string[] {
  return [...new Set(scenarioMediaRefs(scenario).flatMap((r) => (r.role === 'media' || r.role === 'info-image' ? [r.src] : [])))];
}
