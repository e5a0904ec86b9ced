// The build: `npm run build` compiles the service to JavaScript (with its Lua scripts and the
// simulator page), and `npm start` runs that JavaScript under plain node. The compiled service is
// started here as production installs it, with only the production dependencies resolvable (no
// tsx, no pino-pretty), and must answer /readyz, serve the simulator page and take a message.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';
import { waitUntil } from '../support/wait.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const DEV_ONLY = ['tsx', 'pino-pretty'];

// A production install in miniature: the build output, package.json, and node_modules holding
// links to the production dependencies only.
const installDir = mkdtempSync(join(tmpdir(), 'loket-build-'));
const started: ServiceProcess[] = [];

afterAll(async () => {
  await Promise.all(started.map((s) => s.kill('SIGTERM')));
  rmSync(installDir, { recursive: true, force: true });
});

function linkProductionDependencies(): void {
  writeFileSync(join(installDir, 'package.json'), readFileSync(join(root, 'package.json')));
  for (const name of Object.keys(pkg.dependencies)) {
    const link = join(installDir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
}

describe('build and start', () => {
  it('keeps tsx and pino-pretty out of production, and npm start on the compiled JavaScript', () => {
    for (const name of DEV_ONLY) {
      expect(pkg.dependencies).not.toHaveProperty(name);
      expect(pkg.devDependencies).toHaveProperty(name);
    }
    expect(pkg.scripts.start).toMatch(/^(exec )?node (--[\w-]+ )*dist\/bot\/main\.js$/);
    expect(pkg.scripts.build).toBeDefined();
  });

  it('builds to dist/ with the Lua scripts and the simulator page, and the compiled service starts without dev dependencies', async () => {
    await promisify(execFile)(process.execPath, [join(root, 'scripts/build.mjs'), join(installDir, 'dist')], { cwd: root }).catch((err: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    });
    linkProductionDependencies();
    const main = join(installDir, 'dist/bot/main.js');
    // The check below means something only if the development tools are out of reach.
    for (const name of DEV_ONLY) expect(() => createRequire(main).resolve(name)).toThrow();

    const service = await startServiceProcess({
      NODE_OPTIONS: '',
      // Development: pretty logs are asked for, and without pino-pretty they are JSON.
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('build-start'),
      DATA_DIR: join(installDir, 'data'),
      DATA_KEY: randomBytes(32).toString('hex'),
    }, { script: 'dist/bot/main.js', cwd: installDir });
    started.push(service);

    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(200);
    expect((await fetch(`${service.url}/sim`)).status).toBe(200);
    expect((await fetch(`${service.url}/sim/assets/app.js`)).status).toBe(200);

    // A message through the inbox and the simulator's outbox: their Lua scripts were copied.
    const from = '6281234500077';
    const accepted = await fetch(`${service.url}/sim/inbound`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, text: 'halo' }),
    });
    expect(accepted.status).toBe(202);
    await waitUntil(async () => {
      const res = await fetch(`${service.url}/sim/outbox?chat=${from}&wait=1000`);
      return ((await res.json()) as { messages: unknown[] }).messages.length > 0;
    }, 15_000, 'a reply in the outbox');

    expect(service.child.spawnargs.join(' ')).not.toContain('tsx');
    const lines = service.output().split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  }, 60_000);
});
