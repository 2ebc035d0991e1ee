import { describe, expect, it } from 'vitest';
import { inheritedEnvironment } from './app-process.js';

describe('inheritedEnvironment', () => {
  it('keeps what a process needs and drops credentials and the Actions runtime', () => {
    const env = inheritedEnvironment({
      PATH: '/usr/bin', HOME: '/home/runner', VIRTUAL_ENV: '/venv', NODE_PATH: '/nm',
      GITHUB_TOKEN: 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', INPUT_GITHUB_TOKEN: 'x',
      AWS_SECRET_ACCESS_KEY: 'x', DB_PASSWORD: 'x', OPENAI_API_KEY: 'x', UNSET: undefined,
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/runner', VIRTUAL_ENV: '/venv', NODE_PATH: '/nm' });
  });
});
