import { describe, expect, it } from 'vitest';
import { locateYamlPath } from './yaml-locate.js';

const text = `# comment
constraints:
  architecture: clean
  orm: sqlalchemy
projects:
  - root: services/api
    framework: fastapi
  - root: web
    constraints:
      orm: sequelize
rules:
  disable: [a, b]
`;

describe('locateYamlPath', () => {
  it('finds nested keys', () => {
    expect(locateYamlPath(text, ['constraints', 'orm'])).toEqual({ line: 4, column: 3 });
  });

  it('finds keys inside sequence items', () => {
    expect(locateYamlPath(text, ['projects', 1, 'constraints', 'orm'])).toEqual({ line: 10, column: 7 });
    expect(locateYamlPath(text, ['projects', 0, 'framework'])).toEqual({ line: 7, column: 5 });
    expect(locateYamlPath(text, ['projects', 1])).toEqual({ line: 8, column: 3 });
  });

  it('falls back to the deepest ancestor for flow collections', () => {
    expect(locateYamlPath(text, ['rules', 'disable', 1])).toEqual({ line: 12, column: 3 });
  });

  it('does not confuse a key with the same name at another depth', () => {
    expect(locateYamlPath('a:\n  orm: x\norm: y\n', ['orm'])).toEqual({ line: 3, column: 1 });
  });
});
