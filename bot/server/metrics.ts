// Prometheus metrics, in a registry of our own (no global state), filled by the components.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface DepthSources {
  inbox: () => Promise<{ readyChats: number; deadLetters: number }>;
  outbound: () => Promise<Record<string, number>>;
}

export function createMetrics() {
  const registry = new Registry();
  const messagesIn = new Counter({ name: 'loket_messages_in_total', help: 'Inbound messages accepted', labelNames: ['kind', 'duplicate'] as const, registers: [registry] });
  const messagesOut = new Counter({ name: 'loket_messages_out_total', help: 'Outbound messages by delivery outcome', labelNames: ['outcome'] as const, registers: [registry] });
  const handling = new Histogram({
    name: 'loket_handling_latency_seconds',
    help: 'From inbox acceptance to the reply being enqueued and the session saved',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const queueDepth = new Gauge({ name: 'loket_queue_depth', help: 'Items waiting, by queue and state', labelNames: ['queue', 'state'] as const, registers: [registry] });
  const transportUp = new Gauge({ name: 'loket_transport_ready', help: '1 when the WhatsApp transport is connected', registers: [registry] });

  async function collectDepths(sources: DepthSources): Promise<void> {
    const [inbox, outbound] = await Promise.all([sources.inbox(), sources.outbound()]);
    queueDepth.set({ queue: 'inbox', state: 'ready_chats' }, inbox.readyChats);
    queueDepth.set({ queue: 'inbox', state: 'dead_letters' }, inbox.deadLetters);
    for (const [state, n] of Object.entries(outbound)) queueDepth.set({ queue: 'outbound', state }, n);
  }

  return { registry, messagesIn, messagesOut, handling, queueDepth, transportUp, collectDepths };
}

export type Metrics = ReturnType<typeof createMetrics>;
