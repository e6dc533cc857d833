/**
 * `npm run scenes:schema` — writes scenes/scenario.schema.json from the zod schema, so editors
 * (VS Code and others) validate and autocomplete scenario files via
 * `"$schema": "../../scenario.schema.json"`. A test fails when the committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Scenario, SCENARIO_FORMAT_VERSION } from '../core/scenario-schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../scenes/scenario.schema.json', import.meta.url));

export function scenarioJsonSchema(): Record<string, unknown> {
  // `input`: what an author writes (fields with defaults are optional). Refinements such as the
  // scale range cannot be expressed; scenes:check still reports those.
  const generated = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:beroepsbeeld-vr:scenario-format:${SCENARIO_FORMAT_VERSION}`,
    title: 'Beroepsbeeld VR scenario',
    description: 'A branching 360° care-setting scenario. Documentation: docs/scenario-format.md. Check with: npm run scenes:check',
    ...rest,
  };
}

/** The exact file contents: pretty-printed with a final newline, so diffs stay small. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}

export async function writeScenarioSchema(file = SCHEMA_FILE): Promise<void> {
  await writeFile(file, scenarioJsonSchemaText(), 'utf8');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await writeScenarioSchema();
  console.log(`wrote ${SCHEMA_FILE}`);
}
