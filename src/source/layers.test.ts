import { describe, expect, it } from 'vitest';
import { CLEAN_LAYERS } from '../config/presets.js';
import { createLayerClassifier, globToRegExp } from './layers.js';

describe('globToRegExp', () => {
  it('matches **, *, ? and braces on whole paths', () => {
    expect(globToRegExp('**/routes/**').test('app/routes/users.py')).toBe(true);
    expect(globToRegExp('**/routes/**').test('routes/users.py')).toBe(true);
    expect(globToRegExp('**/routes/**').test('app/myroutes/users.py')).toBe(false);
    expect(globToRegExp('src/*.ts').test('src/a.ts')).toBe(true);
    expect(globToRegExp('src/*.ts').test('src/a/b.ts')).toBe(false);
    expect(globToRegExp('**/*.{test,spec}.*').test('src/a.spec.ts')).toBe(true);
    expect(globToRegExp('file?.py').test('file1.py')).toBe(true);
    expect(globToRegExp('**/models.py').test('models.py')).toBe(true);
  });
});

describe('layer classification', () => {
  const clean = createLayerClassifier('.', CLEAN_LAYERS);

  it('puts files in the clean layers by folder or module name', () => {
    expect(clean.layerOf('app/api/routes/users.py')).toBe('routes');
    expect(clean.layerOf('src/controllers/user.controller.ts')).toBe('routes');
    expect(clean.layerOf('app/services/user_service.py')).toBe('services');
    expect(clean.layerOf('app/services.py')).toBe('services');
    expect(clean.layerOf('src/repositories/userRepository.js')).toBe('repositories');
    expect(clean.layerOf('app/models/user.py')).toBe('models');
    expect(clean.layerOf('app/main.py')).toBeUndefined();
  });

  it('lets the folder or file nearest to the code win when several layers match', () => {
    expect(clean.layerOf('app/services/models.py')).toBe('models');
    expect(clean.layerOf('app/models/services/x.py')).toBe('services');
    expect(clean.layerOf('app/api/v1/repositories/users.py')).toBe('repositories');
  });

  it('classifies relative to the project root and ignores files outside it', () => {
    const nested = createLayerClassifier('backend', CLEAN_LAYERS);
    expect(nested.layerOf('backend/app/routes/x.py')).toBe('routes');
    expect(nested.layerOf('frontend/routes/x.ts')).toBeUndefined();
    const custom = createLayerClassifier('.', { domain: { paths: ['src/domain/**'], mayImport: [] }, web: { paths: ['src/web/**'], mayImport: ['domain'] } });
    expect(custom.layerOf('src/domain/order.ts')).toBe('domain');
    expect(custom.layerOf('lib/domain/order.ts')).toBeUndefined();
  });
});
