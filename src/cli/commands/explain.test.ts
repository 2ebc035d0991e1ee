import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../testing/cli-harness.js';

const app = path.join(import.meta.dirname, '..', '..', '..', 'test', 'apps', 'fastapi-src-layout');

const explain = (args: string[]) => runCaptured(['explain', app, ...args], app);

describe('explain', () => {
  it('shows routes with handlers, layers, models and database evidence as JSON', async () => {
    const { code, stdout } = await explain(['--format', 'json']);
    expect(code).toBe(0);
    const [project] = JSON.parse(stdout).projects;
    expect(project.project).toMatchObject({ root: '.', framework: 'fastapi', orm: 'sqlalchemy', database: 'postgres' });
    expect(project.routes).toContainEqual(
      expect.objectContaining({ method: 'GET', path: '/api/v1/orders/{order_id}/items', handler: expect.objectContaining({ file: 'src/shop/routes/orders.py', name: 'list_items' }) }),
    );
    expect(project.layering).toBe('clean-preset');
    expect(project.layers).toContainEqual({ file: 'src/shop/repositories/orders.py', layer: 'repositories' });
    expect(project.layers).toContainEqual({ file: 'src/shop/services/orders.py', layer: 'services' });
    const order = project.models.find((model: { name: string }) => model.name === 'Order');
    expect(order.relations).toContainEqual(expect.objectContaining({ name: 'items', target: 'OrderItem', lazy: 'raise' }));
    expect(project.database).toContainEqual(expect.objectContaining({ engine: 'postgres', kind: 'connection-url', file: 'src/shop/config.py' }));
  });

  it('prints a readable text table and rejects other formats', async () => {
    const text = await explain([]);
    expect(text.stdout).toMatch(/Routes \(\d+\):\n {4}GET {4}\/api\/v1\/customers {2,}src\/shop\/routes\/customers\.py:\d+ list_customers/);
    expect(text.stdout).toMatch(/Layers \(clean preset; no architecture declared\):/);
    expect((await explain(['--format', 'sarif'])).code).toBe(2);
  });
});
