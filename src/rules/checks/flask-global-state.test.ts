import { describe, expect, it } from 'vitest';
import { findingsOf } from './django-check-testing.js';

const RULE = 'flask/request-state-in-module-global';
const code = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('flask/request-state-in-module-global', () => {
  it('finds handlers registered with add_url_rule and ignores nested functions and non-Flask files', async () => {
    const { at } = await findingsOf(RULE, {
      'app.py': code(
        'from flask import Flask, request',
        'app = Flask(__name__)',
        'seen = set()',
        'def track():',
        '    seen.add(request.remote_addr)',
        '    def later():',
        '        seen.clear()',
        '    return later',
        'app.add_url_rule("/track", view_func=track)',
      ),
      'worker.py': code('jobs = []', 'def run(request):', '    jobs.append(request)'),
    });
    expect(at).toEqual(['app.py:5']);
  });

  it('leaves names local to the handler and closures of an app factory alone', async () => {
    const { at } = await findingsOf(RULE, {
      'factory.py': code(
        'from flask import Flask',
        'cache = {}',
        'def create_app():',
        '    app = Flask(__name__)',
        '    store = {}',
        '    @app.get("/x")',
        '    def x():',
        '        store["k"] = 1',
        '        return "ok"',
        '    return app',
        'app = create_app()',
        '@app.get("/y")',
        'def y(cache):',
        '    cache["k"] = 1',
        '    for cache in []:',
        '        pass',
        '    return "ok"',
      ),
    });
    expect(at).toEqual([]);
  });
});
