/** Secrets never reach a report: env values and Authorization header values are replaced before anything is printed. */

const MIN_SECRET_LENGTH = 4;

export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  const ordered = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const secret of ordered) masked = masked.split(secret).join('***');
  // Tokens the run never saw sent (e.g. one a login response returned) still look like tokens.
  return masked
    .replace(/((?:authorization|x-api-key|api[-_]?key)"?\s*[:=]\s*"?)(?:(?:bearer|token|basic)\s+)?[^\s",}]+/gi, '$1***')
    .replace(/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*"/gi, '$1***"');
}

/**
 * The values that are secret in a run: every env value given to the app (bare numbers and booleans
 * excepted, or every port in every URL would be masked), globals whose names say they are secret,
 * and each part of an Authorization header.
 */
export function secretsOf(env: Record<string, string>, globals: Record<string, string> = {}, headerValues: readonly string[] = []): string[] {
  const fromEnv = Object.values(env).filter((value) => !/^(?:\d+|true|false|yes|no|on|off)$/i.test(value));
  const fromGlobals = Object.entries(globals).filter(([name]) => /pass|secret|token|key|auth/i.test(name)).map(([, value]) => value);
  const fromHeaders = headerValues.flatMap((value) => [value, value.replace(/^\S+\s+/, '')]);
  return [...fromEnv, ...fromGlobals, ...fromHeaders].filter((value) => value.length >= MIN_SECRET_LENGTH);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
