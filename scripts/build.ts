// `npm run build`: dist/chrome and dist/firefox, each zipped for its store.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

for (const [mode, dir] of [
  ['production', 'chrome'],
  ['firefox', 'firefox'],
] as const) {
  await build({ mode, logLevel: 'warn' });
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${dir}`, '--artifacts-dir', 'dist', '--filename', `empathy-coach-${dir}-${version}.zip`, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/${dir}  dist/empathy-coach-${dir}-${version}.zip`);
}
