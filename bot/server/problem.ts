// Every HTTP error as RFC 9457 problem details (`application/problem+json`):
// `{type, title, status, detail, code}`, where `code` is stable and meant for programs, and `detail`
// is for people. A problem never echoes the request (no body, query string or header values): request
// bodies carry personal data. The server's error handler and 404 handler live here too; 5xx errors are
// logged once, with the request id and the route, the message digit-masked, nothing of the request.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { maskDigits } from '../../workers/platform/logger.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The stable codes, each with its status and title. docs/http.md lists them for clients. */
export const PROBLEM_CODES = {
  bad_request: [400, 'Bad Request'],
  validation_failed: [400, 'Bad Request'],
  invalid_json: [400, 'Bad Request'],
  unauthorized: [401, 'Unauthorized'],
  not_found: [404, 'Not Found'],
  conflict: [409, 'Conflict'],
  payload_too_large: [413, 'Content Too Large'],
  unsupported_media_type: [415, 'Unsupported Media Type'],
  forbidden_host: [421, 'Misdirected Request'],
  rate_limited: [429, 'Too Many Requests'],
  internal_error: [500, 'Internal Server Error'],
  timeout: [503, 'Service Unavailable'],
  /** Redis could not be reached in time: nothing was stored; send the same message (same id) again. */
  store_unavailable: [503, 'Service Unavailable'],
  /** Redis is full (maxmemory): nothing was stored; send the same message again later. */
  store_full: [503, 'Service Unavailable'],
  /** The media folder's disk is full: the photo or document was not stored; send it again later. */
  media_store_full: [503, 'Service Unavailable'],
} as const satisfies Record<string, readonly [number, string]>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  /** Extension members (e.g. `problems` of the admin API); never request data. */
  [extension: string]: unknown;
}

export function problem(code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem {
  const [status, title] = PROBLEM_CODES[code];
  return { ...extensions, type: `urn:loket:problem:${code}`, title, status, detail, code };
}

export function sendProblem(reply: FastifyReply, code: ProblemCode, detail: string, extensions?: Record<string, unknown>): FastifyReply {
  const body = problem(code, detail, extensions);
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/** A problem thrown from a hook or handler; the error handler answers it as it is. */
export class HttpProblem extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.statusCode = PROBLEM_CODES[code][0];
  }
}

/** What a client is told about an error: fixed texts, except validation messages (they name fields, not values). */
function clientProblem(error: FastifyError): Problem | undefined {
  if (error instanceof HttpProblem) return problem(error.code, error.detail, error.extensions);
  if (error.validation) return problem('validation_failed', error.message);
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload_too_large', 'The request body is larger than this route accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupported_media_type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem('invalid_json', 'The body is not valid JSON.');
    case 'FST_ERR_HANDLER_TIMEOUT':
      return problem('timeout', 'The request took too long and was cut off. Try again.');
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return problem('not_found', 'Nothing is here.');
  if (status === 429) return problem('rate_limited', 'Too many requests: wait a minute, then try again.');
  if (status >= 400 && status < 500) {
    return { ...problem('bad_request', 'The request cannot be handled as sent.'), status, title: STATUS_CODES[status] ?? 'Bad Request' };
  }
  return undefined;
}

/** One log line for a 5xx: who (request id, from the request's logger), where (method and route pattern), what (masked). */
function logServerError(request: FastifyRequest, error: FastifyError, status: number): void {
  const frame = error.stack?.split('\n').find((line) => line.trim().startsWith('at '))?.trim();
  request.log.error(
    {
      event: 'http_error',
      method: request.method,
      // The route pattern (/api/operators/:phone), never the URL: URLs carry phone numbers and query strings.
      route: request.routeOptions.url ?? '(no route)',
      status,
      errorCode: typeof error.code === 'string' ? error.code : undefined,
      errorName: error.name,
      error: maskDigits(error.message),
      ...(frame ? { at: maskDigits(frame) } : {}),
    },
    'request failed',
  );
}

export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = clientProblem(error);
  const body = known ?? problem('internal_error', `Something went wrong on our side; it was logged as request ${request.id}.`);
  if (body.status >= 500) logServerError(request, error, body.status);
  // The simulator's API answered 400s with fastify's `{message}` before problem details: kept for its clients.
  if (body.status === 400 && request.routeOptions.url?.startsWith('/sim/')) body.message = body.detail;
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

export function notFoundHandler(_request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, 'not_found', 'Nothing is here.');
}
