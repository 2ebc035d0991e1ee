import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../core/types.js';

/** A contract finding; the fingerprint hangs on the rule and a stable key (the operation), not on the line. */
export function contractFinding(
  ruleId: string,
  severity: Severity,
  file: string,
  line: number,
  message: string,
  stableKey = message,
): Finding {
  return {
    ruleId,
    category: 'contract',
    severity,
    file,
    line,
    endLine: line,
    message,
    aiAuthored: false,
    fingerprint: createHash('sha1').update(`${ruleId}\0${stableKey.replace(/\s+/g, ' ')}`).digest('hex').slice(0, 16),
  };
}
