import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Cursor } from '@mikro-orm/core';
import { InputProblems } from '../errors.js';
import { SharedData } from './cache-control.js';
import { CORE } from '../messages/core.messages.js';

export const MAX_PAGE_SIZE = 500;

@SharedData()
@ObjectType({ description: 'Where a page of a Relay cursor connection sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when a page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when a page precedes this one.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;
}

/** Checks `first` against the limits of API.md and reports it with its argument path. */
export function checkPageArgs(args: PageArgs, problems = new InputProblems()): InputProblems {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    problems.add('first', CORE.PAGE_SIZE({ max: MAX_PAGE_SIZE }));
  }
  if (args.after) {
    try {
      if (!Array.isArray(Cursor.decode(args.after))) throw new Error('not a cursor');
    } catch {
      problems.add('after', CORE.FOREIGN_CURSOR());
    }
  }
  return problems;
}

/** A page as services return it: the items, their cursors, and the total when it was asked for. */
export interface Page<T> {
  items: T[];
  /** The cursor of the item at `index`, made when asked for: a page's client usually reads one, its end. */
  cursorAt(index: number): string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Shapes a service's page as a Relay connection object. Edges and cursors are made only when read:
 * most clients read `nodes`, and a page's edges were a twentieth of what a request allocated.
 */
export function toConnection<T>(page: Page<T>): { readonly edges: Edge<T>[]; nodes: T[]; pageInfo: PageInfo; totalCount: number | null } {
  const last = page.items.length - 1;
  let edges: Edge<T>[] | undefined;
  return {
    get edges() {
      return (edges ??= page.items.map((node, i) => ({
        node,
        get cursor() {
          return page.cursorAt(i);
        },
      })));
    },
    nodes: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return last >= 0 ? page.cursorAt(0) : null;
      },
      get endCursor() {
        return last >= 0 ? page.cursorAt(last) : null;
      },
    },
    totalCount: page.totalCount,
  };
}

/**
 * Empties a connection whose answer is made, so that its nodes and their strings die young (what a
 * request read stays reachable for a while after it answered, as `readPlainRows` tells; the
 * measured effect on scavenges and p99 is in bench/RESULTS.md, "Rows emptied once read").
 */
export function releaseConnection(connection: { nodes: unknown[] }): void {
  connection.nodes.length = 0;
}

/** True when the client's selection asks for `totalCount`, which costs a COUNT statement. */
export function selectsTotalCount(info: { fieldNodes: readonly { selectionSet?: { selections: readonly unknown[] } }[] }): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some(
      (s) => (s as { kind: string; name?: { value: string } }).kind !== 'Field' || (s as { name: { value: string } }).name.value === 'totalCount',
    ),
  );
}

type ClassType<T = object> = new (...args: never[]) => T;

/**
 * Builds the Relay connection and edge types for a node type, e.g. `FacilityConnection` and
 * `FacilityEdge`. Every list of API.md is such a connection.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string, options: { sharedData?: boolean } = {}) {
  // Only lists of shared, non-personal data may be served from the response cache.
  const mark: ClassDecorator = options.sharedData ? SharedData() : () => undefined;

  @mark
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @mark
  @ObjectType(`${name}Connection`, { description: `A page of ${what} items in a stable order (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: 'How many items match the filter in all pages.' })
    totalCount!: number | null;
  }
  return { Connection, Edge, names: [`${name}Connection`, `${name}Edge`] };
}
