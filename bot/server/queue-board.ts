// The BullMQ dashboard (bull-board) at /admin/queues, behind the admin token like every admin page.
// Job payloads of the outbound and timer queues are sealed, so the board shows ciphertext, never a
// message. Its page needs inline styles, so it gets its own Content-Security-Policy.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyPluginAsync, FastifyPluginCallback } from 'fastify';
import { requireAdmin } from './admin-auth.js';

export const QUEUE_BOARD_PATH = '/admin/queues';

const BOARD_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'";

export interface QueueBoardDeps {
  token: string | undefined;
  /** The queues to show; read at the first request (some are made after the server is built). */
  queues: () => Queue[];
}

export function queueBoardPlugin(deps: QueueBoardDeps): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRequest', requireAdmin({ token: deps.token, browser: true }));
    app.addHook('onRequest', (_request, reply, done) => {
      reply.header('content-security-policy', BOARD_CSP);
      done();
    });
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    const board = createBullBoard({ queues: [], serverAdapter, options: { uiConfig: { boardTitle: 'Loket' } } });
    let shown = false;
    app.addHook('onRequest', (_request, _reply, done) => {
      if (!shown) board.replaceQueues(deps.queues().map((queue) => new BullMQAdapter(queue)));
      shown = true;
      done();
    });
    await app.register(withLoketErrors(serverAdapter.registerPlugin()), { prefix: QUEUE_BOARD_PATH });
  };
}

/**
 * bull-board installs its own error handler (plain JSON) in its plugin, which would also answer the
 * rate limit's 429 there. Ignoring that call leaves Loket's problem handler, inherited, in charge.
 */
function withLoketErrors(plugin: ReturnType<FastifyAdapter['registerPlugin']>): FastifyPluginCallback {
  return (instance, options, done) => {
    Object.assign(instance, { setErrorHandler: () => instance });
    plugin(instance, options, done);
  };
}
