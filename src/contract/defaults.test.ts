import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../core/workspace.js';
import { contractDefaults, withDefaults } from './defaults.js';

describe('contractDefaults', () => {
  it('prefers run.sh when the app ships one', () => {
    const defaults = contractDefaults(memoryWorkspace({ 'run.sh': '#!/bin/sh', 'manage.py': '', 'openapi.yml': '' }), '.', 'django');
    expect(defaults).toMatchObject({ start: 'bash run.sh', openapi: 'openapi.yml' });
  });

  it('takes an api*.yaml file for the spec only when it declares OpenAPI', () => {
    const fixture = 'NODE name\nSQL >\n  SELECT 1\n';
    expect(contractDefaults(memoryWorkspace({ 'tests/api_visitors.yaml': fixture }), '.', 'express').openapi).toBeUndefined();
    expect(contractDefaults(memoryWorkspace({ 'docs/api.yaml': 'openapi: 3.0.3\ninfo: {}\n', 'tests/api_visitors.yaml': fixture }), '.', 'express').openapi).toBe(
      'docs/api.yaml',
    );
    expect(contractDefaults(memoryWorkspace({ 'api.json': '{ "swagger": "2.0", "paths": {} }' }), '.', 'express').openapi).toBe('api.json');
  });

  it('runs Django with manage.py runserver', () => {
    expect(contractDefaults(memoryWorkspace({ 'manage.py': '' }), '.', 'django')).toMatchObject({
      start: 'python manage.py runserver 127.0.0.1:8000 --noreload', baseUrl: 'http://127.0.0.1:8000',
    });
  });

  it('finds the FastAPI app module, with --app-dir for a src layout', () => {
    const files = { 'src/shop/main.py': 'from fastapi import FastAPI\napp = FastAPI(title="shop")\n', 'src/shop/__init__.py': '' };
    expect(contractDefaults(memoryWorkspace(files), '.', 'fastapi').start).toBe('python -m uvicorn shop.main:app --app-dir src --host 127.0.0.1 --port 8000');
  });

  it('finds a Flask app or factory', () => {
    expect(contractDefaults(memoryWorkspace({ 'app.py': 'from flask import Flask\napp = Flask(__name__)\n' }), '.', 'flask').start)
      .toBe('python -m flask --app app run --host 127.0.0.1 --port 5000');
    expect(contractDefaults(memoryWorkspace({ 'blog/__init__.py': 'def create_app():\n    pass\n', 'wsgi.py': 'from blog import create_app\n' }), '.', 'flask').start)
      .toBe('python -m flask --app blog:create_app() run --host 127.0.0.1 --port 5000');
  });

  it('uses npm start and the port the script names, inside a project folder', () => {
    const files = {
      'api/package.json': JSON.stringify({ scripts: { start: 'PORT=4000 node server.js' } }),
      'api/docs/openapi.yaml': '', 'api/tests/Conduit.postman_collection.json': '{}', 'web/package.json': '{}',
    };
    expect(contractDefaults(memoryWorkspace(files), 'api', 'express')).toMatchObject({
      start: 'npm start', baseUrl: 'http://127.0.0.1:4000', openapi: 'docs/openapi.yaml', collections: ['tests/Conduit.postman_collection.json'],
    });
  });

  it('infers nothing to start from a folder with nothing runnable', () => {
    expect(contractDefaults(memoryWorkspace({ 'README.md': '' }), '.', 'unknown').start).toBeUndefined();
  });
});

describe('withDefaults', () => {
  it('lets configured values win', () => {
    const merged = withDefaults(
      { start: 'make serve', collections: [], env: {}, globals: {}, timeouts: { startMs: 1, requestMs: 1, totalMs: 1 } },
      { start: 'npm start', baseUrl: 'http://127.0.0.1:3000', collections: ['c.json'], evidence: [] },
    );
    expect(merged).toMatchObject({ start: 'make serve', baseUrl: 'http://127.0.0.1:3000', collections: ['c.json'] });
  });
});
