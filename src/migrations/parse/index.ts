/** Picks the parser adapter per dialect; every adapter returns the same Statement model. */
import type { Dialect } from '../../config/types.js';
import type { Statement } from '../model.js';
import type { SplitStatement } from '../split.js';
import { loadPostgresParser, parsePostgres } from './postgres.js';

export async function prepareParsers(): Promise<void> {
  await loadPostgresParser();
}

export function parseStatement(piece: SplitStatement, dialect: Dialect): Statement {
  const base = { ...piece, dialect };
  if (dialect === 'postgres' || dialect === 'cockroach') {
    const outcome = parsePostgres(piece.text, piece.line);
    if (!outcome.ok) return { ...base, status: 'unparsed', error: outcome.error, ops: [] };
    if (outcome.opaque) return { ...base, status: 'unparsed', error: outcome.opaque, ops: outcome.ops };
    return { ...base, status: 'parsed', ops: outcome.ops };
  }
  return { ...base, status: 'unparsed', error: `no ${dialect} parser yet`, ops: [] };
}
