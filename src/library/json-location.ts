// Line and column of a JSON pointer in the text it came from, so errors can name both.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export interface TextPosition {
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? '/' : path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Finds where a path is in the JSON text: the value's key, or its nearest existing parent. */
export function createLocator(text: string): (path: readonly (string | number)[]) => TextPosition | undefined {
  let tree: Node | undefined;
  let parsed = false;
  return (path) => {
    if (!parsed) {
      tree = parseTree(text);
      parsed = true;
    }
    if (!tree) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      const anchor = node.parent?.type === 'property' ? node.parent : node;
      return positionAt(text, anchor.offset);
    }
    return undefined;
  };
}
