import { buildFlowDeps } from './bot/flow-deps.js';
import { loadConfig } from './bot/platform/config.js';
import { resume, type Session } from './flows/index.js';
import type { FlowInput } from './flows/engine/types.js';

const deps = await buildFlowDeps(loadConfig({}));
let session: Session | undefined;
let now = Date.UTC(2026, 10, 23, 3, 0);
let count = 0;
function send(m: string | FlowInput) {
  const input: FlowInput = typeof m === 'string' ? { kind: 'text', text: m, senderPhone: '6281234567890' } : m;
  count++;
  let r = resume(deps, session, { type: 'message', input }, now);
  now += 60000;
  console.log(`\n>>> [${count}] ${typeof m === 'string' ? m : m.kind}`);
  for (const rep of r.replies) console.log('  ' + rep.text.replace(/\n/g, '\n  '));
  for (const e of r.effects) if (e.type !== 'set_timer') console.log('  EFFECT', JSON.stringify(e).slice(0, 200));
  session = r.session ?? undefined;
  if (r.effects.some(e => e.type === 'request_help')) { r = resume(deps, session ?? undefined, { type: 'help_requested', ref: 'BT-XXXXX' }, now); console.log('  ' + r.replies.map(x=>x.text).join('\n  ')); session = r.session ?? undefined; }
  if (r.effects.some(e => e.type === 'submit_case')) { r = resume(deps, session, { type: 'case_created', caseId: 'LK-ABCDE' }, now); console.log('  ' + r.replies.map(x=>x.text).join('\n  ')); session = r.session ?? undefined; }
  console.log('  [at]', session?.mode, session?.at, 'attempts', session?.attempts);
}
const script = process.argv.slice(2).join(' ').split('|');
for (const m of script) send(m.trim());
