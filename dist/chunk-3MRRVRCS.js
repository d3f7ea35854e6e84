import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/text/lines.ts
var recent = [];
function lineStarts(text) {
  for (const r of recent) if (r.text === text) return r.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  if (text.length > 4096) {
    recent.unshift({ text, starts });
    if (recent.length > 4) recent.pop();
  }
  return starts;
}
function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function lineAt(starts, offset) {
  return position(starts, offset).line;
}
function lineOfOffset(text, offset, firstLine = 1) {
  let line = firstLine;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
var LineIndex = class {
  constructor(text, firstLine = 1) {
    this.text = text;
    this.firstLine = firstLine;
  }
  text;
  firstLine;
  starts;
  /** `lineStarts(text)`, built once. */
  get lineStarts() {
    return this.starts ??= lineStarts(this.text);
  }
  line(offset) {
    return lineAt(this.lineStarts, offset) + this.firstLine - 1;
  }
};
function linesOfOffsets(text, offsets, firstLine = 1) {
  const index = new LineIndex(text, firstLine);
  return offsets.map((offset) => index.line(offset));
}

export {
  lineStarts,
  position,
  lineAt,
  lineOfOffset,
  LineIndex,
  linesOfOffsets
};
