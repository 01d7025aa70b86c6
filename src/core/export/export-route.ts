import type { ApolloServer } from '@apollo/server';
import type { RequestHandler, Request, Response } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Clock } from '../clock.js';
import type { RequestContext } from '../graphql/context.js';
import type { EnumLabels } from '../labels/enum-labels.js';
import { labelEnumValues } from './enum-values.js';
import { toCsv, toXlsx, type CsvDialect } from './formats.js';
import { tablesOf } from './tables.js';
import type { FieldHeaders } from './labels.js';
import { CORE } from '../messages/core.messages.js';
import { refusal } from '../errors.js';
import type { Message } from '../messages/reasons.js';
import { errorAnswer } from '../graphql/message-language.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(req: Request, res: Response, status: number, message: Message, code: string): void {
  res.status(status).json({ errors: [errorAnswer(refusal(code, message), req)] });
}

/**
 * `POST /export?format=csv|xlsx` with a GraphQL query in the body, as to `/graphql`: the answer as a
 * file with Polish headers and every enum value as its Polish label (CSV in Polish Excel's dialect, `&dialect=plain` for `,` and a point). Only queries, and only answers without errors: a figure the caller may
 * not see makes no file rather than a file with a hole in it.
 */
export function exportHandler(
  apollo: ApolloServer<RequestContext>,
  contextFor: (req: Request, res: Response) => Promise<RequestContext>,
  clock: Clock,
  schema: GraphQLSchema,
  labels: EnumLabels,
  headers: FieldHeaders,
): RequestHandler {
  return async (req, res) => {
    const format = req.query.format;
    if (format !== 'csv' && format !== 'xlsx') return fail(req, res, 400, CORE.EXPORT_FORMAT(), 'BAD_REQUEST');
    const dialect = req.query.dialect ?? 'pl';
    if (dialect !== 'pl' && dialect !== 'plain') return fail(req, res, 400, CORE.EXPORT_DIALECT(), 'BAD_REQUEST');
    const { query, variables } = (req.body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') return fail(req, res, 400, CORE.EXPORT_QUERY_MISSING(), 'BAD_REQUEST');
    let operation: OperationDefinitionNode | undefined;
    let document: DocumentNode;
    try {
      document = parse(query);
      operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    } catch {
      return fail(req, res, 400, CORE.EXPORT_QUERY_UNPARSED(), 'GRAPHQL_PARSE_FAILED');
    }
    if (operation?.operation !== 'query') return fail(req, res, 400, CORE.EXPORT_QUERY_ONLY(), 'BAD_REQUEST');
    let contextValue: RequestContext;
    try {
      contextValue = await contextFor(req, res);
    } catch (error) {
      if (error instanceof GraphQLError) return void res.status(401).json({ errors: [errorAnswer(error, req)] });
      throw error;
    }
    const result = await apollo.executeOperation({ query, variables }, { contextValue });
    if (result.body.kind !== 'single') return fail(req, res, 400, CORE.EXPORT_INCREMENTAL(), 'BAD_REQUEST');
    const { data, errors } = result.body.singleResult;
    if (errors?.length || !data) {
      const codes = (errors ?? []).map((e) => e.extensions?.code);
      const status = codes.includes('FORBIDDEN') ? 403 : codes.includes('UNAUTHENTICATED') ? 401 : codes.includes('SERVICE_UNAVAILABLE') ? 503 : 400;
      return void res.status(result.http.status ?? status).json({ errors });
    }
    const tables = tablesOf(labelEnumValues(schema, document, data as Record<string, never>, labels) as Record<string, never>, headers);
    const name = `${Object.keys(data)[0] ?? 'export'}-${clock.today()}.${format}`;
    res.attachment(name);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(tables, headers, dialect as CsvDialect));
    else res.type(XLSX).send(await toXlsx(tables, headers));
  };
}
