// The simulator's HTTP API (a public contract: training material and outside tools depend on it)
// and its web page. Locked with a token (SIM_TOKEN, required in production): every /sim route then
// wants `Authorization: Bearer <token>`, or Basic auth with the token as password (the page, in a
// browser, which then sends the same credentials with the page's own API calls).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Inbound } from '../transport/types.js';
import type { SimMessage, SimTransport } from '../transport/sim/transport.js';
import { requireSecret } from './admin-auth.js';
import { sendProblem } from './problem.js';
import { StoreFullError, StoreUnavailableError } from '../faults/store-guard.js';

export interface SimPluginOptions {
  sim: SimTransport;
  /** SIM_TOKEN: when set, every /sim route requires it. */
  token?: string;
  /** MEDIA_MAX_BYTES: /sim/inbound takes a body with that much media in base64, plus the rest of the message. */
  mediaMaxBytes: number;
  /** The longest outbox long-poll; kept under the server's request timeout. */
  maxWaitMs?: number;
}

/** The body limit of /sim/inbound: the media in base64 (4/3 of the bytes) and room for the other fields. */
export function inboundBodyLimit(mediaMaxBytes: number): number {
  return Math.ceil((mediaMaxBytes * 4) / 3) + 64 * 1024;
}

const media = {
  type: 'object',
  required: ['mimetype', 'base64'],
  additionalProperties: false,
  properties: {
    mimetype: { type: 'string', minLength: 3, maxLength: 100 },
    base64: { type: 'string', minLength: 1 },
    caption: { type: 'string', maxLength: 4096 },
    filename: { type: 'string', maxLength: 255 },
  },
} as const;

const inboundBody = {
  type: 'object',
  required: ['from'],
  additionalProperties: false,
  properties: {
    from: { type: 'string', pattern: '^[0-9]{6,15}$' },
    chat: { type: 'string', pattern: '^([0-9]{6,15}|[A-Za-z0-9._-]{1,64}@g\\.us)$' },
    id: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
    // A reply: the `id` of the outbox message it quotes (WhatsApp's "reply" to a message).
    quotedId: { type: 'string', minLength: 1, maxLength: 256 },
    text: { type: 'string', maxLength: 4096 },
    image: media,
    document: media,
    audio: media,
    location: {
      type: 'object',
      required: ['latitude', 'longitude'],
      additionalProperties: false,
      properties: { latitude: { type: 'number', minimum: -90, maximum: 90 }, longitude: { type: 'number', minimum: -180, maximum: 180 } },
    },
    sticker: { type: 'object' },
  },
} as const;

interface MediaBody { mimetype: string; base64: string; caption?: string; filename?: string }

interface InboundBody {
  from: string;
  chat?: string;
  id?: string;
  quotedId?: string;
  text?: string;
  image?: MediaBody;
  document?: MediaBody;
  audio?: MediaBody;
  location?: { latitude: number; longitude: number };
  sticker?: Record<string, never>;
}

export const MAX_WAIT_MS = 30_000;

export class EmptyMessageError extends Error {
  constructor() {
    super('the message has no content: send one of text, image, document, audio, location or sticker');
    this.name = 'EmptyMessageError';
  }
}

function kindOf(body: InboundBody): Inbound['kind'] {
  if (body.image) return 'image';
  if (body.document) return 'document';
  if (body.audio) return 'audio';
  if (body.location) return 'location';
  if (body.sticker) return 'sticker';
  if (body.text !== undefined) return 'text';
  throw new EmptyMessageError();
}

export function toInbound(body: InboundBody, now: number): Inbound {
  const chat = body.chat ?? body.from;
  const file = body.image ?? body.document ?? body.audio;
  const inbound: Inbound = {
    messageId: body.id ?? `sim-${randomUUID()}`,
    chat,
    sender: body.from,
    senderPhone: body.from,
    isGroup: chat.endsWith('@g.us'),
    kind: kindOf(body),
    at: now,
  };
  const text = body.text ?? file?.caption;
  if (text !== undefined) inbound.text = text;
  if (body.location) inbound.location = body.location;
  if (body.quotedId !== undefined) inbound.quotedId = body.quotedId;
  if (file) {
    const data = Buffer.from(file.base64, 'base64');
    inbound.media = { mimetype: file.mimetype, size: data.length, ...(file.filename ? { filename: file.filename } : {}), download: () => Promise.resolve(data) };
  }
  return inbound;
}

