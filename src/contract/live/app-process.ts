/**
 * EDGE: starts the app under test in its own process group (execa, detached), its stdout and
 * stderr going to one log file; polls its health URL; stops the whole group (SIGTERM, then
 * SIGKILL) and waits until the port is free again. Every app started here is also killed if this
 * process is interrupted or exits.
 */
import { execa } from 'execa';
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { AppStartPlan, RunningApp, StartOutcome } from '../runtime.js';

const POLL_MS = 150;
const STOP_GRACE_MS = 3000;

const running = new Set<number>();
let handlersInstalled = false;
let counter = 0;

export interface AppProcessOptions {
  /** Folder for the app's log file; the system temp folder when absent. */
  logDir?: string;
}

export async function startAppProcess(plan: AppStartPlan, options: AppProcessOptions = {}): Promise<StartOutcome> {
  const { hostname, port } = hostAndPort(plan.healthUrl);
  if (await isListening(hostname, port)) {
    return { ok: false, kind: 'port-in-use', message: `Port ${port} on ${hostname} is already in use before the app started, so the contract run would test some other server. Stop whatever listens there or change base-url.`, log: [] };
  }
  const logFile = join(options.logDir ?? tmpdir(), `constraint-gate-app-${process.pid}-${Date.now()}-${counter++}.log`);
  closeSync(openSync(logFile, 'w'));
  // execa reports spawn errors (missing shell, bad cwd) through the result, not by throwing.
  const subprocess = execa(plan.command, {
    shell: true,
    cwd: plan.cwd,
    env: { ...inheritedEnvironment(process.env), ...plan.env },
    extendEnv: false,
    detached: true,
    cleanup: false,
    reject: false,
    stdin: 'ignore',
    // Both streams append to the one log file, so a traceback stays next to the request lines around it.
    stdout: { file: logFile, append: true },
    stderr: { file: logFile, append: true },
  });
  const pgid = subprocess.pid;
  let exit: { code?: number | undefined; signal?: string | undefined; failure?: string } | undefined;
  void subprocess.then((result) => {
    exit = { code: result.exitCode, signal: result.signal, ...(result.failed && result.exitCode === undefined ? { failure: result.shortMessage } : {}) };
  });
  if (pgid !== undefined) track(pgid);
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter((line, index, all) => line !== '' || index < all.length - 1) : []);
  let stopped = false;
  const app: RunningApp = {
    logLines: readLog,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (pgid !== undefined) await stopGroup(pgid);
      await subprocess.catch(() => undefined);
      await waitUntil(async () => !(await isListening(hostname, port)), 3000);
    },
  };

  const deadline = Date.now() + plan.startTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) {
      await app.stop();
      const how = exit.failure ?? (exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`);
      return { ok: false, kind: 'exited', message: `The app started with \`${plan.command}\` ${how} before it answered on ${plan.healthUrl}.`, log: readLog() };
    }
    const status = await probe(plan.healthUrl);
    if (status !== undefined && (!plan.healthNeeds2xx || (status >= 200 && status < 300))) return { ok: true, app };
    await sleep(POLL_MS);
  }
  const lastStatus = await probe(plan.healthUrl);
  await app.stop();
  const answer = lastStatus === undefined ? 'it never answered' : `it last answered ${lastStatus}`;
  return { ok: false, kind: 'health-timeout', message: `The app started with \`${plan.command}\` was not ready within ${plan.startTimeoutMs} ms: ${plan.healthUrl} should answer 2xx but ${answer}.`, log: readLog() };
}

/**
 * The app under test is the pull request's code: it gets this process's environment (PATH, HOME,
 * a virtualenv...) without anything that looks like a credential, nor the Actions runtime's
 * tokens and inputs. What it really needs goes in the configuration's `env`.
 */
export function inheritedEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const secretName = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY|ACCESS_KEY|^INPUT_|^ACTIONS_|^NPM_CONFIG_/i;
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && !secretName.test(entry[0])));
}

/** Process ids in a group that are still alive (zombies excluded); Linux reads /proc, elsewhere a signal 0 probe. */
export function livingMembers(pgid: number): number[] {
  if (process.platform === 'linux' && existsSync('/proc')) {
    const members: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
      } catch {
        // the process ended while we looked
      }
    }
    return members;
  }
  try {
    process.kill(-pgid, 0);
    return [pgid];
  } catch {
    return [];
  }
}

/** Process groups started here that have not been stopped yet (for tests that check nothing is left). */
export function trackedGroups(): number[] {
  return [...running];
}

async function stopGroup(pgid: number): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const gone = await waitUntil(async () => livingMembers(pgid).length === 0, STOP_GRACE_MS);
  if (!gone) {
    signalGroup(pgid, 'SIGKILL');
    await waitUntil(async () => livingMembers(pgid).length === 0, STOP_GRACE_MS);
  }
  running.delete(pgid);
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already gone
  }
}

function track(pgid: number): void {
  running.add(pgid);
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const group of running) signalGroup(group, 'SIGKILL');
    running.clear();
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      killAll();
      process.removeListener(signal, onSignal);
      // Let the default behaviour (or the host's own handler) run now that the apps are gone.
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function hostAndPort(url: string): { hostname: string; port: number } {
  const parsed = new URL(url);
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  const hostname = parsed.hostname === 'localhost' ? '127.0.0.1' : parsed.hostname.replace(/^\[|\]$/g, '');
  return { hostname, port };
}

export function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function probe(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  } catch {
    return undefined;
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(50);
  }
  return condition();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
