import * as primitives from '@motionreg/primitives';
import type { ApiRoute } from '@motionreg/primitives';
import type { z } from 'zod';

/** Every schema primitives exports, by identity, so the table can name the schemas a route uses. */
function exportedSchemaNames(): Map<unknown, string> {
  const names = new Map<unknown, string>();
  for (const [name, value] of Object.entries(primitives)) {
    if (name.endsWith('Schema') && typeof value === 'object' && value !== null && !names.has(value)) names.set(value, name);
  }
  return names;
}

interface SchemaDefinition {
  type: string;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
}

/** A short description of a schema: its exported name, else its shape one level at a time. */
export function describeSchema(schema: z.ZodType, names: Map<unknown, string> = exportedSchemaNames()): string {
  const known = names.get(schema);
  if (known !== undefined) return `\`${known}\``;
  const definition = (schema as unknown as { def: SchemaDefinition }).def;
  const inner = (child: z.ZodType | undefined) => (child === undefined ? 'value' : describeSchema(child, names));
  switch (definition.type) {
    case 'array': return `${inner(definition.element)}[]`;
    case 'nullable': return `${inner(definition.innerType)} \\| null`;
    case 'optional': return `${inner(definition.innerType)}?`;
    case 'default': return inner(definition.innerType);
    case 'pipe': return inner(definition.in);
    case 'enum': return Object.values(definition.entries ?? {}).map((value) => `'${value}'`).join(' \\| ');
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const fields = Object.entries(shape).map(([key, child]) => `${key}: ${describeSchema(child, names)}`);
      return fields.length === 0 ? '—' : `{ ${fields.join(', ')} }`;
    }
    default: return definition.type;
  }
}

/** The README's route table, generated from `registryApi` so it lists every route as served. */
export function renderRouteTable(api: Readonly<Record<string, ApiRoute>> = primitives.registryApi): string {
  const names = exportedSchemaNames();
  const rows = Object.entries(api).map(([name, route]) => {
    const request = name === 'uploadClip' ? 'body: `video/mp4` bytes' : route.input === 'none' ? '—' : `${route.input}: ${describeSchema(route.request, names)}`;
    const response = name === 'downloadClip' ? '`video/mp4` stream' : name === 'metrics' ? 'Prometheus text' : describeSchema(route.response, names);
    const auth = route.write ? 'token' : name === 'health' ? 'public' : 'public*';
    return `| \`${name}\` | ${route.method} | \`${route.path}\` | ${auth} | ${request} | ${response} | ${route.maxItems ?? ''} |`;
  });
  return ['| name | method | path | auth | request | response | max items |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
