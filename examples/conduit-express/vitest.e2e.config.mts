import { defineConfig } from 'vitest/config';

// `npm run e2e:conduit`: not part of `npm test` (it needs ../shared/conduit beside the repository).
export default defineConfig({
  test: {
    include: ['examples/conduit-express/*.e2e.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
