import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  migrationRules
} from "./chunk-7L7Q2KBG.js";

// src/contracts/rules/types.ts
function defineContractRule(meta, impl) {
  return { meta: { ...meta, category: "contract" }, ...impl };
}
var never = () => false;
function affected(change) {
  const list = [...change.endpoints].sort();
  if (list.length === 0) return "";
  const shown = list.slice(0, 3).join(", ");
  const more = list.length > 3 ? ` and ${list.length - 3} more operation${list.length - 3 === 1 ? "" : "s"}` : "";
  return ` (${shown}${more})`;
}
function subject(change, fallback = "schema") {
  return change.name !== void 0 ? `\`${change.name}\`` : fallback;
}

// src/contracts/rules/endpoint-removed.ts
var endpoint_removed_default = defineContractRule(
  {
    id: "endpoint-removed",
    defaultSeverity: "error",
    summary: "An operation (path and method) that old clients call is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "endpoint-removed",
    message: (c) => `Operation ${c.detail} was removed; clients built against the previous version still call it.`
  }
);

// src/contracts/rules/response-status-removed.ts
var response_status_removed_default = defineContractRule(
  {
    id: "response-status-removed",
    defaultSeverity: "error",
    summary: "A documented 2xx response status is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "response-status-removed",
    message: (c) => `Response ${c.detail} was removed from ${[...c.endpoints].join(", ")}; clients built for it no longer get it.`
  }
);

// src/contracts/rules/response-media-type-removed.ts
var response_media_type_removed_default = defineContractRule(
  {
    id: "response-media-type-removed",
    defaultSeverity: "error",
    summary: "A response content type is removed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "response-media-type-removed",
    message: (c) => `Response content type ${c.detail} was removed${affected(c)}; clients that ask for it get another format or 406.`
  }
);

// src/contracts/rules/response-property-removed.ts
var response_property_removed_default = defineContractRule(
  {
    id: "response-property-removed",
    defaultSeverity: "error",
    summary: "A property is removed from a response body schema (at any depth)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "response",
    message: (c) => `Response property ${subject(c)} was removed${affected(c)}; clients built against the previous version still read it.`
  }
);

// src/contracts/rules/response-property-type-changed.ts
var response_property_type_changed_default = defineContractRule(
  {
    id: "response-property-type-changed",
    defaultSeverity: "error",
    summary: "A response property's type or format changes."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "response",
    message: (c) => `Response ${subject(c)} changed type: ${c.detail}${affected(c)}; old clients cannot read the new values.`
  }
);

// src/contracts/rules/response-property-became-optional.ts
var response_property_became_optional_default = defineContractRule(
  {
    id: "response-property-became-optional",
    defaultSeverity: "error",
    summary: "A response property is no longer required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-optional" && c.flow === "response",
    message: (c) => `Response property ${subject(c)} is no longer required${affected(c)}; old clients expect it in every response.`
  }
);

// src/contracts/rules/response-property-became-nullable.ts
var response_property_became_nullable_default = defineContractRule(
  {
    id: "response-property-became-nullable",
    defaultSeverity: "warning",
    summary: "A response property may now be null."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "became-nullable" && c.flow === "response",
    message: (c) => `Response ${subject(c)} may now be null${affected(c)}; old clients do not expect null.`
  }
);

// src/contracts/rules/response-enum-value-added.ts
var response_enum_value_added_default = defineContractRule(
  {
    id: "response-enum-value-added",
    defaultSeverity: "warning",
    summary: "A response enum gains a value old clients don't know."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "response",
    message: (c) => `Response ${subject(c, "enum")} gained ${c.detail}${affected(c)}; old clients do not know it.`
  }
);

// src/contracts/rules/request-body-became-required.ts
var request_body_became_required_default = defineContractRule(
  {
    id: "request-body-became-required",
    defaultSeverity: "error",
    summary: "A request body becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "request-body-became-required",
    message: (c) => `The request body became required${affected(c)}; old clients that send none are rejected.`
  }
);

