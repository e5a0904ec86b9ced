// `npm run build`: compiles the service (bot/, flows/, workers/; no tests) to <outDir> with
// tsconfig.build.json, then copies every other file of those folders (the Lua scripts, the
// simulator page) to the same relative path, so code that loads `new URL('./x.lua',
// import.meta.url)` finds it next to the compiled .js. `npm start` runs <outDir>/bot/main.js.
// Usage: node scripts/build.mjs [outDir]   (default: dist; emptied first)
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = resolve(root, process.argv[2] ?? 'dist');
const SOURCE_DIRS = ['bot', 'flows', 'workers'];

/** Every file under `dir` that tsc does not handle (not .ts), skipping dotfiles. */
function* assets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(path);
    else if (entry.isFile() && !entry.name.endsWith('.ts')) yield path;
  }
}

const within = (path, dir) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
if (within(root, outDir) || SOURCE_DIRS.some((d) => within(outDir, join(root, d)))) {
  process.stderr.write(`build: refusing to empty ${outDir}, which holds the sources\n`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0) {
  process.stderr.write(`\nbuild failed: tsc exited with ${compiled.status ?? compiled.signal}\n`);
  process.exit(1);
}

let copied = 0;
for (const dir of SOURCE_DIRS) {
  for (const file of assets(join(root, dir))) {
    cpSync(file, join(outDir, relative(root, file)));
    copied += 1;
  }
}
process.stdout.write(`built ${relative(root, outDir) || '.'}: compiled TypeScript and ${copied} other files (Lua scripts, simulator page)\n`);
