import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How many times a rate-limited request is retried before giving up. */
const RATE_LIMIT_RETRIES = 2;

/**
 * Octokit as @actions/github builds it (proxy settings, user agent), against `GITHUB_API_URL`
 * (GitHub Enterprise Server too), with retries of transient errors and rate-limit throttling.
 */
export function createClient(token: string, apiUrl: string, logger: Logger): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      log: { debug: () => {}, info: () => {}, warn: (message: string) => logger.debug(message), error: (message: string) => logger.debug(message) },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warn(`GitHub API rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          logger.warn(`GitHub API secondary rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

export function repositoryCoordinates(repository: string | undefined): { owner: string; repo: string } {
  const [owner, repo] = (repository ?? '').split('/');
  if (!owner || !repo) throw new UsageError('GITHUB_REPOSITORY is not set (expected `owner/name`): is this running in GitHub Actions?');
  return { owner, repo };
}
