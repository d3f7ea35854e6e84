/**
 * What the differs find, before a rule gives it an id: one `ContractChange` per change, at its
 * definition in head, with every operation it affects.
 */
import type { Pointer } from './load.js';

/** Who writes and who reads the data a schema describes. */
export type Flow = 'request' | 'response' | 'event';

export type SchemaChangeKind =
  | 'property-removed'
  | 'required-property-added'
  | 'optional-property-added'
  | 'property-added-to-closed'
  | 'property-became-required'
  | 'property-became-optional'
  | 'type-changed'
  | 'became-nullable'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'constraint-tightened'
  /** Max raised or dropped, min lowered or dropped, pattern dropped: old readers that validate refuse new values. */
  | 'constraint-loosened'
  /** A `default` changed: what an absent value means differs between the releases. */
  | 'default-changed'
  | 'closed-to-extra-properties'
  /** Nested deeper than the differ compares: reported, never passed in silence. */
  | 'too-deep'
  /** A keyword the differ does not compare (`not`, `if`, `patternProperties`…) changed: reported, never passed in silence. */
  | 'keyword-changed';

export type OperationChangeKind =
  | 'endpoint-removed'
  | 'endpoint-added'
  | 'response-status-removed'
  | 'response-media-type-removed'
  | 'request-media-type-removed'
  | 'request-body-became-required'
  | 'parameter-removed'
  | 'required-parameter-added'
  | 'parameter-became-required'
  | 'security-requirement-added'
  | 'base-path-changed'
  /** AsyncAPI: a channel, or a message the application sends or receives on one. */
  | 'channel-removed'
  | 'channel-added'
  | 'message-removed'
  | 'message-added';

export interface Location {
  file: string;
  /** Pointer in the head document of `file`; the locator falls back to the nearest existing ancestor. */
  pointer: Pointer;
}

export interface ContractChange {
  kind: SchemaChangeKind | OperationChangeKind;
  flow: Flow | null;
  /** True when the schema is a parameter's (rules then use the parameter-* ids where they exist). */
  parameter: boolean;
  at: Location;
  /** e.g. `GET /users/{id} 200 application/json #/properties/name`. */
  object: string;
  /** Short human detail: `integer -> string`, `value "sold"`, `maxLength 100 -> 50`. */
  detail: string;
  /** Property or parameter name, when the change is about one. */
  name?: string;
  /** A severity the change itself justifies (a removal announced by `deprecated: true`); config still wins. */
  severity?: 'warning' | 'notice';
  /**
   * Operations (`METHOD /path`) this change names itself (operation-level changes); for a schema
   * change the analyser works them out from the comparisons that reach it. For a finding's
   * message: the first ones, sorted.
   */
  endpoints: ReadonlySet<string>;
  /** How many operations reach it, when `endpoints` lists only the first of them. */
  endpointCount?: number;
}

/** The endpoints of a change that names none itself (shared: never written to). */
export const NO_ENDPOINTS: ReadonlySet<string> = new Set<string>();
