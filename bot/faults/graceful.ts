// Stopping the HTTP server without being held up by keep-alive connections. fastify's close() closes
// the connections idle at that moment, then waits for the rest; but a connection whose request was
// still running (a POST being stored, a long-poll) stays open after its answer, kept alive for the
// server's keepAliveTimeout (72 s), longer than an orchestrator's grace period. Sweeping the idle
// ones while the close is under way lets every running request finish and the process exit.
import type { FastifyInstance } from 'fastify';

const SWEEP_EVERY_MS = 100;

export async function closeServer(server: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => server.server.closeIdleConnections(), SWEEP_EVERY_MS);
  try {
    await server.close();
  } finally {
    clearInterval(sweep);
  }
}
