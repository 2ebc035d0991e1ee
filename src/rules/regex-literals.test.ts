import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './regex-literals.js';

describe('requiredLiterals', () => {
  it('keeps the literal runs every match contains', () => {
    expect(requiredLiterals('(^|\\.)objects(\\.|$)')).toEqual([['objects']]);
    expect(requiredLiterals('(^|[^.\\w])joinedload\\(\\s*(\\w+\\.)*\\w*[^\\Wsiu]s\\s*[,)]')).toEqual([['joinedload(']]);
    expect(requiredLiterals('^urllib\\.request$')).toEqual([['urllib.request']]);
  });

  it('turns an alternation into one any-of set and expands small classes', () => {
    expect(requiredLiterals('^(async_)?sessionmaker$')).toEqual([['sessionmaker']]);
    expect(requiredLiterals('\\b(Depends|Security)\\(|\\brequest\\b')).toEqual([['Depends(', 'Security(', 'request']]);
    expect(requiredLiterals('[Ss]ession_?[Ll]ocal')[0]).toContain('Session_Local');
  });

  it('requires nothing of what may match empty or is not understood', () => {
    expect(requiredLiterals('(abc)*')).toEqual([]);
    expect(requiredLiterals('a.c')).toEqual([]);
    expect(requiredLiterals('(?=select)\\w+')).toEqual([]);
    expect(requiredLiterals('(abc')).toEqual([]);
    expect(requiredLiterals('abc|.')).toEqual([]);
  });

  it('every listed literal set is satisfied by texts the regex matches', () => {
    const cases: [string, string[]][] = [
      ['(^|\\.)objects(\\.|$)', ['User.objects', 'objects.filter', 'x.objects.all']],
      ['^(db|session|db_session|sess|db\\.session)$', ['db_session', 'session']],
      ['commit\\s*=\\s*False', ['commit = False', 'commit=False']],
      ['"[^"]*"|\'[^\']*\'', ['"x"']],
      ['(^|_)engine$', ['engine', 'read_engine']],
      ['x{2,}yz+', ['xxyzz']],
    ];
    for (const [source, texts] of cases) {
      const regex = new RegExp(source);
      for (const text of texts) {
        expect(regex.test(text)).toBe(true);
        for (const set of requiredLiterals(source)) expect(set.some((literal) => text.includes(literal)), `${source} on ${text}`).toBe(true);
      }
    }
  });
});
