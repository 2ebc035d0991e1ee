import { describe, expect, it } from 'vitest';
import { planRun } from './event.js';

const base = 'a'.repeat(40);
const head = 'b'.repeat(40);
const repository = { full_name: 'acme/shop', default_branch: 'main' };
const pullRequest = {
  number: 7,
  commits: 3,
  labels: [{ name: 'ai-generated' }],
  base: { sha: base, repo: { full_name: 'acme/shop' } },
  head: { sha: head, ref: 'copilot/x', repo: { full_name: 'fork/shop' } },
};

describe('planRun', () => {
  it('checks a pull request on base...head from the payload', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      expect(planRun({ eventName, payload: { pull_request: pullRequest, repository }, mode: 'auto', sha: 'm'.repeat(40) })).toMatchObject({
        mode: 'check',
        base,
        head,
        pullRequest: { number: 7, labels: ['ai-generated'], branch: 'copilot/x', commits: 3, fromFork: true },
      });
    }
  });

  it('checks a merge group on its base and head', () => {
    expect(planRun({ eventName: 'merge_group', payload: { merge_group: { base_sha: base, head_sha: head } }, mode: 'auto' })).toMatchObject({ mode: 'check', base, head });
  });

  it('checks a push on before..after; a new branch against the default branch; the first push of the default branch is audited', () => {
    expect(planRun({ eventName: 'push', payload: { ref: 'refs/heads/x', before: base, after: head, repository }, mode: 'auto' })).toMatchObject({ mode: 'check', base, head });
    const fresh = planRun({ eventName: 'push', payload: { ref: 'refs/heads/x', before: '0'.repeat(40), after: head, repository }, mode: 'auto' });
    expect(fresh).toMatchObject({ mode: 'check', head, defaultBranch: 'main' });
    expect(fresh).not.toHaveProperty('base');
    expect(planRun({ eventName: 'push', payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: head, repository }, mode: 'auto' })).toMatchObject({ mode: 'audit', sha: head });
    const forced = planRun({ eventName: 'push', payload: { ref: 'refs/heads/x', before: base, after: head, forced: true, repository }, mode: 'auto' });
    expect(forced).toMatchObject({ mode: 'check', head, defaultBranch: 'main' });
    expect(forced).not.toHaveProperty('base');
  });

  it('audits on schedule and workflow_dispatch with a tracking issue, other events without', () => {
    expect(planRun({ eventName: 'schedule', payload: {}, mode: 'auto', sha: head })).toMatchObject({ mode: 'audit', sha: head, trackingIssue: true });
    expect(planRun({ eventName: 'workflow_dispatch', payload: {}, mode: 'auto' })).toMatchObject({ mode: 'audit', trackingIssue: true });
    expect(planRun({ eventName: 'release', payload: {}, mode: 'auto' })).toMatchObject({ mode: 'audit', trackingIssue: false });
    expect(planRun({ eventName: 'pull_request', payload: { pull_request: pullRequest }, mode: 'audit' })).toMatchObject({ mode: 'audit', trackingIssue: false });
  });

  it('publishes from workflow_run with the PR and head from the event', () => {
    const payload = { workflow_run: { head_sha: head, head_branch: 'feature', head_repository: { owner: { login: 'fork' } }, pull_requests: [{ number: 9 }] } };
    expect(planRun({ eventName: 'workflow_run', payload, mode: 'auto' })).toEqual({ mode: 'publish', headSha: head, pullRequest: 9, headLookup: { owner: 'fork', branch: 'feature' } });
    expect(() => planRun({ eventName: 'pull_request', payload: { pull_request: pullRequest }, mode: 'publish' })).toThrow(/workflow_run/);
  });

  it('lets the base and head inputs win', () => {
    expect(planRun({ eventName: 'pull_request', payload: { pull_request: pullRequest }, mode: 'check', base: 'origin/release' })).toMatchObject({ base: 'origin/release', head });
    expect(planRun({ eventName: 'workflow_dispatch', payload: { repository }, mode: 'check', sha: head })).toMatchObject({ mode: 'check', head, defaultBranch: 'main' });
  });
});