// src/contracts/rules/request-media-type-removed.ts
var request_media_type_removed_default = defineContractRule(
  {
    id: "request-media-type-removed",
    defaultSeverity: "error",
    summary: "A request content type is no longer accepted."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "request-media-type-removed",
    message: (c) => `Request content type ${c.detail} is no longer accepted${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/request-property-removed.ts
var request_property_removed_default = defineContractRule(
  {
    id: "request-property-removed",
    defaultSeverity: "warning",
    summary: "A property is removed from a request body schema; old clients still send it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} was removed${affected(c)}; old clients still send it and the server now ignores or rejects it.`
  }
);

// src/contracts/rules/request-required-property-added.ts
var request_required_property_added_default = defineContractRule(
  {
    id: "request-required-property-added",
    defaultSeverity: "error",
    summary: "A new required property is added to a request body schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-property-added" && c.flow === "request",
    message: (c) => `New required request property ${subject(c)}${affected(c)}; old clients do not send it.`
  }
);

// src/contracts/rules/request-property-became-required.ts
var request_property_became_required_default = defineContractRule(
  {
    id: "request-property-became-required",
    defaultSeverity: "error",
    summary: "A request property becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-required" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} became required${affected(c)}; old clients may omit it.`
  }
);

// src/contracts/rules/request-property-type-changed.ts
var request_property_type_changed_default = defineContractRule(
  {
    id: "request-property-type-changed",
    defaultSeverity: "error",
    summary: "A request property's type or format changes so that values old clients send are rejected."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "request" && !c.parameter,
    message: (c) => `Request ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`
  }
);

// src/contracts/rules/request-enum-value-removed.ts
var request_enum_value_removed_default = defineContractRule(
  {
    id: "request-enum-value-removed",
    defaultSeverity: "error",
    summary: "A request enum loses a value old clients send."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "request" && !c.parameter,
    message: (c) => `Request ${subject(c, "enum")} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/request-constraint-tightened.ts
var request_constraint_tightened_default = defineContractRule(
  {
    id: "request-constraint-tightened",
    defaultSeverity: "error",
    summary: "A request constraint is tightened (max down, min up, pattern or format added or changed)."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-tightened" && c.flow === "request",
    message: (c) => `Request ${subject(c)} constraint tightened: ${c.detail}${affected(c)}; values old clients send may now be rejected.`
  }
);

// src/contracts/rules/request-closed-to-extra-properties.ts
var request_closed_to_extra_properties_default = defineContractRule(
  {
    id: "request-closed-to-extra-properties",
    defaultSeverity: "error",
    summary: "`additionalProperties: false` is added to a request schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "closed-to-extra-properties" && c.flow === "request",
    message: (c) => `Request schema${c.name ? " " + subject(c) : ""} now rejects unknown properties (${c.detail})${affected(c)}; old clients may send extra fields.`
  }
);

// src/contracts/rules/parameter-removed.ts
var parameter_removed_default = defineContractRule(
  {
    id: "parameter-removed",
    defaultSeverity: "warning",
    summary: "A parameter is removed; old clients still send it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "parameter-removed",
    message: (c) => `Parameter ${c.detail} was removed${affected(c)}; old clients still send it and it is now ignored.`
  }
);

// src/contracts/rules/required-parameter-added.ts
var required_parameter_added_default = defineContractRule(
  {
    id: "required-parameter-added",
    defaultSeverity: "error",
    summary: "A new required parameter is added."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-parameter-added",
    message: (c) => `New required ${c.detail}${affected(c)}; old clients do not send it.`
  }
);

// src/contracts/rules/parameter-became-required.ts
var parameter_became_required_default = defineContractRule(
  {
    id: "parameter-became-required",
    defaultSeverity: "error",
    summary: "A parameter becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "parameter-became-required",
    message: (c) => `${c.detail.charAt(0).toUpperCase() + c.detail.slice(1)} became required${affected(c)}; old clients may omit it.`
  }
);

// src/contracts/rules/parameter-type-changed.ts
var parameter_type_changed_default = defineContractRule(
  {
    id: "parameter-type-changed",
    defaultSeverity: "error",
    summary: "A parameter's type or format changes so that values old clients send are rejected."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "request" && c.parameter,
    message: (c) => `Parameter ${subject(c)} changed type: ${c.detail}${affected(c)}; values old clients send are rejected.`
  }
);

// src/contracts/rules/parameter-enum-value-removed.ts
var parameter_enum_value_removed_default = defineContractRule(
  {
    id: "parameter-enum-value-removed",
    defaultSeverity: "error",
    summary: "A parameter enum loses a value old clients send."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "request" && c.parameter,
    message: (c) => `Parameter ${subject(c)} no longer accepts ${c.detail}${affected(c)}; old clients still send it.`
  }
);

// src/contracts/rules/security-requirement-added.ts
var security_requirement_added_default = defineContractRule(
  {
    id: "security-requirement-added",
    defaultSeverity: "error",
    summary: "An operation needs new or stronger security."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "security-requirement-added",
    message: (c) => `Security tightened${affected(c)}: ${c.detail}; old clients are refused.`
  }
);

// src/contracts/rules/base-path-changed.ts
var base_path_changed_default = defineContractRule(
  {
    id: "base-path-changed",
    defaultSeverity: "error",
    summary: "The base path (Swagger 2.0 `basePath` or every OAS 3 server path) changes: every endpoint moves."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "base-path-changed",
    message: (c) => `The base path changed (${c.detail}); every endpoint moves and old clients call the old URLs.`
  }
);

// src/contracts/rules/contract-removed.ts
var contract_removed_default = defineContractRule(
  {
    id: "contract-removed",
    defaultSeverity: "error",
    summary: "A contract file is deleted."
  },
  {
    direction: "deploy",
    matches: never,
    message: (c) => `The contract ${c.detail} was deleted; clients and consumers built against it lose their description.`
  }
);

// src/contracts/rules/invalid-contract.ts
var invalid_contract_default = defineContractRule(
  {
    id: "invalid-contract",
    defaultSeverity: "error",
    summary: "The head version of a contract does not parse or is not a valid OpenAPI or JSON Schema document."
  },
  {
    direction: null,
    matches: never,
    message: (c) => `This contract is not valid: ${c.detail}.`
  }
);

// src/contracts/rules/external-ref.ts
var external_ref_default = defineContractRule(
  {
    id: "external-ref",
    defaultSeverity: "error",
    summary: "A `$ref` points to a URL or outside the repository, which the gate never reads."
  },
  {
    direction: null,
    matches: never,
    message: (c) => `$ref ${c.detail} cannot be checked: the gate never fetches URLs or reads outside the repository.`
  }
);

// src/contracts/rules/endpoint-added.ts
var endpoint_added_default = defineContractRule(
  {
    id: "endpoint-added",
    defaultSeverity: "notice",
    summary: "A new operation: clients that adopt it get 404 after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "endpoint-added",
    message: (c) => `New operation ${c.detail}: clients that adopt it get 404 if this release is rolled back.`
  }
);

// src/contracts/rules/response-property-added.ts
var response_property_added_default = defineContractRule(
  {
    id: "response-property-added",
    defaultSeverity: "notice",
    summary: "A new response property: clients must tolerate its absence after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => (c.kind === "optional-property-added" || c.kind === "required-property-added" || c.kind === "property-added-to-closed") && c.flow === "response",
    message: (c) => `New response property ${subject(c)}${affected(c)}: clients that start reading it must tolerate its absence after a rollback.`
  }
);

// src/contracts/rules/request-enum-value-added.ts
var request_enum_value_added_default = defineContractRule(
  {
    id: "request-enum-value-added",
    defaultSeverity: "warning",
    summary: "A request enum gains a value that the old server rejects after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "request",
    message: (c) => `Request ${subject(c, "enum")} now accepts ${c.detail}${affected(c)}; clients that send it are rejected by the old server after a rollback.`
  }
);

// src/contracts/rules/request-property-added-to-closed-schema.ts
var request_property_added_to_closed_schema_default = defineContractRule(
  {
    id: "request-property-added-to-closed-schema",
    defaultSeverity: "warning",
    summary: "A property is added to a request schema that the old server closed to extra properties."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "property-added-to-closed" && c.flow === "request",
    message: (c) => `Request property ${subject(c)} is new in a schema that forbade extra properties${affected(c)}; clients that send it are rejected by the old server after a rollback.`
  }
);

// src/contracts/rules/schema-property-removed.ts
var schema_property_removed_default = defineContractRule(
  {
    id: "schema-property-removed",
    defaultSeverity: "error",
    summary: "A property is removed from a standalone schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-removed" && c.flow === "event",
    message: (c) => `Property ${subject(c)} was removed (${c.object}); old consumers still read it and old producers still write it.`
  }
);

// src/contracts/rules/schema-required-property-added.ts
var schema_required_property_added_default = defineContractRule(
  {
    id: "schema-required-property-added",
    defaultSeverity: "error",
    summary: "A new required property: old producers' messages lack it."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "required-property-added" && c.flow === "event",
    message: (c) => `New required property ${subject(c)} (${c.object}); messages from old producers lack it.`
  }
);

// src/contracts/rules/schema-property-became-required.ts
var schema_property_became_required_default = defineContractRule(
  {
    id: "schema-property-became-required",
    defaultSeverity: "error",
    summary: "A property of a standalone schema becomes required."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "property-became-required" && c.flow === "event",
    message: (c) => `Property ${subject(c)} became required (${c.object}); messages from old producers may lack it.`
  }
);

// src/contracts/rules/schema-type-changed.ts
var schema_type_changed_default = defineContractRule(
  {
    id: "schema-type-changed",
    defaultSeverity: "error",
    summary: "A type in a standalone schema is narrowed or changed."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "type-changed" && c.flow === "event",
    message: (c) => `${subject(c, "The schema")} changed type: ${c.detail} (${c.object}); old and new producers and consumers meet in the same queue or table, so messages one side writes no longer validate for the other.`
  }
);

// src/contracts/rules/schema-enum-value-removed.ts
var schema_enum_value_removed_default = defineContractRule(
  {
    id: "schema-enum-value-removed",
    defaultSeverity: "error",
    summary: "An enum of a standalone schema loses a value."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "enum-value-removed" && c.flow === "event",
    message: (c) => `${subject(c, "The enum")} no longer allows ${c.detail} (${c.object}); old producers still write it.`
  }
);

// src/contracts/rules/schema-enum-value-added.ts
var schema_enum_value_added_default = defineContractRule(
  {
    id: "schema-enum-value-added",
    defaultSeverity: "warning",
    summary: "An enum of a standalone schema gains a value: old consumers meet an unknown value after a rollback."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "enum-value-added" && c.flow === "event",
    message: (c) => `${subject(c, "The enum")} gained ${c.detail} (${c.object}); old consumers meet it during the rollout and after a rollback.`
  }
);

// src/contracts/rules/schema-constraint-tightened.ts
var schema_constraint_tightened_default = defineContractRule(
  {
    id: "schema-constraint-tightened",
    defaultSeverity: "error",
    summary: "A constraint of a standalone schema is tightened."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "constraint-tightened" && c.flow === "event",
    message: (c) => `${subject(c, "The schema")} constraint tightened: ${c.detail} (${c.object}); existing messages may no longer validate.`
  }
);

// src/contracts/rules/schema-closed-to-extra-properties.ts
var schema_closed_to_extra_properties_default = defineContractRule(
  {
    id: "schema-closed-to-extra-properties",
    defaultSeverity: "error",
    summary: "`additionalProperties: false` (or `unevaluatedProperties: false`) is added to a standalone schema."
  },
  {
    direction: "deploy",
    matches: (c) => c.kind === "closed-to-extra-properties" && c.flow === "event",
    message: (c) => `The schema now rejects unknown properties (${c.detail}, ${c.object}); messages with extra fields no longer validate.`
  }
);

// src/contracts/rules/schema-property-added-to-closed-schema.ts
var schema_property_added_to_closed_schema_default = defineContractRule(
  {
    id: "schema-property-added-to-closed-schema",
    defaultSeverity: "error",
    summary: "A property is added to a schema whose base version forbade extra properties: old consumers reject the new messages."
  },
  {
    direction: "rollback",
    matches: (c) => c.kind === "property-added-to-closed" && c.flow === "event",
    message: (c) => `Property ${subject(c)} is new in a schema that forbade extra properties (${c.object}); old consumers reject messages that carry it.`
  }
);

// src/contracts/rules/index.ts
var contractRuleList = [
  endpoint_removed_default,
  response_status_removed_default,
  response_media_type_removed_default,
  response_property_removed_default,
  response_property_type_changed_default,
  response_property_became_optional_default,
  response_property_became_nullable_default,
  response_enum_value_added_default,
  request_body_became_required_default,
  request_media_type_removed_default,
  request_property_removed_default,
  request_required_property_added_default,
  request_property_became_required_default,
  request_property_type_changed_default,
  request_enum_value_removed_default,
  request_constraint_tightened_default,
  request_closed_to_extra_properties_default,
  parameter_removed_default,
  required_parameter_added_default,
  parameter_became_required_default,
  parameter_type_changed_default,
  parameter_enum_value_removed_default,
  security_requirement_added_default,
  base_path_changed_default,
  contract_removed_default,
  invalid_contract_default,
  external_ref_default,
  endpoint_added_default,
  response_property_added_default,
  request_enum_value_added_default,
  request_property_added_to_closed_schema_default,
  schema_property_removed_default,
  schema_required_property_added_default,
  schema_property_became_required_default,
  schema_type_changed_default,
  schema_enum_value_removed_default,
  schema_enum_value_added_default,
  schema_constraint_tightened_default,
  schema_closed_to_extra_properties_default,
  schema_property_added_to_closed_schema_default
];
var contractRules = contractRuleList.map((r) => r.meta);
var byId = new Map(contractRuleList.map((r) => [r.meta.id, r]));
function contractRule(id) {
  const rule = byId.get(id);
  if (!rule) throw new Error(`internal error: no contract rule '${id}'`);
  return rule;
}

// src/policy/process-rules.ts
var processRules = [
  {
    id: "config-changed",
    category: "config",
    defaultSeverity: "notice",
    summary: "The PR changes the gate's configuration; the change applies after merge."
  },
  {
    id: "invalid-config",
    category: "config",
    defaultSeverity: "error",
    summary: "The configuration file does not validate; the CLI exits 2."
  },
  {
    id: "suppression-without-reason",
    category: "config",
    defaultSeverity: "warning",
    summary: "An inline suppression gives no reason."
  },
  {
    id: "unused-suppression",
    category: "config",
    defaultSeverity: "notice",
    summary: "An inline suppression matches no finding."
  }
];

// src/rules.ts
var allRules = [
  ...migrationRules.map((r) => r.meta),
  ...contractRules,
  ...processRules
];
var byId2 = new Map(allRules.map((r) => [r.id, r]));
function ruleMeta(id) {
  return byId2.get(id);
}

export {
  contractRuleList,
  contractRule,
  allRules,
  ruleMeta
};
