import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_SCHEMAS, serialiseSchema } from './generated-schemas.js';

describe('schemas/ shipped for editors', () => {
  for (const [name, schema] of Object.entries(GENERATED_SCHEMAS)) {
    it(`${name} matches its source (run \`npm run schemas\` after changing it)`, () => {
      const file = path.join(import.meta.dirname, '..', '..', 'schemas', name);
      expect(readFileSync(file, 'utf8')).toBe(serialiseSchema(schema));
    });
  }
});
