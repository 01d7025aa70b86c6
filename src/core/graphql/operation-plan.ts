import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isAbstractType,
  visit,
  type DirectiveNode,
  type FragmentDefinitionNode,
  type NamedTypeNode,
} from 'graphql';
import { rolesAllowedBy } from '../access/rules.js';
import { fieldRuleOf, isOpenField } from '../access/shield.js';
import type { Role } from '../auth/principal.js';
import { withOwnLoaders, type RequestContext } from './context.js';
import { plainPropertyOf } from './plain-fields.js';

/**
 * Hot read operations answered from a plan made once per document, without graphql-js's field by
 * field execution (it was most of a cache-miss page's CPU). A plan is made only from
 * parts whose behaviour it reproduces exactly, and anything else leaves the operation to graphql-js:
 *
 * - a root field that a module plans (`RootPlanner`), whose own rule the planner states it checks;
 * - below it, fields whose rule is `allow` or `hasRole` (checked against the caller's role before
 *   anything is read; fields guarded by any other rule are never planned), each either a plain
 *   `@Field` read from its source (`plainPropertyOf`) or a field the module reads for many parents
 *   at once (`BatchRead`), with its arguments where the read takes them (`withArguments`);
 * - fragments (named or inline, on the type or on an interface or union it belongs to) and
 *   `@include` / `@skip` are collected as graphql-js collects them, a plan being made for each set
 *   of values of the variables those directives read; fields under one response key are merged
 *   as graphql-js merges them, when they are the same field with no arguments.
 *
 * At run time anything unexpected (variables or arguments that do not coerce, a rule that refuses,
 * a null where the schema promises a value, any error) drops the plan for that request, and
 * graphql-js answers it, with its own errors. A plan only reads, and with DataLoaders of its own,
 * so dropping it leaves nothing behind.
 */

/**
 * Reads a field for many parents at once: one value per parent, in their order. A read made with
 * `withArguments` also takes the field's arguments, as graphql-js coerces them; any other read is
 * used only for fields without arguments.
 */
export type BatchRead = ((
  parents: readonly any[],
  ctx: RequestContext,
  args: Readonly<Record<string, unknown>>,
) => Promise<readonly unknown[]> | readonly unknown[]) & {
  takesArguments?: true;
  /**
   * The root's own statement may read the field beside its rows (`withRootRows`): the root is then
   * given the field's arguments (`RootPlanner.resolve`), and the read finds the values on its parents.
   */
  readWithRoot?: true;
};

const NO_ARGUMENTS: Readonly<Record<string, unknown>> = Object.freeze({});

/** A batch read of a field with arguments, which it is given for every request. */
export function withArguments(
  read: (parents: readonly any[], ctx: RequestContext, args: Readonly<Record<string, any>>) => Promise<readonly unknown[]>,
): BatchRead {
  return Object.assign(read, { takesArguments: true as const });
}

/**
 * A batch read with arguments that a root planner may answer in the root's own statement (a
 * lateral column of its rows, one round trip instead of two): the root is told the field's
 * arguments when the document asks for the field once, and `read` still answers parents that
 * came without the values.
 */
export function withRootRows(read: BatchRead): BatchRead {
  return Object.assign(read, { readWithRoot: true as const });
}

/** A module's root field answered by a plan. */
export interface RootPlanner {
  /** The `Query` field. */
  field: string;
  /**
   * For a field whose rule is not `allow`: that rule, and the same decision made from the
   * arguments. The plan is used only while the schema guards the field with this very rule.
   */
  rule?: { is: unknown; permits: (args: Record<string, any>, ctx: RequestContext) => boolean };
  /**
   * What the field's resolver returns; `selected` names each `Type.field` the document reads
   * anywhere below it. A root's reads run with DataLoaders of their own (`withOwnLoaders`), so a
   * planner may read rows of only the columns those fields need: no other reader sees them.
   */
  resolve: (
    args: Record<string, any>,
    ctx: RequestContext,
    selected: ReadonlySet<string>,
    /**
     * The arguments of each field read `withRootRows` that the document asks for once below the
     * root (`Type.field` to its coerced arguments), for the root's statement to read beside its rows.
     */
    withRows: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
  ) => Promise<unknown>;
  /**
   * Empties what `resolve` returned, once the answer is made or the plan dropped (graphql-js then
   * reads afresh). What a request read stays reachable for a while after it has answered, so every
   * scavenge copied and promoted the pages of the requests since the last one: emptied, they die
   * young (see `releaseConnection`).
   */
  release?: (value: any) => void;
}

/** The plans a module offers: root fields, and the computed fields below them it reads in batches, by type. */
export interface ModulePlans {
  roots: RootPlanner[];
  batchReads: Record<string, Record<string, BatchRead>>;
}

