// The admin API for the staff roster (/api/operators), behind the admin bearer token. Bodies are
// validated with the roster's zod schemas here (not fastify's ajv) so every 400 lists each problem
// with the field and what to send instead.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { parseMobilePhone } from '../../flows/validators/phone.js';
import type { Logger } from '../../workers/platform/logger.js';
import { maskDigits } from '../../workers/platform/logger.js';
import {
  fieldName,
  staffInputSchema,
  staffPatchSchema,
  staffProblems,
  type RosterStore,
  type StaffMember,
  type StaffProblem,
} from '../../workers/staff/roster.js';
import { requireAdmin } from './admin-auth.js';
import { sendProblem } from './problem.js';

export interface AdminApiDeps {
  token: string | undefined;
  roster: RosterStore;
  /** Why an area code is not served here ("35.05.02.9999 is not a village of the service area"), or undefined. */
  areaProblem: (code: string) => string | undefined;
  logger: Logger;
}

interface PhoneParams {
  phone: string;
}

const listQuery = z.strictObject({
  role: z.enum(['operator', 'coordinator'], { error: 'role must be "operator" or "coordinator"' }).optional(),
  active: z.enum(['true', 'false'], { error: 'active must be "true" or "false"' }).optional(),
});

export function adminApiPlugin(deps: AdminApiDeps): FastifyPluginAsync {
  return (app) => {
    app.addHook('onRequest', requireAdmin({ token: deps.token }));
    app.get('/api/operators', (request, reply) => listOperators(deps, request.query, reply));
    app.get<{ Params: PhoneParams }>('/api/operators/:phone', (request, reply) => getOperator(deps, request.params.phone, reply));
    app.post('/api/operators', (request, reply) => createOperator(deps, request.body, reply));
    app.patch<{ Params: PhoneParams }>('/api/operators/:phone', (request, reply) =>
      patchOperator(deps, request.params.phone, request.body, reply),
    );
    return Promise.resolve();
  };
}

async function listOperators(deps: AdminApiDeps, rawQuery: unknown, reply: FastifyReply): Promise<FastifyReply> {
  const query = listQuery.safeParse(rawQuery);
  if (!query.success) return badRequest(reply, queryProblems(query.error));
  const { role, active } = query.data;
  const operators = (await deps.roster.list()).filter(
    (m) => (role === undefined || m.role === role) && (active === undefined || String(m.active) === active),
  );
  return reply.send({ operators });
}

async function getOperator(deps: AdminApiDeps, rawPhone: string, reply: FastifyReply): Promise<FastifyReply> {
  const phone = urlPhone(rawPhone);
  if (typeof phone !== 'string') return badRequest(reply, [phone]);
  const member = await deps.roster.get(phone);
  return member ? reply.send(member) : notFound(reply);
}

async function createOperator(deps: AdminApiDeps, body: unknown, reply: FastifyReply): Promise<FastifyReply> {
  const parsed = staffInputSchema.safeParse(body);
  const problems = parsed.success ? areaProblems(parsed.data.areas, deps.areaProblem) : staffProblems(parsed.error);
  if (!parsed.success || problems.length > 0) return badRequest(reply, problems);
  const { created, member } = await deps.roster.create(parsed.data);
  const taken = 'a staff member with this phone already exists; change it with PATCH';
  if (!created) return sendProblem(reply, 'conflict', taken, { error: taken, operator: member });
  logChange(deps, 'staff member created', member);
  return reply.code(201).send(member);
}

async function patchOperator(deps: AdminApiDeps, rawPhone: string, body: unknown, reply: FastifyReply): Promise<FastifyReply> {
  const phone = urlPhone(rawPhone);
  const parsed = staffPatchSchema.safeParse(body);
  const problems = [
    ...(typeof phone === 'string' ? [] : [phone]),
    ...(parsed.success ? areaProblems(parsed.data.areas ?? [], deps.areaProblem) : staffProblems(parsed.error)),
  ];
  if (typeof phone !== 'string' || !parsed.success || problems.length > 0) return badRequest(reply, problems);
  const member = await deps.roster.update(phone, parsed.data);
  if (!member) return notFound(reply);
  logChange(deps, 'staff member updated', member);
  return reply.send(member);
}

/** The URL's phone in international digits, or the problem with it. */
function urlPhone(text: string): string | StaffProblem {
  const parsed = parseMobilePhone(text);
  if (parsed.ok) return parsed.value;
  return { field: 'phone (in the URL)', problem: 'put an Indonesian mobile number in the URL, e.g. /api/operators/6281234500001' };
}

function areaProblems(areas: readonly string[], areaProblem: (code: string) => string | undefined): StaffProblem[] {
  return areas.flatMap((code, index) => {
    const problem = areaProblem(code);
    return problem === undefined ? [] : [{ field: fieldName(['areas', index]), problem }];
  });
}

function queryProblems(error: z.ZodError): StaffProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, problem: 'unknown filter: use role and/or active' }))
      : [{ field: fieldName(issue.path), problem: issue.message }],
  );
}

function badRequest(reply: FastifyReply, problems: StaffProblem[]): FastifyReply {
  const detail = `invalid request: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}, each listed in "problems" with the field and what to send instead`;
  // `error` as before problem details: outside tools read it (docs/roster.md).
  return sendProblem(reply, 'validation_failed', detail, { error: 'invalid request', problems });
}

function notFound(reply: FastifyReply): FastifyReply {
  const nobody = 'no staff member with this phone; create one with POST /api/operators';
  return sendProblem(reply, 'not_found', nobody, { error: nobody });
}

function logChange(deps: AdminApiDeps, message: string, member: StaffMember): void {
  deps.logger.info(
    { staff: deps.roster.staffKey(member.phone), phoneMasked: maskDigits(member.phone), role: member.role, areas: member.areas.length, active: member.active },
    message,
  );
}
