import { describe, expect, it } from 'vitest';
import { readSyntaxTree } from '../../source/syntax-tree.js';
import { parserFor } from '../../source/grammars.js';
import { findingsOf } from './django-check-testing.js';
import { collectDjangoSettings } from './django-settings-facts.js';

const RULE = 'django/app-not-in-installed-apps';
const code = (...lines: string[]) => `${lines.join('\n')}\n`;

async function settings(text: string) {
  const parser = await parserFor('python');
  const tree = parser.parse(text)!;
  try {
    return collectDjangoSettings(readSyntaxTree(tree, text), text);
  } finally {
    tree.delete();
  }
}

const project = (settingsText: string): Record<string, string> => ({
  'shop/__init__.py': '',
  'shop/models.py': code('from django.db import models', 'class Order(models.Model):', '    total = models.IntegerField()'),
  'billing/__init__.py': '',
  'billing/views.py': code('from shop.models import Order', 'def invoices(request):', '    return Order.objects.all()'),
  'site/settings.py': settingsText,
});

describe('reading INSTALLED_APPS', () => {
  it('adds up lists, tuples, +=, append/extend and module constants, and marks what it cannot read', async () => {
    const facts = await settings(
      code(
        'BASE = ["django.contrib.auth"]',
        'LOCAL = ("shop", *BASE)',
        'INSTALLED_APPS = BASE + list(LOCAL)',
        'INSTALLED_APPS += ("billing.apps.BillingConfig",)',
        'INSTALLED_APPS.append("debug_toolbar")',
        'if DEBUG:',
        '    INSTALLED_APPS.extend(["silk"])',
        'MIGRATION_MODULES = {"shop": None}',
      ),
    );
    expect(facts).toEqual([
      { kind: 'installed-apps', line: 3, apps: ['django.contrib.auth', 'shop'], dynamic: false },
      { kind: 'installed-apps', line: 4, apps: ['billing.apps.BillingConfig'], dynamic: false },
      { kind: 'migration-modules', line: 8, labels: ['shop'], dynamic: false },
      { kind: 'installed-apps', line: 5, apps: ['debug_toolbar'], dynamic: false },
      { kind: 'installed-apps', line: 7, apps: ['silk'], dynamic: false },
    ]);
    const computed = await settings(code('from .apps import LOCAL_APPS', 'INSTALLED_APPS = ["shop"] + LOCAL_APPS', 'INSTALLED_APPS += [app for app in PLUGINS]'));
    expect(computed.map((fact) => fact.kind === 'installed-apps' && fact.dynamic)).toEqual([true, true]);
  });
});

describe('django/app-not-in-installed-apps', () => {
  it('reports the import of an uninstalled app models from another app', async () => {
    const { at, findings } = await findingsOf(RULE, project(code('INSTALLED_APPS = ["django.contrib.auth", "billing"]')));
    expect(at).toEqual(['billing/views.py:1']);
    expect(findings[0]!.message).toMatch(/app `shop` \(`Order`\)/);
  });

  it('counts an AppConfig path, a dotted path that ends with the app and an app installed through its package', async () => {
    const config = { ...project(code('INSTALLED_APPS = ["billing", "shop.apps.ShopConfig"]')), 'shop/apps.py': code('from django.apps import AppConfig', 'class ShopConfig(AppConfig):', '    name = "shop"') };
    expect((await findingsOf(RULE, config)).at).toEqual([]);
    const nested: Record<string, string> = {};
    for (const [path, text] of Object.entries(project(code('INSTALLED_APPS = ("billing", "src.shop")')))) nested[path.startsWith('shop/') ? `src/${path}` : path] = text.replace('from shop.models', 'from src.shop.models');
    nested['src/__init__.py'] = '';
    expect((await findingsOf(RULE, nested)).at).toEqual([]);
  });

  it('stays quiet without settings, with settings built dynamically, and with only an empty default', async () => {
    const files = project('');
    delete (files as Record<string, string | undefined>)['site/settings.py'];
    expect((await findingsOf(RULE, files)).at).toEqual([]);
    expect((await findingsOf(RULE, project(code('INSTALLED_APPS = load_apps()')))).at).toEqual([]);
    expect((await findingsOf(RULE, project(code('INSTALLED_APPS = []')))).at).toEqual([]);
  });
});
