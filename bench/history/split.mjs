/** The miss hunt's statement splitter (bench/history only; the gate has its own in src/migrations/split.ts). */

/**
 * Statements of a SQL text with their 1-based line ranges: splits at `;` outside comments
 * (`--`, `#` for MySQL, nested `/* *\/`), quotes ('', "", ``) and dollar quotes; a BEGIN…END body of
 * a routine is not split (statements inside CREATE FUNCTION/PROCEDURE/TRIGGER run later and are
 * not migration-time changes). `masked` is the statement with comments and literals blanked, so a
 * keyword inside a string or comment does not count. Good enough to find candidates; the labels say
 * what each one is.
 */
export function splitStatements(text) {
  const out = [];
  let start = 0;
  let i = 0;
  let line = 1;
  let startLine = 1;
  let masked = '';
  let keyed = ''; // masked, but quoted identifiers keep their text (a stable key for the statement)
  let depthBeginEnd = 0;
  let firstLine = null; // line of the statement's first character outside comments
  const n = text.length;
  const emit = (str) => {
    if (firstLine === null && str.trim() !== '') firstLine = line;
    masked += str;
    keyed += str;
  };
  const push = (end) => {
    const raw = text.slice(start, end);
    if (masked.trim() !== '') out.push({ text: raw.trim(), masked: masked.trim(), key: keyed.replace(/\s+/g, ' ').trim(), line: firstLine ?? startLine, endLine: line });
    start = end + 1;
    startLine = line;
    masked = '';
    keyed = '';
    firstLine = null;
  };
  while (i < n) {
    const c = text[i];
    const d = text[i + 1];
    if (c === '\n') {
      line++;
      masked += c;
      keyed += c;
      i++;
      continue;
    }
    if ((c === '-' && d === '-') || c === '#') {
      // `#` is a comment in MySQL only; elsewhere it is rare in migrations outside strings.
      while (i < n && text[i] !== '\n') i++;
      masked += ' ';
      keyed += ' ';
      continue;
    }
    if (c === '/' && d === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '\n') line++;
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      masked += ' ';
      keyed += ' ';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const q = c;
      const quoteStart = i;
      if (firstLine === null) firstLine = line;
      i++;
      while (i < n) {
        if (text[i] === '\n') line++;
        if (text[i] === '\\' && q === "'" ) {
          i += 2;
          continue;
        }
        if (text[i] === q) {
          if (text[i + 1] === q) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
      // String literals are blanked; quoted identifiers read as one word (their text stays in the key).
      masked += q === "'" ? "''" : 'x';
      keyed += q === "'" ? "''" : text.slice(quoteStart, i);
      continue;
    }
    if (c === '$') {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const tagText = m[0];
        const close = text.indexOf(tagText, i + tagText.length);
        const end = close === -1 ? n : close + tagText.length;
        if (firstLine === null) firstLine = line;
        line += text.slice(i, end).match(/\n/g)?.length ?? 0;
        i = end;
        masked += ' $body$ ';
        keyed += ' $body$ ';
        continue;
      }
    }
    // Routine bodies written BEGIN … END (MySQL, SQLite triggers) end at END;
    if (/[A-Za-z]/.test(c) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? ' ')) {
      const word = /^[A-Za-z_]+/.exec(text.slice(i, i + 32))[0].toUpperCase();
      const stmtSoFar = masked.toUpperCase();
      if (word === 'BEGIN' && /\bCREATE\b[\s\S]*\b(TRIGGER|PROCEDURE|FUNCTION|EVENT)\b/.test(stmtSoFar)) depthBeginEnd++;
      else if (word === 'END' && depthBeginEnd > 0 && !/^END\s+(IF|LOOP|WHILE|REPEAT|CASE)\b/i.test(text.slice(i, i + 16))) depthBeginEnd--;
      emit(text.slice(i, i + word.length));
      i += word.length;
      continue;
    }
    if (c === ';' && depthBeginEnd === 0) {
      push(i);
      i++;
      continue;
    }
    emit(c);
    i++;
  }
  push(n);
  return out;
}
