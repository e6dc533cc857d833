type Triple = [number, number, number];

const parse = (v: string): Triple => v.split('.').map(Number) as Triple;
const compare = (a: Triple, b: Triple) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The version a publish gets: 1.0.0 the first time, then one step up from the highest version
 * ever published (not from the current one: after a rollback to 1.0.0 the next is still above
 * 1.2.0, so a version number never means two different contents).
 */
export function nextVersion(published: readonly string[], bump: 'major' | 'minor' | 'patch' = 'minor'): string {
  if (published.length === 0) return '1.0.0';
  const [major, minor, patch] = published.map(parse).sort(compare).at(-1)!;
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
