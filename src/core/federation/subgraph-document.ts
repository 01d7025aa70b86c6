import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

/** The Federation 2 version the subgraphs link, and the directives they use from it. */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/**
 * Which module adds each field that a resolver adds, as `Type.field` (root fields and field
 * resolvers); a field not listed is declared on its type's class and goes with the type.
 */
export type FieldOrigins = ReadonlyMap<string, string>;

/** What a subgraph document is cut from. */
export interface SubgraphCut {
  /** The whole hub's SDL as type-graphql builds it, directives included. */
  document: DocumentNode;
  /** The modules this subgraph serves. */
  modules: readonly string[];
  /** The module every hub serves; its types and root fields are in every subgraph, marked `@shareable`. */
  sharedModule: string;
  origins: FieldOrigins;
  /** The module that defines each named type (`typeOwners`). */
  owners: ReadonlyMap<string, string>;
  /** Types that are federation entities, with `@key(fields: "id")`. */
  entities: ReadonlySet<string>;
}

const ROOTS = new Set(['Query', 'Mutation']);

/** Whether one of `modules` adds the field `type.field` (a root field or a field resolver of theirs). */
function addedBy(modules: ReadonlySet<string>, origins: FieldOrigins, type: string, field: string): boolean {
  return modules.has(origins.get(`${type}.${field}`) ?? '');
}

/** The document without the fields that modules other than `served` add. */
function onlyFieldsOf(document: DocumentNode, served: ReadonlySet<string>, origins: FieldOrigins): DefinitionNode[] {
  return document.definitions.map((d) => {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) return d;
    return { ...d, fields: d.fields?.filter((f) => !origins.has(`${d.name.value}.${f.name.value}`) || addedBy(served, origins, d.name.value, f.name.value)) };
  });
}

/** The types `modules` hand out: those of the root fields and field resolvers they add. */
function typesHandedOutBy(definitions: readonly DefinitionNode[], modules: ReadonlySet<string>, origins: FieldOrigins): string[] {
  return definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION
      ? (d.fields ?? []).filter((f) => addedBy(modules, origins, d.name.value, f.name.value)).map((f) => namedType(f.type))
      : [],
  );
}

/**
 * The module that defines each named type: the first module, in dependency order, that reaches it
 * through its own root fields and field resolvers, or that gives it field resolvers (persons returns
 * no Person from a root field, but resolves Person's fields). A module only ever points at types of
 * the modules before it, so a type is first reached by the module that declares it.
 */
export function typeOwners(document: DocumentNode, moduleOrder: readonly string[], sharedModule: string, origins: FieldOrigins): Map<string, string> {
  const owners = new Map<string, string>();
  for (const module of [sharedModule, ...moduleOrder.filter((m) => m !== sharedModule)]) {
    const definitions = onlyFieldsOf(document, new Set([sharedModule, module]), origins);
    const resolvedTypes = [...origins].filter(([, origin]) => origin === module).map(([field]) => field.split('.')[0]!);
    for (const name of reachableFrom(definitions, [...resolvedTypes, ...typesHandedOutBy(definitions, new Set([module]), origins)])) {
      if (!ROOTS.has(name) && !owners.has(name)) owners.set(name, module);
    }
  }
  return owners;
}

/**
 * Cuts the Federation 2 SDL of some modules out of the hub's SDL. Each type is served by the module
 * that defines it; an entity of another module appears as its key plus the fields the served modules
 * add to it, or as a bare key (`resolvable: false`) when they only point at it. A type of another
 * module that is not an entity cannot be cut: it would have to be served in two places.
 */
