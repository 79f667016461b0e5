/**
 * The open data shapes document themselves: every property of every `/data/<name>.schema.json`
 * carries a description, which the `/data/` page shows as the field's meaning. A field added
 * without one fails here, naming the file and the field.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { OPEN_DATA } from '../../../../src/lib/open-data/shapes.ts';

interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
}

/** Paths ("claims[].reports[].quote") of the properties, at any depth, that have no description. */
function undocumented(schema: JsonSchema, path = ''): string[] {
  const found: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const propertyPath = path ? `${path}.${name}` : name;
    if (!property.description?.trim()) found.push(propertyPath);
    found.push(...undocumented(property, propertyPath));
  }
  const items = schema.items === undefined ? [] : [schema.items].flat();
  for (const item of items) found.push(...undocumented(item, `${path}[]`));
  if (typeof schema.additionalProperties === 'object')
    found.push(...undocumented(schema.additionalProperties, `${path}{}`));
  for (const alternative of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    found.push(...undocumented(alternative, path));
  for (const [name, definition] of Object.entries(schema.$defs ?? {}))
    found.push(...undocumented(definition, `$defs.${name}`));
  return found;
}

const jsonSchema = (shape: z.ZodType) => z.toJSONSchema(shape, { io: 'output' }) as JsonSchema;

test('the check finds an undocumented property at any depth', () => {
  const shape = z.strictObject({
    documented: z.string().meta({ description: 'Has one.' }),
    list: z
      .array(z.strictObject({ inner: z.string(), fine: z.number().meta({ description: 'Has one.' }) }))
      .meta({ description: 'Has one.' }),
    either: z
      .union([z.strictObject({ left: z.string() }), z.null()])
      .optional()
      .meta({ description: 'Has one.' }),
    bare: z.boolean(),
  });
  expect(undocumented(jsonSchema(shape))).toEqual(['list[].inner', 'either.left', 'bare']);
});

describe('every property of every open data schema has a description', () => {
  test.each(Object.keys(OPEN_DATA) as (keyof typeof OPEN_DATA)[])('/data/%s.schema.json', (name) => {
    const schema = jsonSchema(OPEN_DATA[name]);
    expect(schema.description, `${name}.schema.json itself`).toMatch(/\S/);
    expect(undocumented(schema), `fields of ${name}.schema.json without a description`).toEqual([]);
  });
});
