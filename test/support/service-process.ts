// Runs `bot/main.ts` as a separate process, as `npm start` would, so a test can SIGKILL it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../bot/platform/embedded-redis.js';
import { waitUntil } from './wait.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServiceProcessOptions {
  /** What to poll before returning: /readyz by default; /healthz for a service that cannot be ready (no WhatsApp). */
  readyPath?: '/readyz' | '/healthz';
  /** Modules preloaded with --import before bot/main.ts. */
  imports?: string[];
  timeoutMs?: number;
}

export async function startServiceProcess(env: Record<string, string>, options: ServiceProcessOptions = {}): Promise<ServiceProcess> {
  const port = await freeLoopbackPort();
  const imports = ['tsx', ...(options.imports ?? [])].flatMap((m) => ['--import', m]);
  const child = spawn(process.execPath, [...imports, 'bot/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`service exited early: ${output}`);
    return fetch(`${url}${options.readyPath ?? '/readyz'}`).then((r) => r.ok, () => false);
  }, options.timeoutMs ?? 30_000, `the service to answer ${options.readyPath ?? '/readyz'}`);
  return {
    url,
    child,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await once(child, 'exit');
    },
  };
}