export function cutSubgraphDocument(cut: SubgraphCut): DocumentNode {
  const served = new Set([...cut.modules, cut.sharedModule]);
  const problems: string[] = [];
  const definitions: DefinitionNode[] = [];
  const cutDefinitions = onlyFieldsOf(cut.document, served, cut.origins);
  const pointedAt = reachableFrom(cutDefinitions, typesHandedOutBy(cutDefinitions, served, cut.origins), (type) => served.has(cut.owners.get(type) ?? ''));
  for (const definition of cutDefinitions) {
    // The roots have their standard names; a `schema { … }` block could only name a root the cut dropped.
    if (definition.kind === Kind.SCHEMA_DEFINITION) continue;
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) {
      definitions.push(definition);
      continue;
    }
    const name = definition.name.value;
    const owner = cut.owners.get(name);
    const added = (definition.fields ?? []).filter((f) => addedBy(served, cut.origins, name, f.name.value));
    if (ROOTS.has(name)) {
      if (!definition.fields?.length) continue;
      definitions.push({
        ...definition,
        fields: definition.fields?.map((f) => (cut.origins.get(`${name}.${f.name.value}`) === cut.sharedModule ? withDirectives(f, ['@shareable']) : f)),
      });
    } else if (owner && served.has(owner)) {
      const directives = [...(cut.entities.has(name) ? ['@key(fields: "id")'] : []), ...(owner === cut.sharedModule ? ['@shareable'] : [])];
      definitions.push(withDirectives(definition, directives));
    } else if (cut.entities.has(name)) {
      const key = definition.fields?.find((f) => f.name.value === 'id');
      if (!key) problems.push(`${name} is an entity without an id field`);
      const stub: ObjectTypeDefinitionNode = { ...definition, directives: [], fields: [...(key ? [key] : []), ...added] };
      definitions.push(withDirectives(stub, [added.length ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)']));
    } else if (pointedAt.has(name)) {
      problems.push(`${name} belongs to the ${owner ?? 'unknown'} module and is not an entity, but ${cut.modules.join(', ')} return it`);
    }
  }
  if (problems.length) throw new Error(`Cannot cut a subgraph of ${cut.modules.join(', ')}:\n${problems.join('\n')}`);
  const reachable = reachableFrom(definitions, [
    ...ROOTS,
    ...definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && isResolvableEntity(d)).map((d) => (d as ObjectTypeDefinitionNode).name.value),
    ...definitions.flatMap((d) => (d.kind === Kind.DIRECTIVE_DEFINITION ? (d.arguments ?? []).map((a) => namedType(a.type)) : [])),
  ]);
  const kept = definitions.filter((d) => d.kind === Kind.DIRECTIVE_DEFINITION || !('name' in d) || !d.name || reachable.has(d.name.value));
  return { kind: Kind.DOCUMENT, definitions: [...parse(FEDERATION_LINK).definitions, ...kept] };
}

/** An entity this subgraph resolves by its key (not a `resolvable: false` pointer). */
export function isResolvableEntity(d: ObjectTypeDefinitionNode): boolean {
  return Boolean(d.directives?.some((x) => x.name.value === 'key' && !x.arguments?.some((a) => a.name.value === 'resolvable')));
}

function withDirectives<T extends ObjectTypeDefinitionNode | FieldDefinitionNode>(node: T, directives: string[]): T {
  if (!directives.length) return node;
  return { ...node, directives: [...(node.directives ?? []), ...directives.map(directiveNode)] };
}

function directiveNode(source: string): ConstDirectiveNode {
  const definition = parse(`type T ${source} { f: Int }`).definitions[0] as ObjectTypeDefinitionNode;
  return definition.directives![0]!;
}

/** The named types reachable from `seeds` through fields, arguments, unions and interfaces; `follow` says which types' fields to walk. */
function reachableFrom(definitions: readonly DefinitionNode[], seeds: readonly string[], follow: (type: string) => boolean = () => true): Set<string> {
  const byName = new Map(definitions.filter((d) => 'name' in d && d.name).map((d) => [(d as { name: { value: string } }).name.value, d]));
  const seen = new Set<string>();
  const queue = [...seeds];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const definition = byName.get(name);
    if (!definition || !follow(name)) continue;
    const fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
        ? (definition.fields ?? [])
        : [];
    for (const field of fields) {
      queue.push(namedType(field.type));
      if ('arguments' in field) for (const argument of field.arguments ?? []) queue.push(namedType(argument.type));
    }
    if (definition.kind === Kind.UNION_TYPE_DEFINITION) queue.push(...(definition.types ?? []).map((t) => t.name.value));
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) queue.push(...(definition.interfaces ?? []).map((t) => t.name.value));
  }
  return seen;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
