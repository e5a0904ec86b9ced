// Runs the service as a separate process, as `npm start` would, so a test can SIGKILL it:
// `bot/main.ts` through tsx by default, or a compiled entry (`dist/bot/main.js`) under plain node.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../bot/platform/embedded-redis.js';
import { waitUntil } from './wait.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The simulator's token in every service process: production locks the simulator behind one. */
export const SERVICE_SIM_TOKEN = 'service-process-sim-token-0001';
/** Headers for the locked simulator's API, as outside test tools send them. */
export const SERVICE_SIM_HEADERS: Readonly<Record<string, string>> = { authorization: `Bearer ${SERVICE_SIM_TOKEN}` };

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServiceProcessOptions {
  /** What to poll before returning: /readyz by default; /healthz for a service that cannot be ready (no WhatsApp). */
  readyPath?: '/readyz' | '/healthz';
  /** Modules preloaded with --import before the entry. */
  imports?: string[];
  /** The entry, relative to `cwd`: `bot/main.ts` (run through tsx) by default; a `.js` runs without tsx. */
  script?: string;
  /** The working directory: the repository by default. */
  cwd?: string;
  timeoutMs?: number;
}

export async function startServiceProcess(env: Record<string, string>, options: ServiceProcessOptions = {}): Promise<ServiceProcess> {
  const port = await freeLoopbackPort();
  const script = options.script ?? 'bot/main.ts';
  const imports = [...(script.endsWith('.ts') ? ['tsx'] : []), ...(options.imports ?? [])].flatMap((m) => ['--import', m]);
  const child = spawn(process.execPath, [...imports, script], {
    cwd: options.cwd ?? root,
    // Production refuses to start without a data key: each service process gets a fresh one unless
    // given its own. The simulator is off in production unless enabled, and then needs its token.
    env: {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), DATA_KEY: randomBytes(32).toString('hex'),
      ...((env.NODE_ENV ?? 'production') === 'production' ? { SIM_ENABLED: 'true', SIM_TOKEN: SERVICE_SIM_TOKEN } : {}), ...env,
    },
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

/** Runs the service expecting it to refuse to start: resolves with its exit code and output. */
export async function runUntilExit(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(await freeLoopbackPort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output };
}
