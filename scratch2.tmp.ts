import { buildFlowDeps } from './bot/flow-deps.js';
import { loadConfig } from './bot/platform/config.js';
import { resume, type Session } from './flows/index.js';
import type { FlowInput } from './flows/engine/types.js';
const deps = await buildFlowDeps(loadConfig({}));
let session: Session | undefined; let now = Date.UTC(2026, 10, 23, 3, 0);
const msgs: (string | FlowInput)[] = ['halo kak, mau buat nib buat warung', { kind: 'sticker' }, 'iyaaa setuju kak', 'belum kak', '1', '3505066207890002', 'Lilis Suryani', 'Dsn Pojok RT 2 RW 1 Ds Pojok Kec Ponggok', 'nanti aja kak', 'lilissuryani89@gmail.com', 'warung makan lalapan', 'yg warung makan', 'Lalapan Mbak Lilis', 'sudah kak', '8 juta', '5x6', '2 orang', 'iya kak', 'iya kak'];
for (const m of msgs) {
  const input: FlowInput = typeof m === 'string' ? { kind: 'text', text: m, senderPhone: '6281234567890' } : m;
  const r = resume(deps, session, { type: 'message', input }, now); now += 60000; session = r.session ?? undefined;
  console.log('>>', typeof m === 'string' ? m : m.kind, '|', session?.mode, session?.at, session?.attempts, '|', r.replies.map(x => x.text.slice(0, 80).replace(/\n/g, ' ')).join(' // '));
}
