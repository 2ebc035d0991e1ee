import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ACTION = path.join(ROOT, 'dist', 'index.js');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Dana Developer',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Developer',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir(),
};

export function gitIn(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV, ...env }, encoding: 'utf8' }).trim();
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
}

export function temporaryDirectory(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `cg-${prefix}-`));
}

/** A small FastAPI backend: the base of every test repository. */
export const BASE_APP: Record<string, string> = {
  'requirements.txt': 'fastapi==0.110.0\nsqlalchemy==2.0.29\nuvicorn==0.29.0\n',
  'app/__init__.py': '',
  'app/db.py': [
    'from sqlalchemy import create_engine',
    'from sqlalchemy.orm import sessionmaker',
    '',
    'engine = create_engine("postgresql://localhost/shop")',
    'SessionLocal = sessionmaker(bind=engine)',
    '',
  ].join('\n'),
  'app/models.py': [
    'from sqlalchemy import Column, Integer, String, ForeignKey',
    'from sqlalchemy.orm import declarative_base, relationship',
    '',
    'Base = declarative_base()',
    '',
    'class Customer(Base):',
    '    __tablename__ = "customers"',
    '    id = Column(Integer, primary_key=True)',
    '    name = Column(String)',
    '    orders = relationship("Order", back_populates="customer")',
    '',
    'class Order(Base):',
    '    __tablename__ = "orders"',
    '    id = Column(Integer, primary_key=True)',
    '    customer_id = Column(Integer, ForeignKey("customers.id"))',
    '    customer = relationship("Customer", back_populates="orders")',
    '',
  ].join('\n'),
  'app/main.py': [
    'from fastapi import FastAPI',
    'from app.db import SessionLocal',
    'from app.models import Customer',
    '',
    'app = FastAPI()',
    '',
    '@app.get("/health")',
    'def health():',
    '    return {"ok": True}',
    '',
  ].join('\n'),
};

/** The change under review: an N+1 query (lazy loads in a loop) and raw SQL built by string formatting. */
export const DEFECTIVE_CHANGE: Record<string, string> = {
  'app/main.py': [
    BASE_APP['app/main.py']!,
    '@app.get("/customers")',
    'def list_customers(name: str):',
    '    session = SessionLocal()',
    '    rows = session.execute(f"SELECT * FROM customers WHERE name = \'{name}\'")',
    '    customers = session.query(Customer).all()',
    '    return [{"id": c.id, "orders": [o.id for o in c.orders]} for c in customers]',
    '',
  ].join('\n'),
};

export interface TestRepository {
  /** Bare repository acting as `origin`. */
  origin: string;
  /** The checkout the action runs in. */
  checkout: string;
  base: string;
  head: string;
}

/**
 * origin with a base commit and a head commit (by `headAuthor`, with `headMessage`), and a
 * checkout of it: shallow (depth 1 at the head, like actions/checkout's default) or full.
 */
export function createRepository(options: { shallow?: boolean; headMessage?: string; headEnv?: Record<string, string>; change?: Record<string, string> } = {}): TestRepository {
  const root = temporaryDirectory('repo');
  const work = path.join(root, 'work');
  const origin = path.join(root, 'origin.git');
  mkdirSync(work);
  gitIn(work, ['init', '--quiet', '--initial-branch=main']);
  writeFiles(work, BASE_APP);
  gitIn(work, ['add', '-A']);
  gitIn(work, ['commit', '--quiet', '-m', 'Base app']);
  const base = gitIn(work, ['rev-parse', 'HEAD']);
  gitIn(work, ['checkout', '--quiet', '-b', 'feature']);
  writeFiles(work, options.change ?? DEFECTIVE_CHANGE);
  gitIn(work, ['add', '-A']);
  gitIn(work, ['commit', '--quiet', '-m', options.headMessage ?? 'List customers'], options.headEnv);
  const head = gitIn(work, ['rev-parse', 'HEAD']);
  gitIn(root, ['clone', '--quiet', '--bare', work, origin]);
  gitIn(origin, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const checkout = path.join(root, 'checkout');
  if (options.shallow) {
    gitIn(root, ['clone', '--quiet', '--no-local', '--depth=1', '--branch=feature', `file://${origin}`, checkout]);
  } else {
    gitIn(root, ['clone', '--quiet', '--branch=feature', origin, checkout]);
  }
  return { origin, checkout, base, head };
}

/**
 * The checkout actions/checkout makes for a pull_request event: the PR's merge commit
 * (`refs/pull/<n>/merge`) at depth 1, after the base branch moved on since the PR branched off.
 * Returns the repository with `base` = the base branch's tip (what the event says) and
 * `forkPoint` = where the PR left it.
 */
export function createPullRequestCheckout(): TestRepository & { forkPoint: string; merge: string } {
  const repository = createRepository();
  const work = path.join(path.dirname(repository.origin), 'work');
  gitIn(work, ['checkout', '--quiet', 'main']);
  writeFiles(work, { 'README.md': 'Shop service\n' });
  gitIn(work, ['add', '-A']);
  gitIn(work, ['commit', '--quiet', '-m', 'Docs on main']);
  const baseTip = gitIn(work, ['rev-parse', 'HEAD']);
  gitIn(work, ['merge', '--quiet', '--no-ff', '-m', 'Merge feature into main', 'feature']);
  const merge = gitIn(work, ['rev-parse', 'HEAD']);
  gitIn(work, ['push', '--quiet', repository.origin, `${baseTip}:refs/heads/main`, `${merge}:refs/pull/7/merge`]);
  const checkout = path.join(path.dirname(repository.origin), 'pr-checkout');
  mkdirSync(checkout);
  gitIn(checkout, ['init', '--quiet']);
  gitIn(checkout, ['remote', 'add', 'origin', `file://${repository.origin}`]);
  gitIn(checkout, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge']);
  gitIn(checkout, ['checkout', '--quiet', '--detach', 'refs/remotes/pull/7/merge']);
  return { ...repository, checkout, forkPoint: repository.base, base: baseTip, merge };
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== match[2]; index++) value.push(lines[index]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** Runs dist/index.js as the runner would: GITHUB_* environment, INPUT_* variables, files for outputs and summary. */
export async function runAction(options: {
  apiUrl: string;
  workspace: string;
  eventName: string;
  payload: unknown;
  sha: string;
  ref?: string;
  inputs?: Record<string, string>;
}): Promise<ActionRun> {
  const runner = temporaryDirectory('runner');
  const eventPath = path.join(runner, 'event.json');
  const outputPath = path.join(runner, 'output');
  const summaryPath = path.join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    mode: 'auto',
    'github-token': 'ghs_faketoken1234567890',
    'working-directory': '.',
    'report-path': 'constraint-gate-report.json',
    'sarif-path': 'constraint-gate.sarif',
    'allow-untrusted-code': 'false',
    ...options.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: os.tmpdir(),
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref ?? 'refs/heads/feature',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner,
    GIT_CONFIG_NOSYSTEM: '1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
  };
}

export function pullRequestPayload(repository: TestRepository, options: { number?: number; labels?: string[]; branch?: string; fork?: boolean } = {}) {
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      commits: 1,
      labels: (options.labels ?? []).map((name) => ({ name })),
      base: { sha: repository.base, ref: 'main', repo: { full_name: 'acme/shop' } },
      head: { sha: repository.head, ref: options.branch ?? 'feature', repo: { full_name: options.fork ? 'stranger/shop' : 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}
