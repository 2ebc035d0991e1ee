import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/logger.js';
import { FakeGitHub } from '../../test/github/fake-github.js';
import { COMMENT_MARKER } from '../report/github-comment.js';
import { createClient } from './client.js';
import { findStickyComment, upsertStickyComment } from './sticky-comment.js';

describe('the sticky comment against the fake GitHub', () => {
  const github = new FakeGitHub();
  beforeAll(() => github.start());
  afterAll(() => github.stop());

  it('finds the bot\'s marked comment across pages and updates it instead of adding one', async () => {
    github.pageSize = 2;
    const human = { login: 'dana', type: 'User' };
    github.comments.push(
      { id: 1, issue: 4, body: 'LGTM', user: human },
      { id: 2, issue: 4, body: `${COMMENT_MARKER}\nquoted by a human`, user: human },
      { id: 3, issue: 4, body: 'another', user: human },
      { id: 4, issue: 4, body: `${COMMENT_MARKER}\nold report`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 5, issue: 9, body: `${COMMENT_MARKER}\nother PR`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    );
    const client = createClient('token', github.url, silentLogger);
    const target = { owner: 'acme', repo: 'shop', issueNumber: 4 };
    const existing = await findStickyComment(client, target);
    expect(existing).toEqual({ id: 4, body: `${COMMENT_MARKER}\nold report` });
    expect(github.find('GET', /\/issues\/4\/comments$/).length).toBeGreaterThan(1);
    expect(await upsertStickyComment(client, target, existing, `${COMMENT_MARKER}\nnew report`)).toBe('updated');
    expect(github.comments.filter((comment) => comment.issue === 4)).toHaveLength(4);
    expect(github.comments.find((comment) => comment.id === 4)!.body).toBe(`${COMMENT_MARKER}\nnew report`);
    expect(await findStickyComment(client, { ...target, issueNumber: 10 })).toBeUndefined();
    expect(await upsertStickyComment(client, { ...target, issueNumber: 10 }, undefined, `${COMMENT_MARKER}\nfirst`)).toBe('created');
  });
});