/** Completes a batch of values of one output type into their JSON answers, as graphql-js would. */
type Completion = (values: readonly unknown[], ctx: RequestContext, variables: Record<string, unknown>) => Promise<unknown[]>;

interface PlannedRoot {
  key: string;
  complete: (ctx: RequestContext, variables: Record<string, unknown>) => Promise<unknown>;
}

/** A document or value a plan does not reproduce: graphql-js answers it. */
class Unplanned extends Error {}

/** The plans of all modules, indexed once: root planners by field, batch reads by type and field. */
interface Vocabulary {
  roots: Map<string, RootPlanner>;
  batchReads: Record<string, Record<string, BatchRead>>;
}

/** What collecting a selection set needs besides the set: the document's fragments and the values its directives read. */
interface Collecting {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The values of the variables `@include` and `@skip` read. */
  variables: Readonly<Record<string, unknown>>;
}

/** Whether `@skip` / `@include` keep a node; null for a directive a plan does not evaluate. */
function included(node: { directives?: readonly DirectiveNode[] }, { variables }: Collecting): boolean | null {
  let keep = true;
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') return null;
    const argument = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = argument?.kind === Kind.BOOLEAN ? argument.value : argument?.kind === Kind.VARIABLE ? variables[argument.name.value] : undefined;
    if (typeof value !== 'boolean') return null;
    if (name === 'skip' ? value : !value) keep = false;
  }
  return keep;
}

/** Whether a fragment's type condition takes an object of `typeName`, as graphql-js decides it. */
function conditionMatches(condition: NamedTypeNode | undefined, typeName: string, schema: GraphQLSchema): boolean {
  if (!condition || condition.name.value === typeName) return true;
  const conditional = schema.getType(condition.name.value);
  const type = schema.getType(typeName);
  return Boolean(conditional && type && isAbstractType(conditional) && isObjectType(type) && schema.isSubType(conditional, type));
}

/**
 * The fields selected on an object of `typeName` with their response keys, as graphql-js's
 * CollectFields gathers them (fragments flattened, `@skip`/`@include` applied, one entry per key
 * with its nodes), or null for a selection a plan does not take: a directive other than those
 * two, or two different fields, or a field with arguments, under one key.
 */
function collectSelections(typeName: string, selectionSets: readonly SelectionSetNode[], collecting: Collecting): { key: string; node: FieldNode }[] | null {
  const byKey = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode): boolean => {
    for (const node of set.selections) {
      const keep = included(node, collecting);
      if (keep === null) return false;
      if (!keep) continue;
      if (node.kind === Kind.FIELD) {
        const key = node.alias?.value ?? node.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), node]);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        if (conditionMatches(node.typeCondition, typeName, collecting.schema) && !visit(node.selectionSet)) return false;
      } else {
        const name = node.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = collecting.fragments.get(name);
        if (!fragment) return false;
        if (conditionMatches(fragment.typeCondition, typeName, collecting.schema) && !visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const set of selectionSets) if (!visit(set)) return null;
  const fields: { key: string; node: FieldNode }[] = [];
  for (const [key, nodes] of byKey) {
    const [first] = nodes as [FieldNode, ...FieldNode[]];
    if (nodes.length === 1) {
      fields.push({ key, node: first });
      continue;
    }
    if (nodes.some((n) => n.name.value !== first.name.value || n.arguments?.length)) return null;
    const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    fields.push({
      key,
      node: { ...first, directives: [], selectionSet: sets.length ? { kind: Kind.SELECTION_SET, selections: sets.flatMap((s) => s.selections) } : undefined },
    });
  }
  return fields;
}

/** Compiles selection sets into completions; `selected` gathers each `Type.field` they read. */
class PlanCompiler {
  readonly selected = new Set<string>();
  /** The roles each role-guarded field it compiled allows: a caller needs a role in every list. */
  readonly roleChecks: (readonly Role[])[] = [];
  /** The fields read `withRootRows` it compiled, each node once: the root may read them in its statement. */
  readonly withRows: { key: string; field: GraphQLField<unknown, unknown>; node: FieldNode }[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly batchReads: Record<string, Record<string, BatchRead>>,
    private readonly collecting: Collecting,
  ) {}

