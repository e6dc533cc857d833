import type { LocalizedText } from '../core/localized-text.ts';
import type { LeerwerkplaatsEntry } from '../core/api/leerwerkplaatsen.ts';

export interface OwnTeam {
  id: string;
  team: LocalizedText;
  location: string;
  scenario: string;
}

/** The organisation's own leerwerkplaatsen, and per scenario the own teams it shows. */
export function ownTeams(profiles: readonly LeerwerkplaatsEntry[]): { teams: OwnTeam[]; byScenario: Map<string, OwnTeam[]> } {
  const teams = profiles
    .filter((p) => p.own)
    .map(({ profile }) => ({
      id: profile.id,
      team: profile.stable.team.name,
      location: `${profile.stable.location.name}, ${profile.stable.location.plaats}`,
      scenario: profile.stable.scenario,
    }));
  const byScenario = new Map<string, OwnTeam[]>();
  for (const team of teams) byScenario.set(team.scenario, [...(byScenario.get(team.scenario) ?? []), team]);
  return { teams, byScenario };
}
