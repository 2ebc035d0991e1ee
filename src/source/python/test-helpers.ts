import type { FileFacts } from '../facts.js';
import { parseFileToFacts } from '../parse-file.js';

/** Parses `text` as `path` through the whole per-file pipeline (imports, definitions, Python facts); tests only. */
export async function pythonFacts(path: string, text: string): Promise<FileFacts> {
  const outcome = await parseFileToFacts(path, text);
  if (outcome.kind !== 'parsed') throw new Error(`${path} was not parsed: ${outcome.reason}`);
  return outcome.facts;
}