  completion(type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): Completion | null {
    if (isNonNullType(type)) {
      const inner = this.completion(type.ofType, selectionSet);
      if (!inner) return null;
      return (values, ctx, variables) => {
        // graphql-js answers a null here with an error: let it.
        for (const value of values) if (value === null || value === undefined) throw new Unplanned();
        return inner(values, ctx, variables);
      };
    }
    if (isListType(type)) {
      const inner = this.completion(type.ofType, selectionSet);
      if (!inner) return null;
      return async (values, ctx, variables) => {
        const flat: unknown[] = [];
        for (const value of values) {
          if (value === null || value === undefined) continue;
          if (!Array.isArray(value)) throw new Unplanned();
          flat.push(...value);
        }
        const completed = await inner(flat, ctx, variables);
        let at = 0;
        return values.map((value) => (value === null || value === undefined ? null : completed.slice(at, (at += (value as unknown[]).length))));
      };
    }
    if (isLeafType(type)) {
      if (selectionSet) return null;
      return async (values) =>
        values.map((value) => {
          if (value === null || value === undefined) return null;
          const serialized = type.serialize(value);
          if (serialized === undefined) throw new Unplanned();
          return serialized;
        });
    }
    // A type that checks its values (`isTypeOf`) is left to graphql-js, which calls the check.
    if (isObjectType(type) && !type.isTypeOf && selectionSet) return this.objectCompletion(type.name, type.getFields(), selectionSet);
    return null;
  }

  private objectCompletion(typeName: string, fields: Record<string, GraphQLField<unknown, unknown>>, selectionSet: SelectionSetNode): Completion | null {
    const selections = collectSelections(typeName, [selectionSet], this.collecting);
    if (!selections) return null;
    const parts: { key: string; read: BatchRead | null; field: GraphQLField<unknown, unknown> | null; node: FieldNode | null; complete: Completion | null }[] =
      [];
    for (const { key, node: selection } of selections) {
      const name = selection.name.value;
      if (name === '__typename') {
        parts.push({ key, read: null, field: null, node: null, complete: null });
        continue;
      }
      const field = fields[name];
      if (!field || !this.mayPlan(typeName, name)) return null;
      const batchRead = this.batchReads[typeName]?.[name];
      // A field with arguments is planned only where its batch read takes them (`withArguments`).
      if ((field.args.length || selection.arguments?.length) && !batchRead?.takesArguments) return null;
      this.selected.add(`${typeName}.${name}`);
      if (batchRead?.readWithRoot) this.withRows.push({ key: `${typeName}.${name}`, field, node: selection });
      const read = batchRead ?? plainRead(typeName, name);
      const complete = read && this.completion(field.type, selection.selectionSet);
      if (!read || !complete) return null;
      parts.push({ key, read, field, node: selection, complete });
    }
    return async (values, ctx, variables) => {
      const present = values.filter((value) => value !== null && value !== undefined);
      const columns = await Promise.all(
        parts.map(async (part) => {
          if (!part.read) return null;
          const args = part.read.takesArguments ? getArgumentValues(part.field!, part.node!, variables) : NO_ARGUMENTS;
          return part.complete!(await part.read(present, ctx, args), ctx, variables);
        }),
      );
      let at = 0;
      return values.map((value) => {
        if (value === null || value === undefined) return null;
        const answer: Record<string, unknown> = {};
        parts.forEach((part, i) => (answer[part.key] = part.read ? columns[i]![at] : typeName));
        at++;
        return answer;
      });
    };
  }

  /** An open field, or one whose `hasRole` rule is then checked once for the whole operation. */
  private mayPlan(typeName: string, fieldName: string): boolean {
    if (isOpenField(this.schema, typeName, fieldName)) return true;
    const roles = rolesAllowedBy(fieldRuleOf(this.schema, typeName, fieldName));
    if (roles) this.roleChecks.push(roles);
    return Boolean(roles);
  }
}

function plainRead(typeName: string, fieldName: string): BatchRead | null {
  const property = plainPropertyOf(typeName, fieldName);
  return property === null ? null : (parents) => parents.map((parent) => (parent as Record<string, unknown>)[property]);
}

/** The plan of a query operation, or null when graphql-js must execute it. */
function planOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, vocabulary: Vocabulary, collecting: Collecting): PlannedRoot[] | null {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType || operation.directives?.length) return null;
  const selections = collectSelections(queryType.name, [operation.selectionSet], collecting);
  if (!selections) return null;
  const roots: PlannedRoot[] = [];
  for (const { key, node: selection } of selections) {
    if (selection.name.value === '__typename') {
      roots.push({ key, complete: async () => queryType.name });
      continue;
    }
    const planner = vocabulary.roots.get(selection.name.value);
    const field = queryType.getFields()[selection.name.value];
    if (!planner || !field || selection.directives?.some((d) => d.name.value !== 'skip' && d.name.value !== 'include')) return null;
    const rule = fieldRuleOf(schema, queryType.name, field.name);
    if (!isOpenField(schema, queryType.name, field.name) && (!planner.rule || planner.rule.is !== rule)) return null;
    const compiler = new PlanCompiler(schema, vocabulary.batchReads, collecting);
    const complete = compiler.completion(field.type, selection.selectionSet);
    if (!complete) return null;
    roots.push({ key, complete: rootCompletion(planner, field, selection, compiler, complete) });
  }
  return roots;
}

