// The roster file at start: a good one is loaded (and visible through the admin API), a bad one
// stops the start with a message that names the file and the entry, without personal data.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { testRedisUrl, uniquePrefix } from '../support/redis.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'loket-roster-'));
const TOKEN = 'test-admin-token-0123456789';
const started: ServiceProcess[] = [];

afterAll(async () => { await Promise.all(started.map((s) => s.kill('SIGTERM'))); });

function writeRoster(name: string, staff: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ staff }));
  return path;
}

const baseEnv = () => ({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: uniquePrefix('roster-start'), DATA_DIR: mkdtempSync(join(dir, 'data-')), ADMIN_TOKEN: TOKEN });

describe('roster file at start', () => {
  it('loads the people of ROSTER_FILE, listed by the admin API', async () => {
    const file = writeRoster('good.json', [
      { phone: '6281234500001', name: 'Vina Contoh', role: 'operator', areas: ['35.05.02.2007'] },
      { phone: '081234500005', name: 'Rudi Contoh', role: 'coordinator', areas: ['35.05'] },
    ]);
    const service = await startServiceProcess({ ...baseEnv(), ROSTER_FILE: file });
    started.push(service);
    const unauthorised = await fetch(`${service.url}/api/operators`);
    expect(unauthorised.status).toBe(401);
    const res = await fetch(`${service.url}/api/operators`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const body = (await res.json()) as { operators: { phone: string; role: string }[] };
    expect(body.operators.map((o) => [o.phone, o.role]).sort()).toEqual([['6281234500001', 'operator'], ['6281234500005', 'coordinator']]);
  }, 40_000);

  it('refuses to start on a bad entry, naming the file and the entry but no phone or name', async () => {
    const file = writeRoster('bad.json', [
      { phone: '6281234500001', name: 'Vina Contoh', role: 'operator', areas: ['35.05.02.2007'] },
      { phone: '6281234500002', name: 'Wati Contoh', role: 'kepala', areas: ['35.05.02.2007'] },
    ]);
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: root, env: { ...process.env, ...baseEnv(), ROSTER_FILE: file, PORT: '0', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(output).toContain(file);
    expect(output).toContain('staff[1].role');
    expect(output).not.toContain('6281234500002');
    expect(output).not.toContain('Wati');
  }, 40_000);
});
