import type { ChangedFile } from '../core/change.js';
import { git } from './git.js';

/** Parses `git diff --unified=0 --no-color -M` output into the added/modified line numbers of each file. */
export function parseUnifiedDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let current: ChangedFile | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { path: '', status: 'modified', addedLines: [] };
      files.push(current);
      continue;
    }
    if (!current) continue;
    if (line.startsWith('new file mode')) current.status = 'added';
    else if (line.startsWith('deleted file mode')) current.status = 'deleted';
    else if (line.startsWith('rename from ')) {
      current.status = 'renamed';
      current.previousPath = unquote(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) current.path = unquote(line.slice('rename to '.length));
    else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target !== '/dev/null') current.path = unquote(target).replace(/^b\//, '');
    } else if (line.startsWith('--- ') && current.status === 'deleted') {
      current.path = unquote(line.slice(4)).replace(/^a\//, '');
    } else if (line.startsWith('@@')) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      for (let offset = 0; offset < count; offset++) current.addedLines.push(start + offset);
    }
  }
  return files.filter((file) => file.path !== '');
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  // git quotes paths with special characters C-style.
  return JSON.parse(path.replace(/\\([0-7]{3})/g, (_, octal: string) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

export async function changedFiles(dir: string, base: string, head: string): Promise<ChangedFile[]> {
  const diff = await git(dir, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '-M', base, head]);
  return parseUnifiedDiff(diff ?? '');
}
