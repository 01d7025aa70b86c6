import { getMetadataStorage } from 'type-graphql';

let plainFields: Map<string, Map<string, string>> | null = null;

/**
 * The property a field of an object type reads when it is a plain `@Field` of its class: no field
 * resolver, no middleware, no roles, so that type-graphql resolves it as `source[property]` and
 * nothing else. Null for any other field. Read from type-graphql's metadata once the schema is built.
 */
export function plainPropertyOf(typeName: string, fieldName: string): string | null {
  plainFields ??= collectPlainFields();
  return plainFields.get(typeName)?.get(fieldName) ?? null;
}

function collectPlainFields(): Map<string, Map<string, string>> {
  const storage = getMetadataStorage();
  const byType = new Map<string, Map<string, string>>();
  for (const objectType of storage.objectTypes) {
    const fieldResolvers = new Set(storage.fieldResolvers.filter((r) => r.getObjectType?.() === objectType.target).map((r) => r.schemaName));
    const fields = new Map<string, string>();
    for (const field of objectType.fields ?? []) {
      if (fieldResolvers.has(field.schemaName) || field.middlewares?.length || field.roles) continue;
      fields.set(field.schemaName, field.name);
    }
    // Two classes of one name would make "the" property ambiguous: neither is plain then.
    byType.set(objectType.name, byType.has(objectType.name) ? new Map() : fields);
  }
  return byType;
}
