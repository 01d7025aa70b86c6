import express from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { readTable, UnreadableFile } from './read-table.js';
import type { ImportRegister } from './register.js';
import { importProblem, runImport, type ImportOptions } from './run-import.js';
import { IMPORT } from './import.messages.js';
import { forbidden } from '../errors.js';
import { errorAnswer } from '../graphql/message-language.js';

/**
 * `POST /import/<register>`: the register's file as the body (CSV or XLSX), the caller's bearer
 * token, and `?dryRun=true` for the report alone, `?closeMissing=true` to close the records the
 * file no longer lists, `?mapping={"Nazwa placówki":"name"}` for a city's own headers. The answer is
 * the report (run-import.ts): 200 when it went through (or would, in a dry run), 422 with every
 * problem and nothing written otherwise.
 */
export function importRoutes(
  registers: ImportRegister[],
  contextFor: (req: express.Request, res: express.Response) => Promise<RequestContext>,
  maxBytes: number,
): express.Router {
  const byName = new Map(registers.map((r) => [r.name, r]));
  const router = express.Router();
  // What each register takes, from the registers' own declarations: the columns with the headers
  // recognised for them, which are required, and who may import it.
  router.get('/', (_req, res) => {
    res.json({
      registers: registers.map((r) => ({
        name: r.name,
        roles: r.roles,
        closeMissing: Boolean(r.closeMissing),
        columns: r.columns.map((c) => ({ key: c.key, headers: c.headers, required: Boolean(c.required), description: c.description })),
      })),
    });
  });
  router.post('/:register', express.raw({ type: () => true, limit: maxBytes }), async (req, res, next) => {
    try {
      const name = String(req.params.register);
      const register = byName.get(name);
      if (!register) {
        return void res
          .status(404)
          .json({ register: name, problems: [importProblem(IMPORT.UNKNOWN_REGISTER({ name, known: [...byName.keys()].join(', ') }), null, null)] });
      }
      const ctx = await contextFor(req, res);
      if (!register.roles.includes(ctx.principal.role)) {
        return void res.status(403).json({ errors: [errorAnswer(forbidden(IMPORT.IMPORT_ROLE({ register: name, roles: register.roles.join(', ') })), req)] });
      }
      const options = optionsOf(req.query);
      if ('problem' in options) return void res.status(422).json({ register: name, written: false, problems: [options.problem] });
      let table;
      try {
        table = await readTable(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      } catch (error) {
        if (!(error instanceof UnreadableFile)) throw error;
        return void res.status(422).json({ register: name, written: false, problems: [importProblem(error.said, null, null)] });
      }
      const report = await runImport(ctx, register, table, options);
      res.status(report.problems.length ? 422 : 200).json(report);
    } catch (error) {
      if (error instanceof GraphQLError) {
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
        return void res.status(status).json({ errors: [errorAnswer(error, req)] });
      }
      next(error);
    }
  });
  // A file over the limit is a report too, never an HTML page.
  router.use((error: { type?: string; status?: number }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error.type !== 'entity.too.large') return next(error);
    res
      .status(413)
      .json({ register: String(req.params.register ?? ''), written: false, problems: [importProblem(IMPORT.TOO_LARGE({ bytes: maxBytes }), null, null)] });
  });
  return router;
}

function optionsOf(query: express.Request['query']): ImportOptions | { problem: ReturnType<typeof importProblem> } {
  const flag = (value: unknown) => value === 'true' || value === '1' || value === 'tak';
  let mapping: Record<string, string | null> = {};
  if (typeof query.mapping === 'string' && query.mapping.trim()) {
    try {
      const parsed: unknown = JSON.parse(query.mapping);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => v !== null && typeof v !== 'string'))
        throw new Error('not an object');
      mapping = parsed as Record<string, string | null>;
    } catch {
      return { problem: importProblem(IMPORT.MAPPING_NOT_AN_OBJECT(), null, null) };
    }
  }
  return { dryRun: flag(query.dryRun), closeMissing: flag(query.closeMissing), mapping };
}
