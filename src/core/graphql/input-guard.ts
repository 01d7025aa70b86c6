import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  GraphQLString,
  Kind,
  TypeInfo,
  isInputObjectType,
  isListType,
  isObjectType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getArgumentValues,
  getVariableValues,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { badUserInput, inputProblem, type InputProblem } from '../errors.js';
import { isUuid } from '../ids.js';
import { CORE } from '../messages/core.messages.js';

/**
 * The one input layer every argument passes before a resolver runs: whatever the field, an id is a
 * UUID, a date lies in 1900–2199, and text has no NUL or other control character, no lone UTF-16
 * surrogate, and no more characters than its field takes (stated in each field's description). Each
 * problem comes back as BAD_USER_INPUT with its path, and nothing is written or read: a NUL byte
 * must never reach the database, whose wire protocol ends strings with one (the server then
 * answers a protocol violation, which is an outage's code). Mutations are checked field by field
 * as they run; every other argument of an operation (a query's, a nested field's) once the
 * operation is known. The domain's own bounds (a child under 18, a positive floor area) stay in
 * the services.
 */

/** Free-text fields kept in `text` columns: a reason, a note, a description. */
const LONG_TEXT = new Set([
  'reason',
  'note',
  'extensionReason',
  'ageExceptionReason',
  'capacityExceptionReason',
  'coordinatorOpinion',
  'voivodeConsent',
  'findings',
  'description',
  'source',
  'correctionReason',
]);
/** Opaque cursors carry a page's last keys (a facility's name among them), longer than a name. */
const CURSOR_TEXT = new Set(['after', 'before']);
export const SHORT_TEXT_MAX = 255;
export const LONG_TEXT_MAX = 2000;
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

/** The most characters a text field or argument of this name takes. */
export function textLimit(name: string): number {
  return LONG_TEXT.has(name) || CURSOR_TEXT.has(name) ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
}

// Tab, line feed and carriage return are allowed in free text only.
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? unwrap(type.ofType) : type;
}

function checkValue(type: GraphQLInputType, name: string, value: unknown, path: string, problems: InputProblem[]): void {
  if (value === null || value === undefined) return;
  const t = unwrap(type);
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(t.ofType, name, item, `${path}.${i}`, problems));
    return;
  }
  if (isInputObjectType(t)) {
    for (const field of Object.values(t.getFields())) {
      checkValue(field.type, field.name, (value as Record<string, unknown>)[field.name], path ? `${path}.${field.name}` : field.name, problems);
    }
    return;
  }
  if (!isScalarType(t) || typeof value !== 'string') return;
  if (t === GraphQLID || t.name === 'ID') {
    if (!isUuid(value)) problems.push(inputProblem(path, CORE.NOT_AN_ID()));
  } else if (t.name === 'Date') {
    if (value < EARLIEST_DATE || value > LATEST_DATE)
      problems.push(inputProblem(path, CORE.DATE_OUT_OF_RANGE({ earliest: EARLIEST_DATE, latest: LATEST_DATE })));
  } else if (t === GraphQLString || t.name === 'String') {
    const limit = textLimit(name);
    if ((limit === LONG_TEXT_MAX ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(value)) problems.push(inputProblem(path, CORE.CONTROL_CHARACTER()));
    else if (LONE_SURROGATE.test(value)) problems.push(inputProblem(path, CORE.INVALID_CHARACTER()));
    else if (value.length > limit) problems.push(inputProblem(path, CORE.TEXT_TOO_LONG({ limit, given: value.length })));
  }
}

/** Every problem of a mutation's arguments, by path: an `input` object's fields by their own names, other arguments by theirs. */
export function argumentProblems(args: readonly GraphQLArgument[], values: Record<string, unknown>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const arg of args) checkValue(arg.type, arg.name, values[arg.name], arg.name === 'input' ? '' : arg.name, problems);
  return problems;
}

/** Runs the input layer before every mutation of `schema`. */
export function guardMutationInputs(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  const fields = mutation.getFields();
  const guard = async (
    resolve: GraphQLFieldResolver<unknown, unknown>,
    root: unknown,
    args: Record<string, unknown>,
    ctx: unknown,
    info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3],
  ) => {
    const problems = argumentProblems(fields[info.fieldName]!.args, args);
    if (problems.length) throw badUserInput(problems);
    return resolve(root, args, ctx, info);
  };
  return applyMiddleware(schema, { Mutation: guard } as never);
}

/** A field of an operation that takes arguments, with the path its arguments' problems are reported under. */
interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** The response keys that lead to the field (`facilities.nodes.occupancyHistory.`), empty at the root. */
  prefix: string;
}

const sitesBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, readonly ArgumentSite[]>>();

/**
 * The fields of `operation` (and of the document's fragments) that take arguments, except the root
 * fields of a mutation: found once per parsed operation, since only the values change from one
 * request to the next.
 */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): readonly ArgumentSite[] {
  let byOperation = sitesBySchema.get(schema);
  if (!byOperation) sitesBySchema.set(schema, (byOperation = new WeakMap()));
  let sites = byOperation.get(operation);
  if (sites) return sites;
  const found: ArgumentSite[] = [];
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const typeInfo = new TypeInfo(schema);
  const mutationType = schema.getMutationType();
  const keys: string[] = [];
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          keys.push(node.alias?.value ?? node.name.value);
          const field = typeInfo.getFieldDef();
          if (!field || !node.arguments?.length || (mutationType && typeInfo.getParentType() === mutationType)) return;
          found.push({ field, node, prefix: keys.length > 1 ? `${keys.join('.')}.` : '' });
        },
        leave() {
          keys.pop();
        },
      },
      FragmentDefinition: { enter: () => void keys.splice(0) },
    }),
  );
  byOperation.set(operation, (sites = found));
  return sites;
}

/**
 * Every problem of the arguments of an operation's fields, except the root fields of a mutation
 * (the mutation guard checks those as they run, one by one): a root field's argument by its own
 * path (`area`, `filter.search`), a nested field's prefixed by the response keys that lead to it
 * (`facilities.nodes.occupancyHistory.from`). Arguments whose variables do not coerce are left to
 * graphql-js, which reports them.
 */
export function operationArgumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): InputProblem[] {
  const sites = argumentSites(schema, document, operation);
  if (!sites.length) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return [];
  const problems: InputProblem[] = [];
  for (const { field, node, prefix } of sites) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue;
    }
    for (const problem of argumentProblems(field.args, values)) problems.push({ ...problem, path: `${prefix}${problem.path}` });
  }
  return problems;
}

/** Refuses an operation whose arguments break the input layer before anything runs: HTTP 400, BAD_USER_INPUT with each path. */
export function operationArgumentsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = operationArgumentProblems(schema, document, operation, request.variables);
          if (problems.length) {
            const error = badUserInput(problems);
            throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/**
 * States each text limit in the description of the field or argument it bounds, so that the API's
 * documentation says what the input layer enforces. Run once on a freshly built schema.
 */
export function describeInputLimits(schema: GraphQLSchema): void {
  const state = (item: GraphQLInputField | GraphQLArgument) => {
    const t = unwrap(item.type);
    const scalar = isListType(t) ? unwrap(t.ofType) : t;
    if (!isScalarType(scalar) || scalar.name !== 'String') return;
    const sentence = `At most ${textLimit(item.name)} characters.`;
    if (!item.description?.includes(sentence)) item.description = `${item.description ?? ''}${item.description ? ' ' : ''}${sentence}`;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && !type.name.startsWith('__')) Object.values(type.getFields()).forEach(state);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__')) for (const field of Object.values(type.getFields())) field.args.forEach(state);
  }
}
