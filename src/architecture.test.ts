import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsWorkspace } from './io/fs-workspace.js';
import { buildSourceModel } from './source/build-model.js';

/**
 * The project's own architecture, checked with its own source model: the analysis core takes data
 * and returns data; only the edges touch GitHub, the environment, child processes and the disk.
 */
const EDGE = [/^src\/cli(\.ts|\/)/, /^src\/action\.ts$/, /^src\/github\//, /^src\/git\//, /^src\/io\//, /^src\/contract\/live\//];
const CORE = [/^src\/(core|config|detect|source|rules|contract|score|engine|report)\//];
const EDGE_PACKAGES = new Set(['@actions/core', '@actions/github', '@octokit/rest', 'execa', 'newman', 'node:child_process', 'child_process']);
/** Source without comments and string literals: the core may talk about `process.env` in analysed code. */
const codeOnly = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
const isTestCode = (file: string) => /\.test\.ts$/.test(file) || /\/testing\//.test(file);

describe('architecture', async () => {
  const root = path.resolve(import.meta.dirname, '..');
  const workspace = fsWorkspace(root, { include: ['src/**/*.ts'] });
  const model = await buildSourceModel(workspace, { workers: 0 });
  const coreFiles = [...model.files.keys()].filter((file) => CORE.some((pattern) => pattern.test(file)) && !EDGE.some((pattern) => pattern.test(file)) && !isTestCode(file));

  it('sees the code it checks', () => {
    expect(coreFiles.length).toBeGreaterThan(50);
    expect(model.graph.edgesFrom('src/engine/analyse.ts').some((edge) => edge.to === 'src/detect/detect-projects.ts')).toBe(true);
  });

  it('keeps the core free of edge modules and edge packages', () => {
    const violations = coreFiles.flatMap((file) =>
      model.graph
        .edgesFrom(file)
        .filter((edge) => !edge.typeOnly && ((edge.to && EDGE.some((pattern) => pattern.test(edge.to!))) || (edge.package && EDGE_PACKAGES.has(edge.package))))
        .map((edge) => `${file}:${edge.line} imports ${edge.to ?? edge.specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it('keeps process.env and the console out of the core', () => {
    const violations = coreFiles.filter((file) => /\bprocess\.env\b|\bconsole\.(log|warn|error|info)\(/.test(codeOnly(workspace.readText(file) ?? '')));
    expect(violations).toEqual([]);
  });
});
