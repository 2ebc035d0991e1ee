import { describe, expect, it } from 'vitest';
import { handWrittenReport, manyFindings } from '../../test/github/reports.js';
import { renderJson } from '../report/render-json.js';
import { neutraliseMentions, parseUntrustedReport } from './untrusted-report.js';

const withFile = (file: string) => {
  const report = handWrittenReport(manyFindings(1));
  report.findings[0]!.file = file;
  return renderJson(report);
};

describe('parseUntrustedReport', () => {
  it('accepts a report the tool wrote', () => {
    const report = handWrittenReport(manyFindings(5));
    expect(parseUntrustedReport(renderJson(report), 'r.json').findings).toHaveLength(5);
  });

  it.each(['../secrets.txt', 'app/../../x.py', '/etc/passwd', 'C:/x.py', '\\\\server\\share', 'app/\nx.py'])('refuses the path %j', (file) => {
    expect(() => parseUntrustedReport(withFile(file), 'r.json')).toThrow(/does not match the report schema: \/findings\/0\/file/);
  });

  it('accepts ordinary paths with dots', () => {
    expect(parseUntrustedReport(withFile('app/.hidden/..x/v1.2/a..b.py'), 'r.json').findings[0]!.file).toBe('app/.hidden/..x/v1.2/a..b.py');
  });

  it('refuses other shapes and non-JSON, naming the problem', () => {
    expect(() => parseUntrustedReport('{', 'r.json')).toThrow(/not valid JSON/);
    expect(() => parseUntrustedReport(JSON.stringify({ version: '2' }), 'r.json')).toThrow(/report schema/);
    const report = handWrittenReport(manyFindings(1));
    report.findings[0]!.ruleId = 'evil`id <img>';
    expect(() => parseUntrustedReport(renderJson(report), 'r.json')).toThrow(/ruleId must match pattern/);
  });

  it('makes mentions and issue references in the text inert', () => {
    const report = handWrittenReport(manyFindings(1));
    report.findings[0]!.message = 'ping @octocat about #12 (email a@b.c)';
    const parsed = parseUntrustedReport(renderJson(report), 'r.json');
    expect(parsed.findings[0]!.message).toBe(neutraliseMentions('ping @octocat about #12 (email a@b.c)'));
    expect(parsed.findings[0]!.message).not.toMatch(/@octocat|#12/);
  });
});
