import { UsageError } from '../core/errors.js';

export type ModeInput = 'auto' | 'check' | 'audit' | 'publish';

export interface PullRequestInfo {
  number: number;
  labels: string[];
  branch?: string;
  /** Commits in the PR, from the payload: how deep to fetch in a shallow checkout. */
  commits?: number;
  /** True when the head lives in another repository (a fork). */
  fromFork: boolean;
}

export interface CheckPlan {
  mode: 'check';
  /** The base commit; undefined when it must be found (a new branch: the merge-base with `defaultBranch`). */
  base?: string;
  head: string;
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
  /** One phrase for the log: what is being checked. */
  describe: string;
}

export interface AuditPlan {
  mode: 'audit';
  /** The commit the check run is attached to. */
  sha?: string;
  /** Scheduled and manual audits keep a tracking issue. */
  trackingIssue: boolean;
  describe: string;
}

export interface PublishPlan {
  mode: 'publish';
  headSha: string;
  pullRequest?: number;
  /** Used to find the PR of a fork, whose `workflow_run.pull_requests` GitHub leaves empty. */
  headLookup?: { owner: string; branch: string };
}

export type RunPlan = CheckPlan | AuditPlan | PublishPlan;

export interface EventContext {
  eventName: string;
  payload: Record<string, any>;
  /** GITHUB_SHA. */
  sha?: string;
  mode: ModeInput;
  /** `base`/`head` inputs, which win over the event. */
  base?: string;
  head?: string;
}

const ZERO_SHA = /^0+$/;
const CHECK_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push']);
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

function pullRequestPlan(payload: Record<string, any>): CheckPlan {
  const pr = payload.pull_request;
  if (!pr?.base?.sha || !pr?.head?.sha) throw new UsageError('The pull_request event payload has no base/head commits.');
  const baseRepo = pr.base.repo?.full_name;
  const headRepo = pr.head.repo?.full_name;
  return {
    mode: 'check',
    base: pr.base.sha,
    head: pr.head.sha,
    pullRequest: {
      number: pr.number,
      labels: (pr.labels ?? []).map((label: { name?: string }) => label.name ?? '').filter(Boolean),
      ...(pr.head.ref ? { branch: pr.head.ref } : {}),
      ...(typeof pr.commits === 'number' ? { commits: pr.commits } : {}),
      fromFork: Boolean(baseRepo && headRepo && baseRepo !== headRepo),
    },
    describe: `pull request #${pr.number} (${pr.base.sha.slice(0, 7)}...${pr.head.sha.slice(0, 7)})`,
  };
}

function pushPlan(payload: Record<string, any>, sha: string | undefined): CheckPlan | AuditPlan {
  const after: string | undefined = payload.after ?? sha;
  const before: string | undefined = payload.before;
  if (!after || ZERO_SHA.test(after)) {
    return { mode: 'audit', trackingIssue: false, describe: 'push that deleted a branch: nothing to check, auditing instead' };
  }
  const defaultBranch: string | undefined = payload.repository?.default_branch;
  if (!before || ZERO_SHA.test(before)) {
    // A new branch: compare with where it left the default branch. The first push of the
    // default branch itself has nothing to compare with, so the whole tree is audited.
    const ref: string = payload.ref ?? '';
    if (!defaultBranch || ref === `refs/heads/${defaultBranch}`) {
      return { mode: 'audit', sha: after, trackingIssue: false, describe: `first push of ${ref || 'the branch'}: auditing the whole tree` };
    }
    return { mode: 'check', head: after, defaultBranch, describe: `new branch ${ref} (${after.slice(0, 7)}) against ${defaultBranch}` };
  }
  if (payload.forced === true && defaultBranch && payload.ref !== `refs/heads/${defaultBranch}`) {
    // A force push may have dropped `before` from the history: compare with the default branch.
    return { mode: 'check', head: after, defaultBranch, describe: `force push to ${payload.ref} (${after.slice(0, 7)}) against ${defaultBranch}` };
  }
  return { mode: 'check', base: before, head: after, describe: `push ${before.slice(0, 7)}..${after.slice(0, 7)}` };
}

function publishPlan(eventName: string, payload: Record<string, any>): PublishPlan {
  const run = payload.workflow_run;
  if (eventName !== 'workflow_run' || !run?.head_sha) {
    throw new UsageError('`mode: publish` runs in a job triggered by `workflow_run` (it reads the PR and commit from that event).');
  }
  const number: unknown = run.pull_requests?.[0]?.number;
  const owner: unknown = run.head_repository?.owner?.login;
  return {
    mode: 'publish',
    headSha: run.head_sha,
    ...(typeof number === 'number' ? { pullRequest: number } : {}),
    ...(typeof owner === 'string' && typeof run.head_branch === 'string' ? { headLookup: { owner, branch: run.head_branch } } : {}),
  };
}

/** What this run does, decided from the event and the `mode`, `base` and `head` inputs. */
export function planRun(context: EventContext): RunPlan {
  const { eventName, payload, sha } = context;
  let plan: RunPlan;
  const mode = context.mode === 'auto' ? autoMode(eventName) : context.mode;
  if (mode === 'publish') return publishPlan(eventName, payload);
  if (mode === 'audit') {
    plan = { mode: 'audit', ...(sha ? { sha } : {}), trackingIssue: AUDIT_EVENTS.has(eventName), describe: `audit of ${sha?.slice(0, 7) ?? 'the checkout'}` };
  } else if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    plan = pullRequestPlan(payload);
  } else if (eventName === 'merge_group') {
    const group = payload.merge_group;
    if (!group?.base_sha || !group?.head_sha) throw new UsageError('The merge_group event payload has no base/head commits.');
    plan = { mode: 'check', base: group.base_sha, head: group.head_sha, describe: `merge group ${group.head_ref ?? group.head_sha.slice(0, 7)}` };
  } else if (eventName === 'push') {
    plan = pushPlan(payload, sha);
  } else {
    // `mode: check` on another event (a manual run): the inputs, else HEAD against the default branch.
    plan = {
      mode: 'check',
      head: context.head ?? sha ?? 'HEAD',
      ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
      describe: `${context.head ?? sha ?? 'HEAD'} against the default branch`,
    };
  }
  if (plan.mode === 'check' && (context.base || context.head)) {
    const head = context.head ?? plan.head;
    const base = context.base ?? plan.base;
    plan = { ...plan, head, ...(base ? { base } : {}), describe: `${base ?? 'default branch'}...${head} (from the inputs)` };
  }
  return plan;
}

function autoMode(eventName: string): 'check' | 'audit' | 'publish' {
  if (CHECK_EVENTS.has(eventName)) return 'check';
  if (eventName === 'workflow_run') return 'publish';
  return 'audit';
}
