import { describe, expect, it } from 'vitest';
import { isTestFile, nearestRoot, trapKindOf } from './paths.js';

describe('trapKindOf', () => {
  it('names the first trap folder on the path, never the file name', () => {
    expect(trapKindOf('dist/server.js')).toBe('compiled');
    expect(trapKindOf('src/generated/prisma/index.js')).toBe('generated');
    expect(trapKindOf('prisma/client/index.js')).toBe('generated');
    expect(trapKindOf('prisma/schema.prisma')).toBeUndefined();
    expect(trapKindOf('vendor/flask/app.py')).toBe('vendored');
    expect(trapKindOf('examples/tests/x.py')).toBe('auxiliary');
    expect(trapKindOf('src/routes/build.ts')).toBeUndefined();
    expect(trapKindOf('lib/db/client/index.js', new Set(['lib/db']))).toBe('generated');
  });
});

describe('isTestFile', () => {
  it('recognises pytest and JS test modules by name', () => {
    expect(['tests.py', 'a/test_x.py', 'a/x_test.py', 'conftest.py', 'a.test.ts', 'b.spec.js', 'c.e2e-spec.ts'].every(isTestFile)).toBe(true);
    expect(['testing.py', 'contest.py', 'latest.ts', 'spec.ts'].some(isTestFile)).toBe(false);
  });
});

describe('nearestRoot', () => {
  it('walks up to the closest root', () => {
    const roots = new Set(['.', 'services/api', 'web']);
    expect(nearestRoot('services/api/app/main.py', roots)).toBe('services/api');
    expect(nearestRoot('services/worker/main.py', roots)).toBe('.');
    expect(nearestRoot('web', roots)).toBe('.');
  });
});
