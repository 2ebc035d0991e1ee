/**
 * Routes of the contract fixture apps, read from their source with a few patterns. The contract
 * code receives routes from the source model's `composeRoutes`; these tests only need the
 * fixtures' own simple shapes (Flask method decorators, one Express router mounted on a prefix),
 * and they must follow edits the tests make to copies of the apps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractRoute } from '../../src/contract/route.js';

export function flaskRoutes(appDir: string, file = 'app.py'): ContractRoute[] {
  const lines = readFileSync(join(appDir, file), 'utf8').split('\n');
  const routes: ContractRoute[] = [];
  lines.forEach((text, index) => {
    const match = /^@app\.(get|post|put|patch|delete)\(\s*["']([^"']+)["']/.exec(text);
    if (!match) return;
    const handlerIndex = lines.findIndex((candidate, at) => at > index && /^def \w+/.test(candidate));
    const name = /^def (\w+)/.exec(lines[handlerIndex] ?? '')?.[1];
    routes.push({
      method: match[1]!.toUpperCase(),
      path: match[2]!,
      partial: false,
      framework: 'flask',
      file,
      line: index + 1,
      handler: { file, line: handlerIndex + 1, ...(name ? { name } : {}) },
    });
  });
  return routes;
}

export function expressRoutes(appDir: string, file = 'app.js'): ContractRoute[] {
  const text = readFileSync(join(appDir, file), 'utf8');
  const prefix = /app\.use\(\s*['"]([^'"]+)['"]\s*,\s*router\s*\)/.exec(text)?.[1] ?? '';
  const routes: ContractRoute[] = [];
  text.split('\n').forEach((line, index) => {
    const match = /^router\.(get|post|put|patch|delete)\(\s*['"]([^'"]+)['"]/.exec(line);
    if (!match) return;
    routes.push({
      method: match[1]!.toUpperCase(),
      path: `${prefix}${match[2]!}`,
      partial: false,
      framework: 'express',
      file,
      line: index + 1,
      handler: { file, line: index + 1 },
    });
  });
  return routes;
}