/** Seconds a client should wait before sending again, by why the message was not stored. */
const RETRY_AFTER_S = { unavailable: 5, full: 60 } as const;

/**
 * A message Redis could not take is refused (503) rather than acknowledged: the client keeps it and
 * sends it again, with the same `id`, which the inbox deduplicates. The answer echoes nothing of the
 * request (ids may carry phone numbers).
 */
function storeProblem(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof StoreUnavailableError) {
    return sendProblem(reply.header('retry-after', String(RETRY_AFTER_S.unavailable)), 'store_unavailable',
      'The message was not stored: the message store (Redis) cannot be reached. Send it again, with the same id, in a few seconds.');
  }
  if (err instanceof StoreFullError) {
    return sendProblem(reply.header('retry-after', String(RETRY_AFTER_S.full)), 'store_full',
      'The message was not stored: the message store (Redis) is full. Send it again, with the same id, in a minute; the coordinators have been alerted.');
  }
  if (isDiskFull(err)) {
    return sendProblem(reply.header('retry-after', String(RETRY_AFTER_S.full)), 'media_store_full',
      'The message was not stored: the disk of the media folder is full. Send it again, with the same id, in a minute.');
  }
  throw err;
}

function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The outbox long-poll, in slices of at most a second, so that a stopping server is not held up by it. */
const POLL_SLICE_MS = 1000;

async function waitUnlessClosing(sim: SimTransport, chat: string, after: number, waitMs: number, closing: AbortSignal): Promise<SimMessage[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const left = closing.aborted ? 0 : Math.max(0, deadline - Date.now());
    const messages = await sim.waitFor(chat, after, Math.min(left, POLL_SLICE_MS));
    if (messages.length > 0 || left <= POLL_SLICE_MS) return messages;
  }
}

/** The page and its assets are opened by a browser (Basic auth); the rest is the API (Bearer). */
function isPage(request: FastifyRequest): boolean {
  const route = request.routeOptions.url ?? '';
  return route === '/sim' || route.startsWith('/sim/assets/');
}

export const simPlugin: FastifyPluginAsync<SimPluginOptions> = async (app, { sim, token, mediaMaxBytes, maxWaitMs = MAX_WAIT_MS }) => {
  if (token !== undefined) {
    app.addHook('onRequest', requireSecret({
      token,
      realm: 'Loket simulator',
      challenge: (request) => (isPage(request) ? 'basic' : 'bearer'),
      wrongDetail: 'missing or wrong simulator token: send Authorization: Bearer <SIM_TOKEN>',
      disabledDetail: 'the simulator is locked',
    }));
  }

  // A stopping server waits for open requests: a long-poll answers (empty) at once instead of holding it up.
  const closing = new AbortController();
  app.addHook('preClose', (done) => {
    closing.abort();
    done();
  });

  app.post<{ Body: InboundBody }>('/sim/inbound', { schema: { body: inboundBody }, bodyLimit: inboundBodyLimit(mediaMaxBytes) }, async (req, reply) => {
    let inbound: Inbound;
    try {
      inbound = toInbound(req.body, Date.now());
    } catch (err) {
      if (err instanceof EmptyMessageError) return sendProblem(reply, 'validation_failed', err.message, { message: err.message });
      throw err;
    }
    let duplicate: boolean;
    try {
      ({ duplicate } = await sim.receive(inbound));
    } catch (err) {
      return storeProblem(reply, err);
    }
    return reply.code(202).send({ id: inbound.messageId, duplicate });
  });

  app.get<{ Querystring: { chat: string; after?: number; wait?: number } }>('/sim/outbox', {
    schema: {
      querystring: {
        type: 'object',
        required: ['chat'],
        properties: {
          chat: { type: 'string', minLength: 1, maxLength: 128 },
          after: { type: 'integer', minimum: 0, default: 0 },
          wait: { type: 'integer', minimum: 0, default: 0 },
        },
      },
    },
  }, async (req) => {
    const { chat, after = 0, wait = 0 } = req.query;
    const messages = await waitUnlessClosing(sim, chat, after, Math.min(wait, maxWaitMs), closing.signal);
    return { messages, next: messages.at(-1)?.seq ?? after };
  });

  await app.register(fastifyStatic, { root: fileURLToPath(new URL('./sim-page/', import.meta.url)), prefix: '/sim/assets/', decorateReply: true });
  app.get('/sim', (_req, reply) => reply.sendFile('index.html'));
};
