// cachedGroupMetadata for Baileys: without it every group send queries the group's metadata and a
// busy number hits `rate-overlimit`. Entries expire and are dropped when the group changes.
import type { GroupMetadata } from '@whiskeysockets/baileys';

export class GroupMetadataCache {
  private readonly entries = new Map<string, { meta: GroupMetadata; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get(jid: string): GroupMetadata | undefined {
    const entry = this.entries.get(jid);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(jid);
      return undefined;
    }
    return entry.meta;
  }

  set(meta: GroupMetadata): void {
    this.entries.set(meta.id, { meta, at: this.now() });
  }

  invalidate(jid: string | undefined): void {
    if (jid) this.entries.delete(jid);
  }
}
