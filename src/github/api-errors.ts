/** What a failed API call means for the user, with the `permissions:` entry that would fix it. */
export interface ApiProblem {
  status: number | undefined;
  message: string;
  /** e.g. `checks: write`, when the failure looks like a missing permission. */
  missingPermission?: string;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns an API error into one sentence. 403 on these endpoints means the token lacks the
 * permission (a fork's PR always gets a read-only token); 404 on a repository the run can read
 * means the same for fine-grained tokens; 401 means the token itself was rejected.
 */
export function describeApiError(error: unknown, action: string, permission: string): ApiProblem {
  const status = statusOf(error);
  const detail = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
  if (status === 401) {
    return { status, message: `Could not ${action}: GitHub rejected the token (401). Check the \`github-token\` input.` };
  }
  if (status === 403 && !/rate limit/i.test(detail)) {
    return {
      status,
      message: `Could not ${action}: the token is not allowed to (403). Add \`${permission}\` to the job's \`permissions:\`; pull requests from forks get a read-only token, see "Fork pull requests" in the README.`,
      missingPermission: permission,
    };
  }
  if (status === 404) {
    return {
      status,
      message: `Could not ${action}: not found (404). The token may lack \`${permission}\`, or the pull request, issue or commit does not exist in this repository.`,
      missingPermission: permission,
    };
  }
  return { status, message: `Could not ${action}: ${status ? `GitHub answered ${status}: ` : ''}${detail}` };
}
