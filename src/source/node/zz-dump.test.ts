import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parseFileToFacts } from '../parse-file.js';
const p = (x: any) => x ? (x.value ?? (x.reference ? `{${x.reference}}` : `<${x.text}>`)) : '-';
it('dump', async () => {
  const app = process.env.APP!;
  for (const file of fg.sync(`test/apps/${app}/**/*.{js,ts}`, { ignore: ['**/node_modules/**'] }).sort()) {
    const out = await parseFileToFacts(file, readFileSync(file, 'utf8'));
    if (out.kind !== 'parsed') continue;
    const f = out.facts;
    const lines = [
      ...f.routers.map((r) => `router ${r.name}@${r.line} ${r.kind}${r.prefix ? ' prefix=' + p(r.prefix) : ''}${r.exportedAs ? ' exports=' + r.exportedAs.join(',') : ''}`),
      ...f.mounts.map((m) => `mount ${m.parent} <- ${m.child} at ${p(m.prefix)} @${m.line}`),
      ...f.routes.map((r) => `route ${r.method} ${p(r.path)} ${r.owner}@${r.line}${r.handler ? ` -> ${r.handler.name ?? 'fn'}:${r.handler.line}` : ''}`),
    ];
    if (lines.length) console.log(`  XX${JSON.stringify(file.replace(`test/apps/${app}/`, ""))}: [\n` + lines.map((l) => "  YY  " + JSON.stringify(l) + ",").join("\n") + "\n  YY],");
  }
});
