import type { ImportFact } from '../facts.js';

/**
 * What the framework extractors need from a file's imports (already extracted into
 * `facts.imports` by the shared import extractor, which runs first): module names and lines.
 */
export interface ModuleImport {
  /** Dotted module as written (`flask`, `sqlalchemy.orm`, `.models`). */
  module: string;
  line: number;
}

export function moduleImports(imports: readonly ImportFact[]): ModuleImport[] {
  return imports.filter((fact) => fact.kind === 'python').map((fact) => ({ module: fact.specifier, line: fact.line }));
}

export type PythonWebFramework = 'flask' | 'fastapi' | 'django' | 'aiohttp' | 'django-ninja';

const FRAMEWORK_MODULES: [string, PythonWebFramework][] = [
  ['flask', 'flask'],
  ['flask_restful', 'flask'],
  ['fastapi', 'fastapi'],
  ['starlette', 'fastapi'],
  ['ninja', 'django-ninja'],
  ['rest_framework', 'django'],
  ['django', 'django'],
  ['aiohttp', 'aiohttp'],
];

function topModule(module: string): string {
  return module.split('.')[0] ?? module;
}

/** Web frameworks this file imports, in a stable order. */
export function importedFrameworks(imports: readonly ModuleImport[]): Set<PythonWebFramework> {
  const found = new Set<PythonWebFramework>();
  for (const [module, framework] of FRAMEWORK_MODULES) {
    if (imports.some((entry) => topModule(entry.module) === module)) found.add(framework);
  }
  return found;
}

/** True when the file imports `module` or one of its submodules. */
export function importsModule(imports: readonly ModuleImport[], module: string): boolean {
  return imports.some((entry) => entry.module === module || entry.module.startsWith(`${module}.`));
}
