import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { errorCodes, problemPaths, startTestHub, testToday, type Caller, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';

/**
 * The bad-input corpus, against every mutation and every query of the committed schema: each text,
 * id and date the field takes, at any depth, gets a NUL byte, a lone surrogate, a string far over its
 * limit, an id that is not a UUID, a date of year 0000 or 2300. Every answer is BAD_USER_INPUT (or
 * FORBIDDEN for a role that may not call a mutation), never an internal error or an outage, and
 * nothing is written.
 */
const today = testToday('2026-11-30');
const schema: GraphQLSchema = buildSchema(readFileSync('schema/hub.graphql', 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

type Value = unknown;
const unwrap = (t: GraphQLInputType): GraphQLInputType => (isNonNullType(t) ? unwrap(t.ofType) : t);

/** A value of the right shape: every field of an input object, one item in a list. */
function sample(type: GraphQLInputType): Value {
  const t = unwrap(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isInputObjectType(t)) return Object.fromEntries(Object.values(t.getFields()).map((f) => [f.name, sample(f.type)]));
  if (isEnumType(t)) return t.getValues()[0]!.value;
  switch (t.name) {
    case 'ID':
      return '00000000-0000-4000-8000-000000000001';
    case 'Date':
      return '2026-01-05';
    case 'DateTime':
      return '2026-01-05T10:00:00Z';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

/** Every text, id and date leaf of an argument, with its path inside the argument. */
function leaves(type: GraphQLInputType, path: (string | number)[] = []): { path: (string | number)[]; scalar: string }[] {
  const t = unwrap(type);
  if (isListType(t)) return leaves(t.ofType, [...path, 0]);
  if (isInputObjectType(t)) return Object.values(t.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  return isScalarType(t) && ['String', 'ID', 'Date'].includes(t.name) ? [{ path, scalar: t.name }] : [];
}

const BAD: Record<string, string[]> = {
  String: ['nul\u0000byte', 'lone \uD800 surrogate', 'x'.repeat(5000)],
  ID: ['abc', '1; drop table facility'],
  Date: ['0000-01-01', '2300-01-01'],
};

function setAt(value: Value, path: (string | number)[], leaf: Value): Value {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head!] = setAt(copy[head!], rest, leaf);
  return copy;
}

function operation(name: string, args: readonly GraphQLArgument[], kind: 'mutation' | 'query' = 'mutation'): string {
  const root = kind === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const returns = getNamedType(root.getFields()[name]!.type);
  const selection = isObjectType(returns) || isAbstractType(returns) ? ' { __typename }' : '';
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${args.length ? `(${declared})` : ''} { ${name}${args.length ? `(${passed})` : ''}${selection} }`;
}

/**
 * What is wrong with the answer to one bad value, or null when it is a proper refusal: BAD_USER_INPUT
 * only, never a 5xx, naming the path of the value (GraphQL's own scalar coercion, for an impossible
 * date, names the variable instead).
 */
function refusalProblem(response: GraphQLResponse, field: string, argument: string, path: (string | number)[], bad: string): string | null {
  const where = `${field}.${path.join('.')} = ${JSON.stringify(bad).slice(0, 30)}`;
  const codes = errorCodes(response);
  if (response.status >= 500 || codes.length === 0 || codes.some((c) => c !== 'BAD_USER_INPUT'))
    return `${where}: ${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 200)}`;
  const expected = [...(argument === 'input' ? [] : [argument]), ...path].join('.');
  const paths = (response.errors ?? []).flatMap((e) => e.extensions?.details?.map((d) => d.path) ?? []);
  const named = paths.includes(expected) || (response.errors ?? []).some((e) => !e.extensions?.details && e.message.includes(`$${argument}`));
  return named ? null : `${where}: no problem at ${expected} (${JSON.stringify(response.errors).slice(0, 200)})`;
}

let t: TestHub;
let callers: Caller[];

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await t
    .em()
    .execute<{ table_name: string }[]>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'data_revision')`,
    );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) counts[table_name] = (await t.em().execute<{ n: number }[]>(`select count(*)::int as n from "${table_name}"`))[0]!.n;
  return counts;
}

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  callers = [t.as('ADMIN'), t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice), t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops)];
});
afterAll(() => t?.close());

describe('the bad-input corpus against every mutation', () => {
  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(15);
  });

  it('answers every bad text, id and date with BAD_USER_INPUT at its path, never an internal error, and writes nothing', async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    let cases = 0;
    for (const mutation of mutations) {
      const query = operation(mutation.name, mutation.args);
      const base = Object.fromEntries(mutation.args.map((a) => [a.name, sample(a.type)]));
      // The first role allowed to call it: the input layer runs after the permission check.
      let caller: Caller | undefined;
      for (const candidate of callers) {
        const probe = await candidate.query(query, {
          ...base,
          ...Object.fromEntries(
            mutation.args.map((a) => [a.name, setAt(base[a.name], leaves(a.type)[0]?.path ?? [], BAD[leaves(a.type)[0]?.scalar ?? 'String']![0])]),
          ),
        });
        if (!errorCodes(probe).includes('FORBIDDEN')) {
          caller = candidate;
          break;
        }
      }
      if (!caller) {
        failures.push(`${mutation.name}: no role may call it`);
        continue;
      }
      for (const arg of mutation.args) {
        for (const leaf of leaves(arg.type)) {
          for (const bad of BAD[leaf.scalar]!) {
            cases++;
            const response: GraphQLResponse = await caller.query(query, { ...base, [arg.name]: setAt(base[arg.name], leaf.path, bad) });
            const failure = refusalProblem(response, `${mutation.name}(${arg.name})`, arg.name, leaf.path, bad);
            if (failure) failures.push(failure);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(150);
    expect(await tableCounts()).toEqual(before);
  });
});

const queries = Object.values(schema.getQueryType()!.getFields()).filter((q) => q.args.some((a) => leaves(a.type).length > 0));

describe('the bad-input corpus against every query', () => {
  it('covers every query that takes a text, an id or a date', () => {
    expect(queries.length).toBeGreaterThan(20);
  });

  it('answers every bad text, id and date with BAD_USER_INPUT at its path before anything is read, never an outage or an internal error', async () => {
    const failures: string[] = [];
    let cases = 0;
    // The input layer runs before the permissions: even PUBLIC is told what is wrong with its input.
    for (const caller of [t.publicCaller, t.as('ADMIN')]) {
      for (const query of queries) {
        const text = operation(query.name, query.args, 'query');
        const base = Object.fromEntries(query.args.map((a) => [a.name, sample(a.type)]));
        for (const arg of query.args) {
          for (const leaf of leaves(arg.type)) {
            for (const bad of BAD[leaf.scalar]!) {
              cases++;
              const response: GraphQLResponse = await caller.query(text, { ...base, [arg.name]: setAt(base[arg.name], leaf.path, bad) });
              const failure = refusalProblem(response, `${query.name}(${arg.name})`, arg.name, leaf.path, bad);
              if (failure) failures.push(failure);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(100);
  });

  it('names the path of a bad argument of a nested field, after the response keys that lead to it', async () => {
    const response = await t
      .as('ADMIN')
      .query('query($d: Date!) { facilities(first: 1) { nodes { history: occupancyHistory(from: $d) { date } } } }', { d: '2300-01-01' });
    expect(response.status).toBe(400);
    expect(problemPaths(response)).toEqual(['facilities.nodes.history.from']);
  });
});
