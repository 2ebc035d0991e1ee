import { describe, expect, it } from 'vitest';
import { describeApiError } from './api-errors.js';

const failure = (status: number, message: string) => Object.assign(new Error(message), { status });

describe('describeApiError', () => {
  it('names the missing permission on 403 and 404, and the token on 401', () => {
    expect(describeApiError(failure(403, 'Resource not accessible by integration'), 'create the check run', 'checks: write')).toEqual({
      status: 403,
      message: expect.stringContaining('Add `checks: write` to the job\'s `permissions:`'),
      missingPermission: 'checks: write',
    });
    expect(describeApiError(failure(404, 'Not Found'), 'update the tracking issue', 'issues: write')).toMatchObject({ missingPermission: 'issues: write' });
    const rejected = describeApiError(failure(401, 'Bad credentials'), 'create the check run', 'checks: write');
    expect(rejected.message).toMatch(/rejected the token \(401\).*`github-token`/);
    expect(rejected).not.toHaveProperty('missingPermission');
  });

  it('does not mistake a rate limit or a server error for a permission', () => {
    expect(describeApiError(failure(403, 'API rate limit exceeded'), 'x', 'checks: write')).not.toHaveProperty('missingPermission');
    expect(describeApiError(failure(502, 'Bad gateway'), 'create the check run', 'checks: write').message).toBe('Could not create the check run: GitHub answered 502: Bad gateway');
  });
});
