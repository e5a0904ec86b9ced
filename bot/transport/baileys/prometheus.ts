// The Baileys transport's counters and connection state on /metrics. Nothing is pushed: every series
// is read from the transport when Prometheus scrapes, so the transport keeps no prom-client handles.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { TransportStatus } from '../types.js';
import type { BaileysCounters } from './stats.js';
import type { ConnectionState } from './transport.js';

export interface BaileysMetricsSource {
  stats(): BaileysCounters;
  status(): TransportStatus;
}

/** Every state is exported (0 or 1), so an alert on `state="logged_out"` has a series before it fires. */
export const CONNECTION_STATES = [
  'idle', 'standby', 'connecting', 'open', 'reconnecting', 'replaced', 'logged_out', 'forbidden', 'mismatch', 'stopped',
] as const satisfies readonly ConnectionState[];

export const BAILEYS_METRIC_NAMES = {
  sent: 'loket_wa_messages_sent_total',
  failed: 'loket_wa_send_failures_total',
  inbound: 'loket_wa_inbound_total',
  skipped: 'loket_wa_inbound_skipped_total',
  reconnects: 'loket_wa_reconnects_total',
  state: 'loket_wa_connection_state',
} as const;

/** A counter whose value is the transport's own running total, copied at scrape time. */
function mirroredCounter(registry: Registry, name: string, help: string, label: string, read: () => Record<string, number>): void {
  new Counter({
    name, help, labelNames: [label], registers: [registry],
    collect() {
      this.reset();
      for (const [value, total] of Object.entries(read())) this.inc({ [label]: value }, total);
    },
  });
}

function mirroredTotal(registry: Registry, name: string, help: string, read: () => number): void {
  new Counter({
    name, help, registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

function connectionStateGauge(registry: Registry, source: BaileysMetricsSource): void {
  new Gauge({
    name: BAILEYS_METRIC_NAMES.state, help: 'The WhatsApp connection state: 1 for the current state, 0 for the others',
    labelNames: ['state'], registers: [registry],
    collect() {
      const current = source.status().state;
      this.reset();
      for (const state of new Set<string>([...CONNECTION_STATES, current])) this.set({ state }, state === current ? 1 : 0);
    },
  });
}

export function registerBaileysMetrics(registry: Registry, source: BaileysMetricsSource): void {
  mirroredTotal(registry, BAILEYS_METRIC_NAMES.sent, 'Messages the WhatsApp socket accepted for delivery', () => source.stats().sent);
  mirroredCounter(registry, BAILEYS_METRIC_NAMES.failed, 'WhatsApp sends that failed, by reason', 'reason', () => source.stats().failed);
  mirroredCounter(registry, BAILEYS_METRIC_NAMES.inbound, 'Inbound WhatsApp messages by inbox outcome (accepted, duplicate, inbox_failed)', 'outcome', () => source.stats().inbound);
  mirroredCounter(registry, BAILEYS_METRIC_NAMES.skipped, 'Inbound WhatsApp messages not handled, by reason (history, own, too old, ...)', 'reason', () => source.stats().skipped);
  mirroredTotal(registry, BAILEYS_METRIC_NAMES.reconnects, 'WhatsApp reconnect attempts', () => source.stats().reconnects);
  connectionStateGauge(registry, source);
}
