import { describe, expect, it } from 'vitest';
import { basePathOf, joinPaths, matchScore, structuralKey } from './path-template.js';

describe('structuralKey', () => {
  it('makes every framework parameter syntax the same', () => {
    const forms = ['/articles/{slug}/comments/{id}', '/articles/<slug>/comments/<int:id>', '/articles/:slug/comments/:id(\\d+)', '^articles/(?P<slug>[^/]+)/comments/(?P<id>[0-9]+)/$', '/articles/{slug}/comments/{id:int}'];
    for (const form of forms) expect(structuralKey(form)).toBe('/articles/{}/comments/{}');
  });

  it('ignores trailing slashes but keeps literals apart', () => {
    expect(structuralKey('/users/')).toBe(structuralKey('/users'));
    expect(structuralKey('/users/login')).not.toBe(structuralKey('/users/{id}'));
    expect(structuralKey('/')).toBe('/');
  });
});

describe('base paths', () => {
  it('takes the path of servers[0].url, absolute or relative', () => {
    expect(basePathOf('http://localhost:3000/api/')).toBe('/api');
    expect(basePathOf('{scheme}://api.example.com/v1')).toBe('/v1');
    expect(basePathOf('/api')).toBe('/api');
    expect(basePathOf('https://example.com')).toBe('');
    expect(basePathOf(undefined)).toBe('');
  });

  it('joins with one slash', () => {
    expect(joinPaths('/api', '/users')).toBe('/api/users');
    expect(joinPaths('/api/', 'users')).toBe('/api/users');
    expect(joinPaths('', '/users')).toBe('/users');
  });
});

describe('matchScore', () => {
  it('prefers the template with more literal segments', () => {
    expect(matchScore('/articles/feed', '/articles/feed')).toBe(2);
    expect(matchScore('/articles/{slug}', '/articles/feed')).toBe(1);
    expect(matchScore('/articles/{slug}', '/articles/a/b')).toBe(-1);
    expect(matchScore('/profiles/{name}', '/users/x')).toBe(-1);
  });
});
