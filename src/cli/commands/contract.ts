import { projectContract } from '../../contract/defaults.js';
import { lazyLiveRuntime } from '../../io/lazy-live-runtime.js';
import { renderContractText } from '../../contract/render-contract.js';
import { runContract } from '../../contract/run-contract.js';
import { isWithin } from '../../core/workspace.js';
import { prepareRun } from '../../io/prepare-run.js';
import { understandPrepared } from '../../io/run-analysis.js';
import { EXIT, type Command } from '../command.js';
import { cacheArgument, cacheOption, configOption, emit, repoArgument, repoOption, stringValue, textOrJsonFormat, textOrJsonOptions } from '../options.js';

export const contractCommand: Command = {
  name: 'contract',
  summary: 'Run the API contract tests of one project: static coverage, then the app against its OpenAPI document and Postman collections.',
  usage: 'contract [<dir> | --repo <dir>] [--project <root>] [--static] [--format text|json] [--output <file>]',
  details:
    'Settings come from `contract:` in .constraint-gate.yml (or the project\'s own `contract:`); whatever is left out is read from the app\'s files\n' +
    '(run.sh, manage.py, a FastAPI or Flask app module, package.json `start`, openapi.* and *.postman_collection.json).\n' +
    'The app is started in its own process group and stopped, with everything it started, when the run ends.',
  options: {
    ...repoOption,
    ...configOption,
    project: { type: 'string', valueName: 'root', description: 'Project root inside the repository (default: `.`).' },
    static: { type: 'boolean', description: 'Only match the OpenAPI operations to the code; start nothing.' },
    ...textOrJsonOptions,
    ...cacheOption,
  },
  positionals: [{ name: 'dir', description: 'Repository (same as --repo).' }],
  async run(invocation) {
    const format = textOrJsonFormat(invocation, 'contract');
    const configFile = stringValue(invocation, 'config');
    const projectRoot = (stringValue(invocation, 'project') ?? '.').replace(/^\.\/|\/+$/g, '') || '.';
    const prepared = await prepareRun({ repo: repoArgument(invocation), mode: 'audit', ...(configFile ? { configFile } : {}) });
    try {
      // The engine's model gives the routes and the detected framework.
      const analysis = await understandPrepared(prepared, invocation.logger, cacheArgument(invocation));
      const framework = analysis.projects.find((project) => project.root === projectRoot)?.framework ?? 'unknown';
      const contract = projectContract(prepared.config, prepared.workspace, projectRoot, framework, invocation.values.static ? 'never' : 'always');
      if (!contract) {
        invocation.io.stdout(`Contract tests are off for ${projectRoot} (contract: off).\n`);
        return EXIT.passed;
      }
      const { settings: config, configured } = contract;
      const routes = analysis.routes.filter((route) => isWithin(route.file, projectRoot));
      const startLine = prepared.config.file && configured?.start ? prepared.config.locate(['contract', 'start']).line : undefined;
      const outcome = await runContract({
        workspace: prepared.workspace,
        projectRoot,
        config,
        routes,
        logger: invocation.logger,
        ...(prepared.config.file && startLine ? { configLocation: { file: prepared.config.file, line: startLine } } : {}),
        ...(invocation.values.static ? {} : { runtime: lazyLiveRuntime() }),
      });
      const text = format === 'json'
        ? `${JSON.stringify({ contract: outcome.report, findings: outcome.findings }, null, 2)}\n`
        : renderContractText(outcome.report, outcome.findings);
      emit(invocation, text);
      const failed = outcome.findings.some((finding) => finding.severity === 'error') || outcome.report.status === 'failed' || outcome.report.status === 'error';
      return failed ? EXIT.failed : EXIT.passed;
    } finally {
      prepared.dispose();
    }
  },
};
