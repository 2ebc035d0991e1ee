import { describe, expect, it } from 'vitest';
import { absoluteRoutePath, joinRoutePath, normalizeRoutePath } from './route-path.js';

describe('joinRoutePath', () => {
  it('puts exactly one slash between non-empty parts', () => {
    expect(joinRoutePath('/api', '/users')).toBe('/api/users');
    expect(joinRoutePath('/api/', '/users')).toBe('/api/users');
    expect(joinRoutePath('catalog/', 'books/')).toBe('catalog/books/');
    expect(joinRoutePath('/api/users', '/')).toBe('/api/users/');
  });

  it('keeps the other part when one is empty', () => {
    expect(joinRoutePath('/orders', '')).toBe('/orders');
    expect(joinRoutePath('', 'books/')).toBe('books/');
    expect(absoluteRoutePath('')).toBe('/');
  });
});

describe('normalizeRoutePath', () => {
  it('writes every parameter syntax as {name}', () => {
    expect(normalizeRoutePath('/users/<int:user_id>')).toBe('/users/{user_id}');
    expect(normalizeRoutePath('/users/<user_id>/')).toBe('/users/{user_id}');
    expect(normalizeRoutePath('/users/:userId')).toBe('/users/{userId}');
    expect(normalizeRoutePath('/files/{path:path}')).toBe('/files/{path}');
    expect(normalizeRoutePath('/notes/{id:\\d+}')).toBe('/notes/{id}');
    expect(normalizeRoutePath('books/(?P<pk>[0-9]+)/')).toBe('/books/{pk}');
    expect(normalizeRoutePath('^books/(?P<pk>[^/.]+)/$')).toBe('/books/{pk}');
    expect(normalizeRoutePath('/a/:id?')).toBe('/a/{id}');
  });

  it('drops trailing and repeated slashes but keeps the root', () => {
    expect(normalizeRoutePath('/')).toBe('/');
    expect(normalizeRoutePath('')).toBe('/');
    expect(normalizeRoutePath('/api//users/')).toBe('/api/users');
  });
});
