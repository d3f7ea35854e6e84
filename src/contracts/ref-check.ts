/**
 * Every `$ref` of the analysed contracts, and of every file they reach, must lead to something
 * the gate can read: otherwise whatever it described is compared with nothing, and its changes
 * pass unseen. A reference to a URL or out of the repository is `external-ref` (when new); one
 * that dangles (no such file, no such place in it), leads to a file that does not read or parse,
 * or loops without reaching a schema is `invalid-contract` at the reference. Each `$ref` text is
 * reported once per file (at its first place, with how many more), and a problem base already had
 * with the same reference is a warning: the PR did not cause it and nothing behind it changed.
 */
import { pointerString, type Pointer } from './load.js';
import { isObject, refTarget, refUses, type RefProblem, type Workspace } from './refs.js';

const MAX_CHAIN = 64;

export interface RefFinding {
  rule: 'external-ref' | 'invalid-contract';
  file: string;
  pointer: Pointer;
  object: string;
  detail: string;
  severity?: 'warning';
}

interface Link {
  file: string;
  pointer: Pointer;
  ref: string;
}

/**
 * Checks the references of the head documents reachable from `roots` (the contracts analysed),
 * following references into other files of the repository (each file once).
 */
export function checkRefs(base: Workspace, head: Workspace, roots: string[], basePathOf: (headPath: string) => string): RefFinding[] {
  const out: RefFinding[] = [];
  const reportedCycles = new Set<string>();
  const queued = new Set(roots);
  const queue = [...roots];
  const baseRefs = new Map<string, Set<string>>();
  /** The same reference text in the same file of base, and how it fared there. */
  const inBase = (headFile: string, ref: string): RefProblem | 'fine' | 'absent' => {
    const file = basePathOf(headFile);
    let refs = baseRefs.get(file);
    if (!refs) {
      const doc = base.doc(file);
      baseRefs.set(file, (refs = new Set(doc && !doc.error ? refUses(doc).map((u) => u.ref) : [])));
    }
    if (!refs.has(ref)) return 'absent';
    const found = base.lookup(file, ref);
    return 'kind' in found ? found : 'fine';
  };
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const doc = head.doc(file);
    if (!doc || doc.error) continue;
    for (const use of refUses(doc)) {
      const more = use.count > 1 ? ` (and ${use.count - 1} more place${use.count === 2 ? '' : 's'} in this file)` : '';
      const found = head.lookup(file, use.ref);
      if ('kind' in found) {
        const before = inBase(file, use.ref);
        if (found.kind === 'external') {
          // a URL or path base already referred to the same way is not news; a file that became a
          // link out of the repository is
          if (typeof before === 'object' && before.kind === 'external') continue;
          out.push({ rule: 'external-ref', file, pointer: use.pointer, object: pointerString(use.pointer), detail: `${use.ref} (${found.reason})` });
          continue;
        }
        const already = typeof before === 'object' && before.kind !== 'external';
        out.push({
          rule: 'invalid-contract',
          file,
          pointer: use.pointer,
          object: pointerString(use.pointer),
          detail: `$ref ${use.ref} ${describe(found)}${more}${already ? '; it did not resolve in base either' : ''}`,
          ...(already ? { severity: 'warning' as const } : {}),
        });
        continue;
      }
      const target = refTarget(file, use.ref);
      const targetFile = target.kind === 'local' ? target.file : found.file;
      if (!queued.has(targetFile)) {
        queued.add(targetFile);
        queue.push(targetFile);
      }
      const cycle = loop(head, { file, pointer: use.pointer.slice(0, -1), ref: use.ref });
      if (!cycle) continue;
      const first = cycle.reduce((a, b) => (key(b) < key(a) ? b : a));
      if (reportedCycles.has(key(first))) continue;
      reportedCycles.add(key(first));
      const already = loop(base, { ...first, file: basePathOf(first.file) }) !== null;
      const pointer = [...first.pointer, '$ref'];
      out.push({
        rule: 'invalid-contract',
        file: first.file,
        pointer,
        object: pointerString(pointer),
        detail: `$ref ${first.ref} never reaches a schema: ${cycle.length >= MAX_CHAIN ? `a chain of more than ${MAX_CHAIN} references` : `the references loop (${describeLoop(cycle)})`}${already ? '; it looped in base too' : ''}`,
        ...(already ? { severity: 'warning' as const } : {}),
      });
    }
  }
  return out;
}

/**
 * The references `start` leads through when they loop (or run longer than MAX_CHAIN) without
 * reaching a value; null when the chain ends in a value or in a problem (reported where it is).
 */
function loop(ws: Workspace, start: Link): Link[] | null {
  const chain: Link[] = [];
  const at = new Map<object, number>();
  let link = start;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const found = ws.lookup(link.file, link.ref);
    if ('kind' in found) return null;
    const v = found.value;
    if (!isObject(v) || typeof v.$ref !== 'string') return null;
    const seen = at.get(v);
    if (seen !== undefined) return chain.slice(seen);
    at.set(v, chain.length);
    link = { file: found.file, pointer: found.pointer, ref: v.$ref };
    chain.push(link);
  }
  return chain;
}

function key(l: Link): string {
  return `${l.file}\u0000${pointerString(l.pointer)}`;
}

function describeLoop(cycle: Link[]): string {
  const names = cycle.map((l) => `${l.file}${pointerString(l.pointer)}`);
  return [...names, names[0]].join(' -> ');
}

function describe(p: Exclude<RefProblem, { kind: 'external' }>): string {
  switch (p.kind) {
    case 'missing-file':
      return `does not resolve: there is no file ${p.file}`;
    case 'missing-target':
      return `does not resolve: ${p.file} has nothing at ${p.fragment === '' ? 'its root' : `#${p.fragment}`}`;
    case 'unreadable':
      return `leads to ${p.file}, which could not be read (${p.reason})`;
    case 'invalid-file':
      return `leads to ${p.file}, which does not parse (line ${p.line}: ${p.message})`;
  }
}
