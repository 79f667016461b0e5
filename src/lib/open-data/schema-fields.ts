/**
 * A JSON Schema (as `z.toJSONSchema` writes it) flattened into documented fields,
 * "claims[].reports[].quote" style, for the `/data/` page.
 */
interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

export interface DocumentedField {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'value';
}

export function documentedFields(schema: JsonSchema, prefix = ''): DocumentedField[] {
  const fields: DocumentedField[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    fields.push({
      path,
      type: typeOf(property),
      required: schema.required?.includes(name) ?? false,
      description: property.description ?? '',
    });
    if (property.type === 'object') fields.push(...documentedFields(property, path));
    if (property.type === 'array' && property.items?.type === 'object')
      fields.push(...documentedFields(property.items, `${path}[]`));
  }
  return fields;
}