function rootCompletion(planner: RootPlanner, field: GraphQLField<unknown, unknown>, node: FieldNode, compiler: PlanCompiler, complete: Completion) {
  const { selected, roleChecks } = compiler;
  // A field asked for twice (two aliases, two sets of arguments) is read by its batch read alone.
  const once = compiler.withRows.filter(({ key }) => compiler.withRows.filter((other) => other.key === key).length === 1);
  return async (ctx: RequestContext, variables: Record<string, unknown>) => {
    // A field the caller may not read is answered by graphql-js, with its FORBIDDEN error.
    if (!roleChecks.every((roles) => roles.includes(ctx.principal.role))) throw new Unplanned();
    const args = getArgumentValues(field, node, variables);
    if (planner.rule && !planner.rule.permits(args, ctx)) throw new Unplanned();
    const withRows = new Map(once.map((asked) => [asked.key, getArgumentValues(asked.field, asked.node, variables)] as const));
    const own = withOwnLoaders(ctx);
    const value = await planner.resolve(args, own, selected, withRows);
    try {
      const [answer] = await complete([value], own, variables);
      return answer;
    } finally {
      planner.release?.(value);
    }
  };
}

/**
 * Answers the operations that `plans` cover (see above); placed after the response cache, so that
 * a cached answer is still served first and a planned answer is stored like any other.
 */
export function operationPlanPlugin(
  plans: readonly ModulePlans[],
  onPlanned: (outcome: 'answered' | 'dropped') => void = () => {},
): ApolloServerPlugin<RequestContext> {
  const compiled = new WeakMap<DocumentNode, Map<string, PlannedRoot[] | null>>();
  const directiveVariables = new WeakMap<DocumentNode, string[]>();
  const vocabulary: Vocabulary = { roots: new Map(plans.flatMap((p) => p.roots.map((r) => [r.field, r] as const))), batchReads: {} };
  // Modules may each read fields of one type (a module extends another's type): merged by field.
  for (const [type, reads] of plans.flatMap((p) => Object.entries(p.batchReads))) vocabulary.batchReads[type] = { ...vocabulary.batchReads[type], ...reads };
  // A plan per operation and per values of the variables its `@skip` / `@include` read.
  const planOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    read: readonly string[],
    variables: Record<string, unknown>,
  ) => {
    let byKey = compiled.get(document);
    if (!byKey) compiled.set(document, (byKey = new Map()));
    const values = Object.fromEntries(read.map((name) => [name, variables[name]]));
    const key = read.length ? JSON.stringify([operation.name?.value ?? null, values]) : (operation.name?.value ?? '');
    if (!byKey.has(key)) {
      const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
      byKey.set(key, planOperation(schema, operation, vocabulary, { schema, fragments, variables: values }));
    }
    return byKey.get(key)!;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const { schema, document, operation, contextValue: ctx } = requestContext;
          if (!operation) return null;
          let read = directiveVariables.get(document);
          if (!read) directiveVariables.set(document, (read = variablesOfDirectives(document)));
          // Variables are coerced before planning only where a directive reads them; an operation
          // no plan takes leaves the coercion to graphql-js alone.
          const coerce = () => getVariableValues(schema, operation.variableDefinitions ?? [], requestContext.request.variables ?? {}, { maxErrors: 1 });
          const early = read.length ? coerce() : null;
          const roots = planOf(schema, document, operation, read, early && !early.errors ? early.coerced : {});
          if (!roots) return null;
          const coerced = early ?? coerce();
          if (coerced.errors) {
            onPlanned('dropped');
            return null;
          }
          try {
            const answers = await Promise.all(roots.map((root) => root.complete(ctx, coerced.coerced)));
            const data: Record<string, unknown> = {};
            roots.forEach((root, i) => (data[root.key] = answers[i]));
            onPlanned('answered');
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          } catch {
            // Whatever went wrong, graphql-js answers the operation with its own errors. A database
            // failure is met again there and answered SERVICE_UNAVAILABLE in the usual shape; the
            // request's deadline bounds both tries together.
            onPlanned('dropped');
            return null;
          }
        },
      };
    },
  };
}

/** The variables the `@skip` and `@include` directives of a document read. */
function variablesOfDirectives(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return;
      for (const argument of node.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
