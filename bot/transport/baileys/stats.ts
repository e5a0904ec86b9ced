// Counters the host exposes on /metrics: delivery outcomes and what happened to inbound messages.

export type DeliveryOutcome = 'sent' | 'failed';

export interface BaileysCounters {
  sent: number;
  failed: Record<string, number>;
  inbound: Record<string, number>;
  skipped: Record<string, number>;
  reconnects: number;
}

export interface BaileysMetricsSink {
  delivery?(outcome: DeliveryOutcome, reason?: string): void;
  /** `accepted`, `duplicate`, `inbox_failed`, or a skip reason. */
  inbound?(outcome: string): void;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

export class BaileysStats {
  private readonly counters: BaileysCounters = { sent: 0, failed: {}, inbound: {}, skipped: {}, reconnects: 0 };

  constructor(private readonly sink: BaileysMetricsSink = {}) {}

  sent(): void {
    this.counters.sent += 1;
    this.sink.delivery?.('sent');
  }

  failed(reason: string): void {
    bump(this.counters.failed, reason);
    this.sink.delivery?.('failed', reason);
  }

  inbound(outcome: 'accepted' | 'duplicate' | 'inbox_failed'): void {
    bump(this.counters.inbound, outcome);
    this.sink.inbound?.(outcome);
  }

  skipped(reason: string): void {
    bump(this.counters.skipped, reason);
    this.sink.inbound?.(`skipped_${reason}`);
  }

  reconnect(): void {
    this.counters.reconnects += 1;
  }

  snapshot(): BaileysCounters {
    return structuredClone(this.counters);
  }
}
