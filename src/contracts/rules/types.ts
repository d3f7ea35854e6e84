/** How a contract rule is written: metadata first, then which change it reports and how it says so. */
import type { Direction, RuleMeta } from '../../findings.js';
import type { ContractChange } from '../changes.js';

export interface ContractRule {
  meta: RuleMeta;
  /** Deploy: old clients against head. Rollback: what adopted head, facing base again. */
  direction: Direction | null;
  /**
   * True when this rule reports the change (each change matches at most one rule). Decided by the
   * change's `kind`, `flow` and `parameter` only: the analyser looks the rule up once per triple.
   */
  matches(change: ContractChange): boolean;
  message(change: ContractChange): string;
}

export function defineContractRule(
  meta: Omit<RuleMeta, 'category'>,
  impl: Omit<ContractRule, 'meta'>,
): ContractRule {
  return { meta: { ...meta, category: 'contract' }, ...impl };
}

/** Rules that the analyser emits itself (file level), not from a differ change. */
export const never = (): boolean => false;

/** ` (GET /a, POST /b and 3 more operations)`, or empty when no operation is involved. */
export function affected(change: ContractChange): string {
  const list = [...change.endpoints].sort();
  const total = change.endpointCount ?? list.length;
  if (total === 0) return '';
  const shown = list.slice(0, 3).join(', ');
  const more = total > 3 ? ` and ${total - 3} more operation${total - 3 === 1 ? '' : 's'}` : '';
  return ` (${shown}${more})`;
}

/** `header` for a change in a response's headers (compared as the properties of one object), else `property`. */
export function fieldKind(change: ContractChange): 'header' | 'property' {
  return change.object.includes(' headers #/properties/') ? 'header' : 'property';
}

/** `property name` / `schema` label of a change's subject. */
export function subject(change: ContractChange, fallback = 'schema'): string {
  return change.name !== undefined ? `\`${change.name}\`` : fallback;
}
