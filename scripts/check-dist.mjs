// Fails when dist/ differs from what the sources build: the committed bundle must be fresh.
import { execFileSync } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { encoding: 'utf8' });
if (status.trim()) {
  console.error('dist/ is stale: rebuild with `npm run build` and commit dist/ with the sources.\n');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ matches the sources.');
