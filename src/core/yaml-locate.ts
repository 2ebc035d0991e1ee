/**
 * Finds the line of a key path in a block-style YAML (or JSON) text, so schema errors can point
 * at `file:line:column`. js-yaml keeps no positions on the values it returns; the shapes our
 * users write (block mappings and sequences, short flow lists) are simple enough to scan.
 * When a segment cannot be found (flow style, anchors) the deepest found ancestor is returned.
 */

export interface TextPosition {
  line: number;
  column: number;
}

interface ScannedLine {
  raw: number;
  effective: number;
  content: string;
  isItem: boolean;
}

function scan(text: string): (ScannedLine | undefined)[] {
  return text.split('\n').map((line) => {
    const trimmed = line.replace(/\s+$/, '');
    const raw = trimmed.length - trimmed.trimStart().length;
    let content = trimmed.trimStart();
    if (content === '' || content.startsWith('#')) return undefined;
    let effective = raw;
    let isItem = false;
    while (content.startsWith('- ') || content === '-') {
      isItem = true;
      const rest = content.slice(1).trimStart();
      effective += content.length - rest.length;
      content = rest;
      if (content === '') break;
    }
    return { raw, effective, content, isItem };
  });
}

const keyPattern = (key: string): RegExp => {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')\\s*:(\\s|$)`);
};

export function locateYamlPath(text: string, path: readonly (string | number)[]): TextPosition {
  const lines = scan(text);
  let start = 0;
  let end = lines.length;
  let found: TextPosition = { line: 1, column: 1 };
  // JSON documents start with `{`: step inside it.
  for (const segment of path) {
    const inRange = lines.slice(start, end).map((line, offset) => ({ line, index: start + offset }));
    const first = inRange.find((entry) => entry.line && !entry.line.content.startsWith('{'));
    if (!first?.line) return found;
    if (typeof segment === 'string') {
      const childIndent = first.line.effective;
      const pattern = keyPattern(segment);
      const hit = inRange.find(
        (entry) => entry.line && entry.line.effective === childIndent && pattern.test(entry.line.content.replace(/^\{\s*/, '')),
      ) ?? inRange.find((entry) => entry.line && pattern.test(entry.line.content.replace(/^[{\s]*/, '')));
      if (!hit?.line) return found;
      found = { line: hit.index + 1, column: hit.line.effective + 1 };
      start = hit.index + 1;
      end = nextLineAtOrBelow(lines, start, end, hit.line.effective);
    } else {
      const items = inRange.filter((entry) => entry.line?.isItem && entry.line.raw === first.line!.raw);
      const item = items[segment];
      if (!item?.line) return found;
      found = { line: item.index + 1, column: item.line.raw + 1 };
      start = item.index;
      end = nextLineAtOrBelow(lines, item.index + 1, end, item.line.raw);
    }
  }
  return found;
}

function nextLineAtOrBelow(lines: (ScannedLine | undefined)[], from: number, limit: number, indent: number): number {
  for (let index = from; index < limit; index++) {
    const line = lines[index];
    if (line && line.raw <= indent) return index;
  }
  return limit;
}
