/** What a `check` analyses: the lines a change added or modified, per file. Paths repository-relative with `/`. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'deleted';
  previousPath?: string;
  /** Line numbers in the head version that the change added or modified (sorted). */
  addedLines: number[];
  /** Subset of addedLines written by AI-authored commits, when attribution ran. */
  aiAuthoredLines?: number[];
}

export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
}

export function countAddedLines(change: ChangeSet): number {
  return change.files.reduce((sum, file) => sum + file.addedLines.length, 0);
}
