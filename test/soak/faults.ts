// The fault schedule as data, and what each fault does. A fault is injected at a fraction of the
// traffic window; its recovery is measured from the injection until a fresh probe phone, sending
// from that moment on (and again later, like a phone, while refused), gets its reply, and until
// /readyz answers 200 again after the fault is over. The time the fault itself lasted is printed
// next to it: a Redis kept down 2 s cannot recover in less.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PrivateRedis } from '../faults/support/faulty-redis.js';
import type { ServiceAddress } from './phone.js';

export type FaultName = 'redis-restart' | 'service-kill' | 'redis-slow' | 'disk-full';

export interface FaultPlan {
  fault: FaultName;
  /** When, as a fraction of the traffic window, within one cycle of the schedule. */
  at: number;
  /** redis-restart: how long Redis stays down; redis-slow: the DEBUG SLEEP; disk-full: how long the disk stays full. */
  forMs: number;
}

/** One cycle; the soak runs one cycle per 4 minutes of traffic (at least one). */
export const SCHEDULE: readonly FaultPlan[] = [
  { fault: 'redis-restart', at: 0.15, forMs: 2000 },
  { fault: 'service-kill', at: 0.35, forMs: 0 },
  { fault: 'redis-slow', at: 0.55, forMs: 3000 },
  { fault: 'disk-full', at: 0.75, forMs: 10_000 },
];

/** The schedule spread over `cycles` cycles of the window: absolute offsets in ms from the start of traffic. */
export function timeline(windowMs: number, cycles: number): { plan: FaultPlan; offsetMs: number; round: number }[] {
  const cycleMs = windowMs / cycles;
  return Array.from({ length: cycles }, (_, round) => SCHEDULE.map((plan) => ({ plan, offsetMs: Math.round(round * cycleMs + plan.at * cycleMs), round: round + 1 }))).flat();
}

export interface FaultResult {
  fault: FaultName;
  round: number;
  /** How long the fault itself lasted (Redis down, the sleep, the disk full, the restart of the service). */
  lastedMs: number;
  /** From the injection until /readyz answered 200 after the fault was over. */
  readyAfterMs?: number;
  /** From the injection until the probe's reply was delivered. */
  replyAfterMs?: number;
  note?: string;
}

/** The media folder on a small tmpfs of its own, so that the soak can fill it up and free it again. */
export class MediaDisk {
  mounted = false;
  private readonly filler: string;

  constructor(private readonly dir: string, private readonly sizeMb: number) {
    this.filler = join(dir, 'soak-filler.bin');
  }

  /** Mounts the tmpfs (root only); returns why not when it cannot. */
  mount(): string | undefined {
    mkdirSync(this.dir, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${this.sizeMb}m,mode=0700`, 'tmpfs', this.dir], { stdio: 'pipe' });
      this.mounted = true;
      return undefined;
    } catch (err) {
      return `mount -t tmpfs refused: ${(err as Error).message.split('\n')[0] ?? ''}`;
    }
  }

  /** Writes one file until the filesystem says ENOSPC: 1 MiB pieces, then 4 KiB ones for the rest. */
  fill(): void {
    for (const piece of [1024 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(piece);
      for (;;) {
        try {
          appendFileSync(this.filler, chunk);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw err;
        }
      }
    }
  }

  free(): void {
    rmSync(this.filler, { force: true });
  }

  unmount(): void {
    if (!this.mounted) return;
    this.free();
    try {
      execFileSync('umount', ['-l', this.dir], { stdio: 'pipe' });
      this.mounted = false;
    } catch {
      // Left mounted: the run directory's path says what it is, and a reboot clears it.
    }
  }
}

export interface FaultTargets {
  redis: PrivateRedis;
  service: {
    /** SIGKILL, as the OOM killer or a crash would. */
    kill(): Promise<void>;
    /** A new service process on the same Redis and data; resolves once its /readyz is 200. */
    start(): Promise<void>;
  };
  disk?: MediaDisk;
}

/** A fault in place (`begin`), then undone by the soak after its time (`end`). */
export interface Injection {
  begin(): Promise<void>;
  end(): Promise<void>;
}

export function injection(plan: FaultPlan, targets: FaultTargets): Injection | string {
  switch (plan.fault) {
    case 'redis-restart':
      return { begin: () => targets.redis.kill(), end: async () => { await sleep(plan.forMs); await targets.redis.restart(); } };
    case 'service-kill':
      return { begin: () => targets.service.kill(), end: () => targets.service.start() };
    case 'redis-slow': {
      let sleeping: Promise<void> = Promise.resolve();
      return {
        // DEBUG SLEEP holds its own connection; the fault is in place once Redis has read it.
        begin: async () => { sleeping = targets.redis.sleep(plan.forMs); await sleep(50); },
        end: () => sleeping,
      };
    }
    case 'disk-full': {
      const disk = targets.disk;
      if (!disk?.mounted) return 'skipped: the media folder is not on a tmpfs of its own';
      return { begin: () => Promise.resolve(disk.fill()), end: async () => { await sleep(plan.forMs); disk.free(); } };
    }
  }
}

/** Polls /readyz until it answers 200 (or `until` passes). */
export async function readyAgain(service: ServiceAddress, until: number): Promise<number | undefined> {
  while (Date.now() < until) {
    const ok = await fetch(`${service.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return Date.now();
    await sleep(100);
  }
  return undefined;
}
