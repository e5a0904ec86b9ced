// The Baileys counters and connection state as Prometheus reads them from a registry.
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { BAILEYS_METRIC_NAMES, CONNECTION_STATES, registerBaileysMetrics } from '../../../bot/transport/baileys/prometheus.js';
import type { BaileysCounters } from '../../../bot/transport/baileys/stats.js';
import type { TransportStatus } from '../../../bot/transport/types.js';

function source(counters: BaileysCounters, status: TransportStatus) {
  return { counters, current: status, stats: () => structuredClone(counters), status(): TransportStatus { return this.current; } };
}

/** `name{labels} value` lines of the exposition text, keyed by series. */
function series(text: string): Map<string, number> {
  return new Map(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const at = l.lastIndexOf(' ');
    return [l.slice(0, at), Number(l.slice(at + 1))];
  }));
}

const counters = (): BaileysCounters => ({
  sent: 7,
  failed: { not_connected: 2, rate_overlimit: 1 },
  inbound: { accepted: 12, duplicate: 3, inbox_failed: 1 },
  skipped: { history: 40, from_me: 5 },
  reconnects: 4,
});

describe('registerBaileysMetrics', () => {
  it('exposes every counter with its labels and values at scrape time', async () => {
    const registry = new Registry();
    registerBaileysMetrics(registry, source(counters(), { ready: true, state: 'open' }));
    const text = await registry.metrics();
    expect(Object.fromEntries(series(text))).toMatchObject({
      'loket_wa_messages_sent_total': 7,
      'loket_wa_send_failures_total{reason="not_connected"}': 2,
      'loket_wa_send_failures_total{reason="rate_overlimit"}': 1,
      'loket_wa_inbound_total{outcome="accepted"}': 12,
      'loket_wa_inbound_total{outcome="duplicate"}': 3,
      'loket_wa_inbound_total{outcome="inbox_failed"}': 1,
      'loket_wa_inbound_skipped_total{reason="history"}': 40,
      'loket_wa_inbound_skipped_total{reason="from_me"}': 5,
      'loket_wa_reconnects_total': 4,
    });
    for (const name of [BAILEYS_METRIC_NAMES.sent, BAILEYS_METRIC_NAMES.failed, BAILEYS_METRIC_NAMES.inbound, BAILEYS_METRIC_NAMES.skipped, BAILEYS_METRIC_NAMES.reconnects]) {
      expect(text).toContain(`# TYPE ${name} counter`);
    }
    expect(text).toContain(`# TYPE ${BAILEYS_METRIC_NAMES.state} gauge`);
  });

  it('follows the transport between scrapes, without double counting', async () => {
    const registry = new Registry();
    const src = source(counters(), { ready: true, state: 'open' });
    registerBaileysMetrics(registry, src);
    await registry.metrics();
    src.counters.sent = 9;
    src.counters.failed.bad_chat = 1;
    const after = series(await registry.metrics());
    expect(after.get('loket_wa_messages_sent_total')).toBe(9);
    expect(after.get('loket_wa_send_failures_total{reason="bad_chat"}')).toBe(1);
    expect(after.get('loket_wa_send_failures_total{reason="not_connected"}')).toBe(2);
  });

  it.each(CONNECTION_STATES.map((state) => ({ state })))('marks $state as the one current connection state', async ({ state }) => {
    const registry = new Registry();
    registerBaileysMetrics(registry, source(counters(), { ready: state === 'open', state }));
    const s = series(await registry.metrics());
    for (const other of CONNECTION_STATES) {
      expect(s.get(`loket_wa_connection_state{state="${other}"}`)).toBe(other === state ? 1 : 0);
    }
  });

  it('still reports a state it does not know in advance', async () => {
    const registry = new Registry();
    registerBaileysMetrics(registry, source(counters(), { ready: false, state: 'something_new' }));
    const s = series(await registry.metrics());
    expect(s.get('loket_wa_connection_state{state="something_new"}')).toBe(1);
    expect([...s].filter(([k, v]) => k.startsWith(BAILEYS_METRIC_NAMES.state) && v === 1)).toHaveLength(1);
  });

  it('shows zero totals and no labelled series before anything happened', async () => {
    const registry = new Registry();
    registerBaileysMetrics(registry, source({ sent: 0, failed: {}, inbound: {}, skipped: {}, reconnects: 0 }, { ready: false, state: 'idle' }));
    const s = series(await registry.metrics());
    expect(s.get('loket_wa_messages_sent_total')).toBe(0);
    expect(s.get('loket_wa_reconnects_total')).toBe(0);
    expect([...s.keys()].some((k) => k.startsWith('loket_wa_send_failures_total'))).toBe(false);
  });
});
