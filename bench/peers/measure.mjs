// Runs one command the way the comparison times every tool: wall time, CPU time and peak memory
// of the whole process tree (Semgrep, for one, is a Python process driving a native one).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const SAMPLE_MS = 50;

/** The process and all its descendants (Linux /proc). */
function processTree(root) {
  const pids = [root];
  for (let index = 0; index < pids.length; index++) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pids[index]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${pids[index]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended between the two reads.
      }
    }
  }
  return pids;
}

function residentKiB(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs `command args` to completion. Returns wall seconds, CPU seconds (user + system of every
 * descendant, from /usr/bin/time), peak MiB (the larger of the sampled sum over the process tree
 * and the largest single process that /usr/bin/time saw), exit status, stdout and stderr.
 */
export function run(command, args, { cwd, env } = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'cg-peers-time-'));
  const timeFile = path.join(scratch, 'time');
  const [file, argv] = TIME ? [TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let peakKiB = 0;
    const sampler = setInterval(() => {
      const total = processTree(child.pid).reduce((sum, pid) => sum + residentKiB(pid), 0);
      peakKiB = Math.max(peakKiB, total);
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (status) => {
      const wall = (performance.now() - started) / 1000;
      clearInterval(sampler);
      let cpu;
      if (TIME && existsSync(timeFile)) {
        const fields = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        if (fields.length === 3 && fields.every(Number.isFinite)) {
          cpu = fields[0] + fields[1];
          peakKiB = Math.max(peakKiB, fields[2]);
        }
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ wall, cpu, peakMiB: peakKiB / 1024, status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runChecked(invocation) {
  if (invocation.prepare) await invocation.prepare();
  const result = await run(invocation.command, invocation.args, invocation);
  if (!invocation.okStatus.includes(result.status)) {
    throw new Error(`${invocation.command} ${invocation.args.join(' ')} exited ${result.status}\n${(result.stderr || result.stdout).slice(-2000)}`);
  }
  return result;
}

/**
 * Times several invocations in turn: one warm-up round, then `runs` rounds, each invocation once
 * per round (after its `prepare`, untimed), so a load that comes and goes on a shared machine
 * falls on every tool alike. Returns per invocation the medians and the last run (its output is
 * what gets scored: every tool here is deterministic).
 */
export async function timeInterleaved(invocations, { runs, onRun }) {
  const results = invocations.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [index, invocation] of invocations.entries()) {
      const result = await runChecked(invocation);
      if (round > 0) results[index].push(result);
      onRun?.(index, round, result);
    }
  }
  return results.map((list) => {
    const cpus = list.map((result) => result.cpu).filter((cpu) => cpu !== undefined);
    return {
      wall: median(list.map((result) => result.wall)),
      walls: list.map((result) => result.wall),
      cpu: cpus.length ? median(cpus) : undefined,
      peakMiB: median(list.map((result) => result.peakMiB)),
      last: list.at(-1),
    };
  });
}
