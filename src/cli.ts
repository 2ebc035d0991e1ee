#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
});
process.exitCode = exitCode;
