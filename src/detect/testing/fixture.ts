import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger, type Logger } from '../../core/logger.js';
import type { Project } from '../../core/types.js';
import type { Workspace } from '../../core/workspace.js';
import { fsWorkspace } from '../../io/fs-workspace.js';
import { buildSourceModel } from '../../source/build-model.js';
import { detectProjects } from '../detect-projects.js';

/** test/apps, from this file's place in src/detect/testing. */
export const APPS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/apps');

export interface DetectOptions {
  logger?: Logger;
}

/** Parses a repository the way a run does (in this thread) and detects its projects. */
export async function detectIn(workspace: Workspace, options: DetectOptions = {}): Promise<Project[]> {
  const model = await buildSourceModel(workspace, { workers: 0 });
  return detectProjects({ workspace, files: model.files }, options.logger ?? silentLogger);
}

export function detectApp(name: string, options?: DetectOptions): Promise<Project[]> {
  return detectIn(fsWorkspace(path.join(APPS, name)), options);
}

/** The verdict of a project without its evidence, for compact assertions. */
export function verdict(project: Project) {
  return { root: project.root, framework: project.framework, language: project.language, orm: project.orm, database: project.database, databases: project.databases };
}
