/** The explicit registry of contract rules (SPEC 7.2 and 7.3). */
import type { RuleMeta } from '../../findings.js';
import type { ContractRule } from './types.js';
import endpointRemoved from './endpoint-removed.js';
import responseStatusRemoved from './response-status-removed.js';
import responseMediaTypeRemoved from './response-media-type-removed.js';
import responsePropertyRemoved from './response-property-removed.js';
import responsePropertyTypeChanged from './response-property-type-changed.js';
import responsePropertyBecameOptional from './response-property-became-optional.js';
import responsePropertyBecameNullable from './response-property-became-nullable.js';
import responseEnumValueAdded from './response-enum-value-added.js';
import requestBodyBecameRequired from './request-body-became-required.js';
import requestMediaTypeRemoved from './request-media-type-removed.js';
import requestPropertyRemoved from './request-property-removed.js';
import requestRequiredPropertyAdded from './request-required-property-added.js';
import requestPropertyBecameRequired from './request-property-became-required.js';
import requestPropertyTypeChanged from './request-property-type-changed.js';
import requestEnumValueRemoved from './request-enum-value-removed.js';
import requestConstraintTightened from './request-constraint-tightened.js';
import requestClosedToExtraProperties from './request-closed-to-extra-properties.js';
import parameterRemoved from './parameter-removed.js';
import requiredParameterAdded from './required-parameter-added.js';
import parameterBecameRequired from './parameter-became-required.js';
import parameterTypeChanged from './parameter-type-changed.js';
import parameterEnumValueRemoved from './parameter-enum-value-removed.js';
import securityRequirementAdded from './security-requirement-added.js';
import basePathChanged from './base-path-changed.js';
import contractRemoved from './contract-removed.js';
import invalidContract from './invalid-contract.js';
import externalRef from './external-ref.js';
import endpointAdded from './endpoint-added.js';
import responsePropertyAdded from './response-property-added.js';
import requestEnumValueAdded from './request-enum-value-added.js';
import requestPropertyAddedToClosedSchema from './request-property-added-to-closed-schema.js';
import schemaPropertyRemoved from './schema-property-removed.js';
import schemaRequiredPropertyAdded from './schema-required-property-added.js';
import schemaPropertyBecameRequired from './schema-property-became-required.js';
import schemaPropertyBecameOptional from './schema-property-became-optional.js';
import schemaTypeChanged from './schema-type-changed.js';
import schemaEnumValueRemoved from './schema-enum-value-removed.js';
import schemaEnumValueAdded from './schema-enum-value-added.js';
import schemaConstraintTightened from './schema-constraint-tightened.js';
import schemaClosedToExtraProperties from './schema-closed-to-extra-properties.js';
import schemaPropertyAddedToClosedSchema from './schema-property-added-to-closed-schema.js';
import schemaKeywordChanged from './schema-keyword-changed.js';
import channelRemoved from './channel-removed.js';
import messageRemoved from './message-removed.js';
import channelAdded from './channel-added.js';
import messageAdded from './message-added.js';
import responseConstraintLoosened from './response-constraint-loosened.js';
import schemaConstraintLoosened from './schema-constraint-loosened.js';
import defaultValueChanged from './default-value-changed.js';

export const contractRuleList: ContractRule[] = [
  endpointRemoved,
  responseStatusRemoved,
  responseMediaTypeRemoved,
  responsePropertyRemoved,
  responsePropertyTypeChanged,
  responsePropertyBecameOptional,
  responsePropertyBecameNullable,
  responseEnumValueAdded,
  requestBodyBecameRequired,
  requestMediaTypeRemoved,
  requestPropertyRemoved,
  requestRequiredPropertyAdded,
  requestPropertyBecameRequired,
  requestPropertyTypeChanged,
  requestEnumValueRemoved,
  requestConstraintTightened,
  requestClosedToExtraProperties,
  parameterRemoved,
  requiredParameterAdded,
  parameterBecameRequired,
  parameterTypeChanged,
  parameterEnumValueRemoved,
  securityRequirementAdded,
  basePathChanged,
  contractRemoved,
  invalidContract,
  externalRef,
  endpointAdded,
  responsePropertyAdded,
  requestEnumValueAdded,
  requestPropertyAddedToClosedSchema,
  schemaPropertyRemoved,
  schemaRequiredPropertyAdded,
  schemaPropertyBecameRequired,
  schemaPropertyBecameOptional,
  schemaTypeChanged,
  schemaEnumValueRemoved,
  schemaEnumValueAdded,
  schemaConstraintTightened,
  schemaClosedToExtraProperties,
  schemaPropertyAddedToClosedSchema,
  schemaKeywordChanged,
  channelRemoved,
  messageRemoved,
  channelAdded,
  messageAdded,
  responseConstraintLoosened,
  schemaConstraintLoosened,
  defaultValueChanged,
];

export const contractRules: RuleMeta[] = contractRuleList.map((r) => r.meta);

const byId = new Map(contractRuleList.map((r) => [r.meta.id, r]));

export function contractRule(id: string): ContractRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`internal error: no contract rule '${id}'`);
  return rule;
}
