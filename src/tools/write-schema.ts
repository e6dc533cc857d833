/**
 * `npm run scenes:schema` — writes the JSON Schemas of the content formats from their zod
 * schemas, so editors (VS Code and others) validate and autocomplete content files:
 * scenes/scenario.schema.json (scenario files, `"$schema": "../../scenario.schema.json"`) and
 * scenes/leerwerkplaatsen/leerwerkplaats.schema.json (profiles, `"$schema": "./leerwerkplaats.schema.json"`).
 * A test fails when a committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Leerwerkplaats, LEERWERKPLAATS_FORMAT_VERSION } from '../core/leerwerkplaats-schema.ts';
import { Scenario, SCENARIO_FORMAT_VERSION } from '../core/scenario-schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../scenes/scenario.schema.json', import.meta.url));
export const LEERWERKPLAATS_SCHEMA_FILE = fileURLToPath(new URL('../../scenes/leerwerkplaatsen/leerwerkplaats.schema.json', import.meta.url));

function toJsonSchema(schema: z.ZodType, header: { $id: string; title: string; description: string }): Record<string, unknown> {
  // `input`: what an author writes (fields with defaults are optional). Refinements such as the
  // scale range cannot be expressed; scenes:check still reports those.
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, ...header, ...rest };
}

/** Pretty-printed with a final newline, so diffs stay small. */
const asText = (schema: Record<string, unknown>) => JSON.stringify(schema, null, 2) + '\n';

export function scenarioJsonSchema(): Record<string, unknown> {
  return toJsonSchema(Scenario, {
    $id: `urn:beroepsbeeld-vr:scenario-format:${SCENARIO_FORMAT_VERSION}`,
    title: 'Beroepsbeeld VR scenario',
    description: 'A branching 360° care-setting scenario. Documentation: docs/scenario-format.md. Check with: npm run scenes:check',
  });
}

/** The exact file contents of scenes/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return asText(scenarioJsonSchema());
}

export async function writeScenarioSchema(file = SCHEMA_FILE): Promise<void> {
  await writeFile(file, scenarioJsonSchemaText(), 'utf8');
}

export function leerwerkplaatsJsonSchema(): Record<string, unknown> {
  return toJsonSchema(Leerwerkplaats, {
    $id: `urn:beroepsbeeld-vr:leerwerkplaats-format:${LEERWERKPLAATS_FORMAT_VERSION}`,
    title: 'Beroepsbeeld VR leerwerkplaatsprofiel',
    description:
      'The profile of one team where students learn and work, stable and volatile facts apart. Documentation: docs/leerwerkplaatsprofiel-format.md. Check with: npm run scenes:check',
  });
}

/** The exact file contents of scenes/leerwerkplaatsen/leerwerkplaats.schema.json. */
export function leerwerkplaatsJsonSchemaText(): string {
  return asText(leerwerkplaatsJsonSchema());
}

export async function writeLeerwerkplaatsSchema(file = LEERWERKPLAATS_SCHEMA_FILE): Promise<void> {
  await writeFile(file, leerwerkplaatsJsonSchemaText(), 'utf8');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await writeScenarioSchema();
  console.log(`wrote ${SCHEMA_FILE}`);
  await writeLeerwerkplaatsSchema();
  console.log(`wrote ${LEERWERKPLAATS_SCHEMA_FILE}`);
}
