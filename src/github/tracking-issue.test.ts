import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logger.js';
import { FakeGitHub } from '../../test/github/fake-github.js';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { parseHistory } from '../report/github-tracking-issue.js';
import { createClient } from './client.js';
import { updateTrackingIssue } from './tracking-issue.js';

describe('updateTrackingIssue against the fake GitHub', () => {
  const github = new FakeGitHub();
  beforeAll(() => github.start());
  afterAll(() => github.stop());

  it('creates the issue, updates it with a growing history, closes it when clean and reopens it', async () => {
    // A page size of 1 makes the issue listing paginate.
    github.pageSize = 1;
    github.issues.push({ number: 1, title: 'other', body: 'x', state: 'open', labels: [{ name: 'constraint-gate' }] });
    const client = createClient('token', github.url, silentLogger);
    const target = { owner: 'acme', repo: 'shop' };
    const dirty = handWrittenReport(manyFindings(3));
    const clean = handWrittenReport([]);
    const at = (day: number) => ({ date: new Date(Date.UTC(2026, 10, day)) });

    expect(await updateTrackingIssue(client, target, clean, at(1))).toEqual({ action: 'unchanged', runs: 0 });
    const created = await updateTrackingIssue(client, target, dirty, at(2));
    expect(created).toMatchObject({ action: 'created', runs: 1 });
    expect(github.issues).toHaveLength(2);
    expect(github.find('POST', /\/issues$/)[0]!.body.labels).toEqual(['constraint-gate']);
    expect(await updateTrackingIssue(client, target, dirty, at(3))).toMatchObject({ action: 'updated', number: created.number, runs: 2 });
    expect(await updateTrackingIssue(client, target, clean, at(4))).toMatchObject({ action: 'closed', runs: 3 });
    const issue = github.issues.find((candidate) => candidate.number === created.number)!;
    expect(issue.state).toBe('closed');
    expect(await updateTrackingIssue(client, target, dirty, at(5))).toMatchObject({ action: 'reopened', runs: 4 });
    expect(issue.state).toBe('open');
    expect(parseHistory(issue.body).map((entry) => [entry.date.slice(0, 10), entry.score])).toEqual([
      ['2026-11-02', dirty.score],
      ['2026-11-03', dirty.score],
      ['2026-11-04', 100],
      ['2026-11-05', dirty.score],
    ]);
    expect(github.issues).toHaveLength(2);
    expect(github.find('GET', /\/issues$/).some((request) => request.query.page === '2')).toBe(true);
  });
});
