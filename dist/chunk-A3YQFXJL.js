import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  analyseMigrations,
  ignoredPaths,
  migrationDialects,
  parseSuppressionBody,
  prepareMigrations
} from "./chunk-LXMBZN5A.js";
import {
  MAX_FILE_BYTES
} from "./chunk-YS6JIWXZ.js";
import {
  CONFIG_PATHS,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_const,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_dist,
  require_draft7,
  require_enum,
  require_format,
  require_limitItems,
  require_limitLength,
  require_limitProperties,
  require_metadata,
  require_multipleOf,
  require_names,
  require_pattern,
  require_ref,
  require_ref_error,
  require_required,
  require_uniqueItems,
  require_util,
  require_validate,
  require_validation,
  require_validation_error
} from "./chunk-SIJTIELZ.js";
import {
  runAnalysers,
  unreadableFindings
} from "./chunk-27Q7GVWP.js";
import {
  endpointMatcher
} from "./chunk-CS4DVR3X.js";
import {
  contractRule,
  contractRuleList
} from "./chunk-OKAFENIV.js";
import {
  lineAt,
  lineStarts
} from "./chunk-7K4VNERT.js";
import {
  DATA_FILE,
  compileGlob
} from "./chunk-RUCUYVEX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-U623IIGW.js";

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema: schema2, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema: schema2, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key2) => gen.if(unevaluatedDynamic(props, key2), () => unevaluatedPropCode(key2))));
        } else if (props !== true) {
          gen.forIn("key", data, (key2) => props === void 0 ? unevaluatedPropCode(key2) : gen.if(unevaluatedStatic(props, key2), () => unevaluatedPropCode(key2)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key2) {
          if (schema2 === false) {
            cxt.setParams({ unevaluatedProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema2)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key2,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key2) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key2}]`;
        }
        function unevaluatedStatic(evaluatedProps, key2) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key2} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema: schema2, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema2 === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core2 = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core2,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core2 = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core2,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/core.js
var require_core5 = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ref_1 = require_ref();
    var core2 = [
      "$schema",
      "id",
      "$defs",
      { keyword: "$comment" },
      "definitions",
      ref_1.default
    ];
    exports.default = core2;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: {
        exclusive: "exclusiveMaximum",
        ops: [
          { okStr: "<=", ok: ops.LTE, fail: ops.GT },
          { okStr: "<", ok: ops.LT, fail: ops.GTE }
        ]
      },
      minimum: {
        exclusive: "exclusiveMinimum",
        ops: [
          { okStr: ">=", ok: ops.GTE, fail: ops.LT },
          { okStr: ">", ok: ops.GT, fail: ops.LTE }
        ]
      }
    };
    var error = {
      message: (cxt) => core_1.str`must be ${kwdOp(cxt).okStr} ${cxt.schemaCode}`,
      params: (cxt) => core_1._`{comparison: ${kwdOp(cxt).okStr}, limit: ${cxt.schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { data, schemaCode } = cxt;
        cxt.fail$data(core_1._`${data} ${kwdOp(cxt).fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    function kwdOp(cxt) {
      var _a;
      const keyword = cxt.keyword;
      const opsIdx = ((_a = cxt.parentSchema) === null || _a === void 0 ? void 0 : _a[KWDs[keyword].exclusive]) ? 1 : 0;
      return KWDs[keyword].ops[opsIdx];
    }
    exports.default = def;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumberExclusive.js
var require_limitNumberExclusive = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumberExclusive.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var KWDs = {
      exclusiveMaximum: "maximum",
      exclusiveMinimum: "minimum"
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "boolean",
      code({ keyword, parentSchema }) {
        const limitKwd = KWDs[keyword];
        if (parentSchema[limitKwd] === void 0) {
          throw new Error(`${keyword} can only be used with ${limitKwd}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/index.js
var require_validation4 = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var limitNumberExclusive_1 = require_limitNumberExclusive();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      limitNumberExclusive_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/draft4.js
var require_draft4 = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/draft4.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core5();
    var validation_1 = require_validation4();
    var applicator_1 = require_applicator();
    var format_1 = require_format();
    var metadataVocabulary = ["title", "description", "default"];
    var draft4Vocabularies = [
      core_1.default,
      validation_1.default,
      applicator_1.default(),
      format_1.default,
      metadataVocabulary
    ];
    exports.default = draft4Vocabularies;
  }
});

// node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json
var require_json_schema_draft_04 = __commonJS({
  "node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json"(exports, module) {
    module.exports = {
      id: "http://json-schema.org/draft-04/schema#",
      $schema: "http://json-schema.org/draft-04/schema#",
      description: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        positiveInteger: {
          type: "integer",
          minimum: 0
        },
        positiveIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/positiveInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          uniqueItems: true
        }
      },
      type: "object",
      properties: {
        id: {
          type: "string",
          format: "uri"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: {},
        multipleOf: {
          type: "number",
          minimum: 0,
          exclusiveMinimum: true
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "boolean",
          default: false
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "boolean",
          default: false
        },
        maxLength: { $ref: "#/definitions/positiveInteger" },
        minLength: { $ref: "#/definitions/positiveIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: {}
        },
        maxItems: { $ref: "#/definitions/positiveInteger" },
        minItems: { $ref: "#/definitions/positiveIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxProperties: { $ref: "#/definitions/positiveInteger" },
        minProperties: { $ref: "#/definitions/positiveIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        enum: {
          type: "array",
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      dependencies: {
        exclusiveMaximum: ["maximum"],
        exclusiveMinimum: ["minimum"]
      },
      default: {}
    };
  }
});

// node_modules/ajv-draft-04/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-draft-04/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var core_1 = require_core();
    var draft4_1 = require_draft4();
    var discriminator_1 = require_discriminator();
    var draft4MetaSchema = require_json_schema_draft_04();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-04/schema";
    var Ajv2 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          schemaId: "id"
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft4_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft4MetaSchema, META_SUPPORT_DATA) : draft4MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    module.exports = exports = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var core_2 = require_core();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return core_2.KeywordCxt;
    } });
    var core_3 = require_core();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return core_3._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return core_3.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return core_3.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return core_3.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return core_3.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return core_3.CodeGen;
    } });
  }
});

// src/contracts/changes.ts
var NO_ENDPOINTS = /* @__PURE__ */ new Set();

// src/contracts/refs.ts
import { posix } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key2 = sourceKeys[index];
        target[key2] = source[key2];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key2 in object) {
      if (_hasOwnProperty.call(object, key2)) {
        if (object[key2] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key2, value) {
    if (key2 === "__proto__") {
      Object.defineProperty(object, key2, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key2] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key2 = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key2)) {
        setProperty(destination, key2, source[key2]);
        overridableKeys[key2] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/contracts/load.ts
var import_yaml = __toESM(require_dist(), 1);
var LIMITS = {
  /** Nodes counted with aliases expanded (a billion-laughs document explodes here). */
  maxExpandedNodes: 5e6,
  maxDepth: 1e3
};
function isJsonPath(path, text) {
  if (/\.json$/i.test(path)) return true;
  if (/\.ya?ml$/i.test(path)) return false;
  return /^\s*[{[]/.test(text);
}
function loadDocument(path, text, options = {}) {
  const format = isJsonPath(path, text) ? "json" : "yaml";
  let value;
  let error = null;
  let cst;
  try {
    if (format === "json") {
      value = JSON.parse(text);
      const shape = jsonShape(value);
      if (shape.maxDepth > LIMITS.maxDepth) {
        error = { message: `the document is nested deeper than ${LIMITS.maxDepth} levels`, line: 1 };
      } else if (options.duplicateKeys !== false && shape.keys !== countKeyMarks(text) && shape.keys !== countKeys(text)) {
        error = firstDuplicateKey(text);
      }
    } else {
      value = yaml.load(text, { filename: path });
      const shape = checkShape(value);
      if (shape) error = { message: shape, line: 1 };
    }
  } catch (e) {
    error = loadError(e, text);
  }
  const doc = {
    path,
    text,
    format,
    value: error ? void 0 : value,
    error,
    locate: (pointers) => {
      if (format === "json") {
        const locator = jsonLocator(text);
        doc.locate = locator;
        return locator(pointers);
      }
      const { spans, approximate } = blockYamlSpans(text, pointers);
      const unsure = pointers.map((_, i) => i).filter((i) => approximate[i]);
      if (unsure.length && text.length <= CST_MAX_CHARS) {
        cst ??= yamlLocator(text);
        const exact = cst(unsure.map((i) => pointers[i]));
        unsure.forEach((i, k) => spans[i] = exact[k]);
      }
      return spans;
    }
  };
  return doc;
}
function loadError(e, text) {
  if (e instanceof RangeError) return { message: "the document is nested too deeply to read", line: 1 };
  const err = e;
  if (err.mark && typeof err.mark.line === "number") {
    return { message: err.reason ?? String(err.message).split("\n")[0], line: err.mark.line + 1 };
  }
  const message = String(err.message ?? e);
  const pos = /position (\d+)/.exec(message);
  const line = pos ? lineAt(lineStarts(text), Number(pos[1])) : 1;
  return { message: message.split("\n")[0], line };
}
function checkShape(value) {
  const sizes = /* @__PURE__ */ new Map();
  const stack = [];
  const push = (node, depth) => {
    if (node === null || typeof node !== "object") return 1;
    const known = sizes.get(node);
    if (known !== void 0) return known;
    if (depth > LIMITS.maxDepth) return -1;
    sizes.set(node, 0);
    stack.push({ node, depth, children: Array.isArray(node) ? node : Object.values(node), i: 0, size: 1 });
    return null;
  };
  push(value, 0);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const children = top.children;
    if (top.i < children.length) {
      const r = push(children[top.i++], top.depth + 1);
      if (r === -1) return `the document is nested deeper than ${LIMITS.maxDepth} levels`;
      if (r !== null) top.size += r;
      if (top.size > LIMITS.maxExpandedNodes) return aliasMessage();
      continue;
    }
    stack.pop();
    sizes.set(top.node, top.size);
    if (stack.length) {
      const parent = stack[stack.length - 1];
      parent.size += top.size;
      if (parent.size > LIMITS.maxExpandedNodes) return aliasMessage();
    }
  }
  return null;
}
function aliasMessage() {
  return `the document expands to more than ${LIMITS.maxExpandedNodes.toLocaleString("en-US")} nodes (YAML alias bomb?)`;
}
function pointerString(pointer) {
  return "#" + pointer.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
var WS = /* @__PURE__ */ new Set([32, 10, 13, 9]);
var JsonScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  ws() {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) this.pos++;
  }
  /** Index of the quote that closes the string opening at `open` (or the text's length). */
  closing(open) {
    const t = this.text;
    for (let i = t.indexOf('"', open + 1); i !== -1; i = t.indexOf('"', i + 1)) {
      let k = i - 1;
      while (t.charCodeAt(k) === 92) k--;
      if ((i - 1 - k) % 2 === 0) return i;
    }
    return t.length;
  }
  /** Reads a string starting at pos (on the quote); returns its value. */
  string() {
    const start = this.pos;
    const end = this.closing(start);
    this.pos = end + 1;
    const raw = this.text.slice(start + 1, end);
    if (!raw.includes("\\")) return raw;
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  }
  /** Skips one value starting at pos, iteratively (deep nesting is fine). */
  skip() {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        this.pos = this.closing(this.pos) + 1;
        if (depth === 0) return;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          this.pos++;
          return;
        }
      } else if (depth === 0 && (c === 44 || WS.has(c))) return;
      this.pos++;
    }
  }
};
function buildTrie(pointers) {
  const root = { children: /* @__PURE__ */ new Map(), ends: [] };
  pointers.forEach((p, i) => {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, next = { children: /* @__PURE__ */ new Map(), ends: [] });
      node = next;
    }
    node.ends.push(i);
  });
  return root;
}
function fillAll(trie, span, out) {
  for (const i of trie.ends) out[i] = span;
  for (const child3 of trie.children.values()) fillAll(child3, span, out);
}
function jsonLocator(text) {
  const starts = lineStarts(text);
  return (pointers) => {
    const out = new Array(pointers.length);
    const trie = buildTrie(pointers);
    const s = new JsonScanner(text);
    s.ws();
    const rootSpan = { line: lineAt(starts, s.pos), endLine: starts.length };
    fillAll(trie, rootSpan, out);
    try {
      visitJson(s, trie, starts, lineAt(starts, s.pos), out);
    } catch {
    }
    return out;
  };
}
function visitJson(s, trie, starts, keyLine, out) {
  const t = s.text;
  const c = t.charCodeAt(s.pos);
  if (trie.children.size === 0 || c !== 123 && c !== 91) {
    s.skip();
    const span2 = { line: keyLine, endLine: lineAt(starts, Math.max(s.pos - 1, 0)) };
    for (const i of trie.ends) out[i] = span2;
    return;
  }
  const isObject2 = c === 123;
  s.pos++;
  let index = 0;
  for (; ; ) {
    s.ws();
    const ch = t.charCodeAt(s.pos);
    if (ch === 125 || ch === 93 || s.pos >= t.length) {
      s.pos++;
      break;
    }
    if (ch === 44) {
      s.pos++;
      continue;
    }
    let key2;
    const line = lineAt(starts, s.pos);
    if (isObject2) {
      key2 = s.string();
      s.ws();
      s.pos++;
      s.ws();
    } else key2 = String(index++);
    const child3 = trie.children.get(key2);
    if (child3) {
      fillAll(child3, { line, endLine: line }, out);
      visitJson(s, child3, starts, line, out);
    } else s.skip();
  }
  const span = { line: keyLine, endLine: lineAt(starts, Math.max(s.pos - 1, 0)) };
  for (const i of trie.ends) out[i] = span;
}
function countKeyMarks(text) {
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
  return n;
}
function countKeys(text) {
  let keys = 0;
  const n = text.length;
  for (let i = text.indexOf('"'); i !== -1 && i < n; i = text.indexOf('"', i + 1)) {
    let j = text.indexOf('"', i + 1);
    while (j !== -1) {
      let backslashes = 0;
      for (let k2 = j - 1; text.charCodeAt(k2) === 92; k2--) backslashes++;
      if (backslashes % 2 === 0) break;
      j = text.indexOf('"', j + 1);
    }
    if (j === -1) break;
    let k = j + 1;
    while (k < n && WS.has(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 58) keys++;
    i = j;
  }
  return keys;
}
function jsonShape(value) {
  let keys = 0;
  let maxDepth = 0;
  const stack = [value];
  const depths = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop();
    if (v === null || typeof v !== "object") continue;
    if (depth > maxDepth) maxDepth = depth;
    if (Array.isArray(v)) {
      for (const x of v) {
        if (x !== null && typeof x === "object") {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const k in v) {
        keys++;
        const x = v[k];
        if (x !== null && typeof x === "object") {
          stack.push(x);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { keys, maxDepth };
}
function firstDuplicateKey(text) {
  const s = new JsonScanner(text);
  const stack = [];
  const t = text;
  let expectKey = false;
  while (s.pos < t.length) {
    const c = t.charCodeAt(s.pos);
    if (c === 34) {
      const start = s.pos;
      const value = s.string();
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        if (top.has(value)) {
          return { message: `duplicate key "${value}"`, line: lineAt(lineStarts(text), start) };
        }
        top.add(value);
      }
      expectKey = false;
      continue;
    }
    if (c === 123) {
      stack.push(/* @__PURE__ */ new Set());
      expectKey = true;
    } else if (c === 91) {
      stack.push(null);
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      expectKey = stack[stack.length - 1] !== null && stack.length > 0;
    }
    s.pos++;
  }
  return null;
}
var CST_MAX_CHARS = 2 * 1024 * 1024;
function blockYamlSpans(text, pointers) {
  const root = { children: /* @__PURE__ */ new Map(), span: null, unsure: false };
  for (const p of pointers) {
    let node = root;
    for (const seg of p) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, next = { children: /* @__PURE__ */ new Map(), span: null, unsure: false });
      node = next;
    }
  }
  const stack = [{ indent: -1, dash: false, node: root, seq: 0, line: 0, compact: false }];
  let lineNo = 0;
  let firstContent = 0;
  let lastContent = 0;
  let skipAbove = -1;
  let skipCompact = false;
  const close = (entry) => {
    entry.node.span ??= { line: entry.line, endLine: Math.max(lastContent, entry.line) };
  };
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    lineNo++;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i++;
    let stop = end;
    if (stop > i && text.charCodeAt(stop - 1) === 13) stop--;
    const lineStart = pos;
    pos = end + 1;
    const c = text.charCodeAt(i);
    if (i >= stop || c === 35) continue;
    const indent = i - lineStart;
    const isDash = c === 45 && (i + 1 >= stop || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
    if (skipAbove >= 0) {
      if (indent > skipAbove || indent === skipAbove && skipCompact && isDash) {
        lastContent = lineNo;
        continue;
      }
      skipAbove = -1;
    }
    if (indent === 0 && (text.startsWith("---", i) || text.startsWith("...", i) || c === 37) && (stop - i === 3 || text.charCodeAt(i + 3) === 32 || c === 37)) {
      continue;
    }
    firstContent ||= lineNo;
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (indent > top.indent || indent === top.indent && isDash && !top.dash && top.compact) break;
      close(stack.pop());
    }
    lastContent = lineNo;
    let parent = stack[stack.length - 1];
    let col = indent;
    let rest = text.slice(i, stop);
    for (; ; ) {
      if (rest === "-" || rest.startsWith("- ") || rest.startsWith("-	")) {
        const node2 = parent.node.children.get(String(parent.seq++));
        if (!node2) {
          skipAbove = col;
          skipCompact = false;
          break;
        }
        const entry = { indent: col, dash: true, node: node2, seq: 0, line: lineNo, compact: false };
        stack.push(entry);
        const after = rest.slice(1).replace(/^[ \t]+/, "");
        if (after === "" || after.startsWith("#")) break;
        col += rest.length - after.length;
        rest = after;
        parent = entry;
        continue;
      }
      const key2 = rest.startsWith("? ") ? null : yamlKey(rest);
      if (key2 === null || key2.key === "<<") {
        const itemValue = key2 === null && parent.dash && parent.line === lineNo;
        if (!itemValue || unfollowed(stripProperties(rest))) parent.node.unsure = true;
        skipAbove = col;
        skipCompact = false;
        break;
      }
      const node = parent.node.children.get(key2.key);
      const value = stripProperties(key2.rest);
      const valueHere = value !== "" && !value.startsWith("#");
      if (!node) {
        skipAbove = col;
        skipCompact = !valueHere;
        break;
      }
      stack.push({ indent: col, dash: false, node, seq: 0, line: lineNo, compact: !valueHere });
      if (valueHere) {
        if (unfollowed(value)) node.unsure = true;
        skipAbove = col;
        skipCompact = false;
      }
      break;
    }
  }
  while (stack.length > 1) close(stack.pop());
  const rootSpan = { line: firstContent || 1, endLine: lastContent || 1 };
  const spans = [];
  const approximate = [];
  for (const p of pointers) {
    let node = root;
    let span = rootSpan;
    let found = true;
    for (const seg of p) {
      const next = node.children.get(seg);
      if (!next?.span) {
        found = false;
        break;
      }
      node = next;
      span = next.span;
    }
    spans.push(span);
    approximate.push(!found && node.unsure);
  }
  return { spans, approximate };
}
function unfollowed(value) {
  return value.startsWith("*") || /^[[{]/.test(value) && !/^(\{\s*\}|\[\s*\])\s*(#.*)?$/.test(value);
}
function stripProperties(raw) {
  let v = raw.replace(/^[ \t]+/, "");
  while (v.startsWith("&") || v.startsWith("!")) {
    const space = v.search(/[ \t]/);
    v = space === -1 ? "" : v.slice(space).replace(/^[ \t]+/, "");
  }
  return v;
}
function yamlKey(content) {
  let key2;
  let after;
  if (content.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    key2 = m[1].replace(/''/g, "'");
    after = m[0].length;
  } else if (content.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    try {
      key2 = JSON.parse(`"${m[1]}"`);
    } catch {
      return null;
    }
    after = m[0].length;
  } else {
    const m = /^([^#:\s][^:#]*?)\s*:(?:\s|$)/.exec(content);
    if (!m) return null;
    key2 = m[1];
    after = m[0].length;
  }
  return { key: key2, rest: content.slice(after) };
}
function yamlLocator(text) {
  const starts = lineStarts(text);
  let root;
  try {
    for (const token of new import_yaml.Parser().parse(text)) {
      if (token.type === "document") {
        root = token.value ?? void 0;
        break;
      }
    }
  } catch {
    root = void 0;
  }
  const keyCache = /* @__PURE__ */ new WeakMap();
  const line = (offset) => lineAt(starts, offset);
  const entries = (token) => {
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") return null;
    let map2 = keyCache.get(token);
    if (map2) return map2;
    map2 = /* @__PURE__ */ new Map();
    const isSeq = token.type === "block-seq" || token.type === "flow-collection" && token.start.source === "[";
    token.items.forEach((item, i) => {
      if (isSeq) map2.set(String(i), item);
      else if (item.key) {
        const k = scalarText(item.key);
        if (k !== null && !map2.has(k)) map2.set(k, item);
      }
    });
    keyCache.set(token, map2);
    return map2;
  };
  return (pointers) => pointers.map((pointer) => {
    if (!root) return { line: 1, endLine: starts.length };
    let token = root;
    let span = { line: line(token.offset), endLine: line(endOffset(token)) };
    for (const seg of pointer) {
      const map2 = entries(token);
      const item = map2?.get(seg);
      if (!item) break;
      const first = item.key ?? item.start.find((t) => t.type === "seq-item-ind") ?? item.value;
      const startOff = first ? first.offset : token.offset;
      const value = item.value;
      span = { line: line(startOff), endLine: line(value ? endOffset(value) : startOff) };
      if (!value) break;
      token = value;
    }
    return span;
  });
}
function scalarText(token) {
  if (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar") {
    try {
      return import_yaml.CST.resolveAsScalar(token).value;
    } catch {
      return token.source;
    }
  }
  return null;
}
function endOffset(token) {
  for (let guard = 0; guard < 1e4; guard++) {
    switch (token.type) {
      case "block-map":
      case "block-seq": {
        const last = token.items[token.items.length - 1];
        if (!last) return token.offset;
        const next = last.value ?? last.key;
        if (!next) return token.offset;
        token = next;
        continue;
      }
      case "flow-collection": {
        const end = token.end[token.end.length - 1];
        return end ? end.offset : token.offset;
      }
      case "document":
        return token.offset;
      default: {
        const src = "source" in token && typeof token.source === "string" ? token.source : "";
        return token.offset + Math.max(src.replace(/\s+$/, "").length - 1, 0);
      }
    }
  }
  return token.offset;
}

// src/contracts/refs.ts
var MAX_REF_CHAIN = 64;
var MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;
var ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;
var FILE_URL = /^file:(\/\/)?/i;
var ChildNode = class {
  constructor(parent, segs, value) {
    this.parent = parent;
    this.segs = segs;
    this.value = value;
  }
  parent;
  segs;
  value;
  built = null;
  get file() {
    return this.parent.file;
  }
  get pointer() {
    return this.built ??= [...this.parent.pointer, ...this.segs];
  }
};
function childNode(node, segs) {
  let value = node.value;
  for (const s of segs) value = getAt(value, [s]);
  return new ChildNode(node, segs, value);
}
function unresolvedAt(node, ref) {
  return { file: node.file, pointer: node.pointer, value: void 0, unresolved: ref };
}
function refTarget(file, ref) {
  const hash = ref.indexOf("#");
  let location = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : ref.slice(hash + 1);
  if (location === "") return { kind: "local", file, fragment };
  const fileUrl = FILE_URL.exec(location);
  if (fileUrl) {
    location = location.slice(fileUrl[0].length);
    if (location === "" || location.startsWith("/") || /^localhost\//i.test(location) || /^[a-z]:/i.test(location)) {
      return { kind: "external", reason: "an absolute file URL, outside the repository" };
    }
  } else if (ABSOLUTE_URI.test(location) || location.startsWith("//")) {
    return { kind: "external", reason: "a URL" };
  }
  let decoded = location;
  try {
    decoded = decodeURIComponent(location);
  } catch {
  }
  if (decoded.startsWith("/") || decoded.includes("\\")) return { kind: "external", reason: "a path outside the repository" };
  const joined = posix.normalize(posix.join(posix.dirname(file), decoded));
  if (joined === ".." || joined.startsWith("../")) return { kind: "external", reason: "a path outside the repository" };
  return { kind: "local", file: joined, fragment };
}
function parseFragment(fragment) {
  if (fragment === "" || fragment === "/") return fragment === "" ? [] : [""];
  if (!fragment.startsWith("/")) return null;
  return fragment.slice(1).split("/").map((s) => {
    let d = s;
    try {
      d = decodeURIComponent(s);
    } catch {
    }
    return d.replace(/~1/g, "/").replace(/~0/g, "~");
  });
}
function getAt(value, pointer) {
  let v = value;
  for (const seg of pointer) {
    if (v === null || typeof v !== "object") return void 0;
    if (Array.isArray(v)) {
      if (!/^\d+$/.test(seg)) return void 0;
      v = v[Number(seg)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(v, seg)) return void 0;
      v = v[seg];
    }
  }
  return v;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
var Workspace = class {
  constructor(tree, options = {}) {
    this.tree = tree;
    this.options = options;
  }
  tree;
  options;
  docs = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  /** Files a `$ref` leads to that exist on this side but could not be read, with why. */
  unreadable = /* @__PURE__ */ new Map();
  listed = null;
  /**
   * Why `path`, which read as null, could not be read; undefined when it is absent. The snapshot
   * says so when it can; otherwise the listing of the side tells absent from unreadable.
   */
  whyUnreadable(path) {
    if (this.tree.unreadable) return this.tree.unreadable(path);
    this.listed ??= new Set(this.tree.list());
    return this.listed.has(path) ? `over ${MAX_FILE_MB} MB or binary` : void 0;
  }
  /** Absolute `$id`s found so far: the data files that declare each (a text search, then confirmed). */
  idFiles = /* @__PURE__ */ new Map();
  /** The whole side scanned for `$id`s (only when the snapshot cannot search its files). */
  idsScanned = false;
  /** Per file, per `$ref` text: where it leads, or why it does not. */
  targets = /* @__PURE__ */ new Map();
  doc(path) {
    if (this.docs.has(path)) return this.docs.get(path) ?? null;
    const text = this.text(path);
    const doc = text === null ? null : loadDocument(path, text, this.options);
    this.docs.set(path, doc);
    return doc;
  }
  /** File text, read from the snapshot once. */
  text(path) {
    if (!this.texts.has(path)) this.texts.set(path, this.tree.read(path));
    return this.texts.get(path) ?? null;
  }
  /** Documents loaded so far (the contract and every file its `$ref`s reached). */
  loaded() {
    return [...this.docs.values()].filter((d) => d !== null);
  }
  root(path) {
    const doc = this.doc(path);
    if (!doc || doc.error) return null;
    return { file: path, pointer: [], value: doc.value };
  }
  child(node, ...segs) {
    return childNode(node, segs);
  }
  /** Follows `$ref` chains (cycle-safe); a node without `$ref` is returned as it is. */
  resolve(node) {
    let current = node;
    let seen = null;
    for (let i = 0; i < MAX_REF_CHAIN; i++) {
      const v = current.value;
      if (!isObject(v) || typeof v.$ref !== "string") return current;
      const ref = v.$ref;
      if (seen?.has(v)) return unresolvedAt(current, ref);
      (seen ??= /* @__PURE__ */ new Set()).add(v);
      const found = this.lookup(current.file, ref);
      if ("kind" in found) return unresolvedAt(current, ref);
      current = { ...found, via: ref };
    }
    return unresolvedAt(current, String(current.value.$ref));
  }
  /**
   * Where `ref`, written in `file`, leads (one step: the target may be a `$ref` itself), or why it
   * leads nowhere readable; the same text is looked up once per file.
   */
  lookup(file, ref) {
    let byRef = this.targets.get(file);
    if (!byRef) this.targets.set(file, byRef = /* @__PURE__ */ new Map());
    let out = byRef.get(ref);
    if (!out) byRef.set(ref, out = this.find(file, ref));
    return out;
  }
  find(file, ref) {
    let target = refTarget(file, ref);
    if (target.kind === "external") {
      const embedded = this.embedded(file, ref);
      if (!embedded) return target;
      target = embedded;
    }
    const doc = this.doc(target.file);
    if (doc === null) {
      const reason = this.whyUnreadable(target.file);
      if (reason === void 0) {
        const byId = this.againstId(file, ref);
        return byId ? this.find(file, byId) : { kind: "missing-file", file: target.file };
      }
      this.unreadable.set(target.file, reason);
      if (/outside the repository/i.test(reason)) return { kind: "external", reason: `${target.file} is ${reason}` };
      return { kind: "unreadable", file: target.file, reason };
    }
    if (doc.error) return { kind: "invalid-file", file: target.file, line: doc.error.line, message: doc.error.message };
    const pointer = parseFragment(target.fragment) ?? this.anchor(target.file, target.fragment);
    const value = pointer === null ? void 0 : getAt(doc.value, pointer);
    if (pointer === null || value === void 0) return { kind: "missing-target", file: target.file, fragment: target.fragment };
    return { file: target.file, pointer, value };
  }
  /** `ref` (relative) made absolute against the `$id` of `file`'s root, when that leads to a declared schema. */
  againstId(file, ref) {
    const absolute = absoluteRef(this.doc(file)?.value, ref);
    return absolute && this.embedded(file, absolute) ? absolute : null;
  }
  /**
   * `https://example.com/address.json#/x` when this file embeds a schema with that `$id` (JSON
   * Schema bundles, OpenAPI 3.1), or when another data file of the repository declares it (schemas
   * split across files and tied by their `$id`s): the fragment then applies inside that schema.
   * Nothing is fetched; a URL no repository file declares stays external.
   */
  embedded(file, ref) {
    const hash = ref.indexOf("#");
    const location = hash === -1 ? ref : ref.slice(0, hash);
    const here = this.anchor(file, `\0id:${location}`);
    const at = here !== null ? { file, pointer: here } : this.declaredElsewhere(location);
    if (at === null) return null;
    const fragment = hash === -1 ? "" : ref.slice(hash + 1);
    const inner = parseFragment(fragment);
    if (inner === null) return null;
    return { kind: "local", file: at.file, fragment: pointerString([...at.pointer, ...inner]).slice(1) };
  }
  /** The data file (and place in it) that declares `$id: location`, an absolute URI; null if none. */
  declaredElsewhere(location) {
    if (!ABSOLUTE_URI.test(location)) return null;
    for (const path of this.filesDeclaring(location)) {
      const pointer = this.anchor(path, `\0id:${location}`);
      if (pointer !== null) return { file: path, pointer };
    }
    return null;
  }
  searches = /* @__PURE__ */ new Map();
  /** The data files of this side whose text contains `needle` (each needle searched once); null when the snapshot cannot search. */
  search(needle) {
    if (!this.tree.filesContaining) return null;
    let found = this.searches.get(needle);
    if (!found) this.searches.set(needle, found = this.tree.filesContaining(needle).filter((p) => DATA_FILE.test(p)));
    return found;
  }
  /**
   * The data files of this side whose text contains any of `needles`: those searched before from
   * the cache, the others in one search (its union is not cached: it does not say which needle
   * each file holds); null when the snapshot cannot search.
   */
  searchAny(needles) {
    if (!this.tree.filesContaining) return null;
    const fresh = needles.filter((n) => !this.searches.has(n));
    if (fresh.length <= 1) return [...new Set(needles.flatMap((n) => this.search(n) ?? []))];
    const hits = this.tree.filesContaining(fresh).filter((p) => DATA_FILE.test(p));
    if (fresh.length * hits.length <= 4096) {
      this.tree.prefetch?.(hits);
      for (const n of fresh) if (!/[\r\n\0]/.test(n)) this.searches.set(n, hits.filter((p) => this.text(p)?.includes(n)));
    }
    const found = new Set(hits);
    for (const n of needles) for (const p of this.searches.get(n) ?? []) found.add(p);
    return [...found];
  }
  /**
   * Data files whose text declares `$id: location` (by the text scan of `declaredIds`). With a
   * searchable snapshot only the files that contain the URI's last path segment are read;
   * otherwise every data file of the side is read once, the first time a URL is met.
   */
  filesDeclaring(location) {
    const known = this.idFiles.get(location);
    if (known) return known;
    let found = [];
    const search = this.search(idNeedle(location));
    if (search) {
      for (const path of search) {
        if (declaredIds(this.text(path)).includes(location)) found.push(path);
      }
    } else {
      if (!this.idsScanned) {
        this.idsScanned = true;
        const candidates = this.tree.list().filter((p) => DATA_FILE.test(p));
        this.tree.prefetch?.(candidates);
        for (const path of candidates) {
          for (const id of declaredIds(this.text(path))) {
            const list = this.idFiles.get(id);
            if (list) list.push(path);
            else this.idFiles.set(id, [path]);
          }
        }
      }
      found = this.idFiles.get(location) ?? [];
    }
    this.idFiles.set(location, found);
    return found;
  }
  /** OpenAPI 3.1 / JSON Schema `$anchor` (and plain-name `$id`) lookup, built once per file. */
  anchor(file, name) {
    let map2 = this.anchors.get(file);
    if (!map2) {
      map2 = /* @__PURE__ */ new Map();
      const doc = this.doc(file);
      walk(
        doc?.value,
        (value, at) => {
          if (!isObject(value)) return;
          if (typeof value.$anchor === "string" && !map2.has(value.$anchor)) map2.set(value.$anchor, at());
          if (typeof value.$id === "string" && value.$id.startsWith("#")) map2.set(value.$id.slice(1), at());
          else if (typeof value.$id === "string") map2.set(`\0id:${value.$id.split("#")[0]}`, at());
        },
        { shared: doc?.format !== "json" }
      );
      this.anchors.set(file, map2);
    }
    return map2.get(name) ?? null;
  }
};
function absoluteRef(root, ref) {
  const id = isObject(root) && typeof root.$id === "string" ? root.$id : null;
  if (!id || !ABSOLUTE_URI.test(id) || ABSOLUTE_URI.test(ref) || ref.startsWith("#")) return null;
  try {
    return new URL(ref, id).href;
  } catch {
    return null;
  }
}
function declaredIds(text) {
  if (text === null || !text.includes("$id")) return [];
  return [...text.matchAll(/["']?\$id["']?\s*:\s*["']?([a-z][a-z0-9+.-]*:[^"'#\s]+)/gi)].map((m) => m[1]);
}
function idNeedle(location) {
  const last = location.replace(/[?#].*$/, "").split("/").pop() ?? "";
  return last.length >= 3 ? last : location;
}
var LITERAL_KEYS = /* @__PURE__ */ new Set(["example", "default", "enum", "const"]);
var NAME_MAPS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "parameters",
  "responses",
  "headers",
  "examples",
  "requestBodies",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "content",
  "encoding",
  "webhooks",
  "variables"
]);
function literal(path, key2, value) {
  const parentKey = path[path.length - 1];
  if (parentKey !== void 0 && NAME_MAPS.has(parentKey)) return false;
  if (LITERAL_KEYS.has(key2)) return true;
  if (key2 === "examples" && Array.isArray(value)) return true;
  return key2 === "value" && path[path.length - 2] === "examples";
}
function walk(root, visit, options = {}) {
  const seen = options.shared === false ? null : /* @__PURE__ */ new Set();
  const path = [];
  const at = () => path.slice();
  const stack = [];
  const enter = (value) => {
    visit(value, at);
    if (value === null || typeof value !== "object") return;
    if (seen) {
      if (seen.has(value)) return;
      seen.add(value);
    }
    stack.push({ value, keys: Array.isArray(value) ? null : Object.keys(value), i: 0 });
  };
  enter(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const n = top.keys ? top.keys.length : top.value.length;
    if (top.i >= n) {
      stack.pop();
      path.pop();
      continue;
    }
    const i = top.i++;
    const key2 = top.keys ? top.keys[i] : String(i);
    const child3 = top.keys ? top.value[key2] : top.value[i];
    if (options.skipLiterals && top.keys && literal(path, key2, child3)) continue;
    path.push(key2);
    const depth = stack.length;
    enter(child3);
    if (stack.length === depth) path.pop();
  }
}
function refUses(doc) {
  if (doc.error || !doc.text.includes("$ref")) return [];
  const uses = /* @__PURE__ */ new Map();
  walk(
    doc.value,
    (v, at) => {
      if (!isObject(v) || typeof v.$ref !== "string") return;
      const use = uses.get(v.$ref);
      if (use) use.count++;
      else uses.set(v.$ref, { ref: v.$ref, pointer: [...at(), "$ref"], count: 1 });
    },
    { skipLiterals: true, shared: doc.format !== "json" }
  );
  return [...uses.values()];
}

// src/contracts/openapi-diff.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function diffOpenApi(base, head, baseRoot, headRoot, differ) {
  const b = readApi(base, baseRoot ?? { file: headRoot.file, pointer: [], value: { paths: {} } });
  const h = readApi(head, headRoot);
  const changes = [];
  const add = (kind, at, object, detail, endpoints, name) => {
    changes.push({
      kind,
      flow: null,
      parameter: false,
      at: { file: at.file, pointer: at.pointer },
      object,
      detail,
      name,
      endpoints: new Set(endpoints)
    });
  };
  if (baseRoot && !sameSet(b.basePaths, h.basePaths) && ![...b.basePaths].some((p) => h.basePaths.has(p))) {
    add(
      "base-path-changed",
      h.basePathNode,
      h.swagger2 ? "basePath" : "servers",
      `${[...b.basePaths].join(", ")} -> ${[...h.basePaths].join(", ")}`,
      []
    );
  }
  const headByKey = /* @__PURE__ */ new Map();
  const headByTemplate = /* @__PURE__ */ new Map();
  for (const op of h.ops) {
    headByKey.set(`${op.method} ${op.path}`, op);
    const t = `${op.method} ${template(op.path)}`;
    if (!headByTemplate.has(t)) headByTemplate.set(t, op);
  }
  const matched = /* @__PURE__ */ new Set();
  const headDoc = isObject(h.root.value) ? h.root.value : {};
  const headPathByTemplate = /* @__PURE__ */ new Map();
  for (const p of Object.keys(isObject(headDoc.paths) ? headDoc.paths : {})) {
    if (!headPathByTemplate.has(template(p))) headPathByTemplate.set(template(p), p);
  }
  for (const bo of b.ops) {
    let ho = headByKey.get(`${bo.method} ${bo.path}`);
    if (!ho || matched.has(ho)) ho = headByTemplate.get(`${bo.method} ${template(bo.path)}`);
    if ((!ho || matched.has(ho)) && h.unresolvedPaths.has(template(bo.path))) continue;
    if (!ho || matched.has(ho)) {
      const pathKey = headPathByTemplate.get(template(bo.path));
      const at = pathKey ? child(h.root, "paths", pathKey) : child(h.root, "paths");
      const deprecated = isObject(bo.node.value) && bo.node.value.deprecated === true;
      add("endpoint-removed", at, bo.endpoint, deprecated ? `${bo.endpoint} (deprecated in base)` : bo.endpoint, [bo.endpoint]);
      if (deprecated) changes[changes.length - 1].severity = "warning";
      continue;
    }
    matched.add(ho);
    if (!bo.unresolved && !ho.unresolved) diffOperation(bo, ho, differ, add);
  }
  if (baseRoot) {
    for (const ho of h.ops) if (!matched.has(ho)) add("endpoint-added", ho.node, ho.endpoint, ho.endpoint, [ho.endpoint]);
  }
  return changes;
}
function diffOperation(bo, ho, differ, add) {
  const ep = ho.endpoint;
  for (const [key2, bp] of bo.params) {
    const hp = ho.params.get(key2);
    const label = `${bp.in} parameter ${bp.name}`;
    if (!hp) {
      if (bp.in !== "path") add("parameter-removed", child(ho.node, "parameters"), `${ep} ${label}`, label, [ep], bp.name);
      continue;
    }
    if (!bp.required && hp.required) add("parameter-became-required", hp.node, `${ep} ${label}`, label, [ep], hp.name);
    if (bp.schema && hp.schema) {
      differ.diff(bp.schema, hp.schema, "request", { context: `${ep} ${hp.in} parameter ${hp.name}`, endpoint: ep, parameter: true, name: hp.name });
    }
  }
  for (const [key2, hp] of ho.params) {
    if (bo.params.has(key2) || !hp.required) continue;
    const label = `${hp.in} parameter ${hp.name}`;
    add("required-parameter-added", hp.node, `${ep} ${label}`, label, [ep], hp.name);
  }
  if (ho.body) {
    if (ho.body.required && (!bo.body || !bo.body.required)) {
      add("request-body-became-required", ho.body.node, `${ep} request body`, "request body", [ep]);
    }
  }
  if (bo.body) {
    for (const [type2, bm] of bo.body.media) {
      const hm = ho.body?.media.get(type2);
      if (!hm) {
        add("request-media-type-removed", ho.body?.node ?? ho.node, `${ep} request ${type2}`, type2, [ep]);
        continue;
      }
      if (bm.schema && hm.schema) differ.diff(bm.schema, hm.schema, "request", { context: `${ep} request ${type2}`, endpoint: ep });
    }
  }
  for (const [status, br] of bo.responses) {
    let hr = ho.responses.get(status);
    if (!hr && /^2\d\d$/.test(status)) hr = ho.responses.get("2XX") ?? ho.responses.get("2xx");
    if (!hr) {
      if (/^2(\d\d|XX)$/i.test(status)) {
        add("response-status-removed", child(ho.node, "responses"), `${ep} ${status}`, `status ${status}`, [ep]);
      }
      continue;
    }
    for (const [type2, bm] of br.media) {
      const hm = hr.media.get(type2) ?? wildcardMatch(hr.media, type2);
      if (!hm) {
        add("response-media-type-removed", hr.node, `${ep} ${status} ${type2}`, type2, [ep]);
        continue;
      }
      if (bm.schema && hm.schema) {
        differ.diff(bm.schema, hm.schema, "response", { context: `${ep} ${status} ${type2}`, endpoint: ep });
      }
    }
  }
  const missing = strongerSecurity(bo.security ?? [], ho.security ?? []);
  if (missing) {
    const at = isObject(ho.node.value) && ho.node.value.security ? child(ho.node, "security") : ho.node;
    add("security-requirement-added", at, `${ep} security`, missing, [ep]);
  }
}
function strongerSecurity(base, head) {
  if (head.length === 0) return null;
  const baseAlts = base.length === 0 ? [/* @__PURE__ */ new Map()] : base;
  const covered = (b) => head.some((h) => [...h].every(([scheme, scopes]) => b.has(scheme) && scopes.every((s) => b.get(scheme).includes(s))));
  const failing = baseAlts.filter((b) => !covered(b));
  if (failing.length === 0) return null;
  const describe2 = (m) => m.size === 0 ? "no authentication" : [...m].map(([k, v]) => v.length ? `${k} [${v.join(", ")}]` : k).join(" + ");
  return `${failing.map(describe2).join(" or ")} no longer enough; now requires ${head.map(describe2).join(" or ")}`;
}
function wildcardMatch(media, type2) {
  const [major] = type2.split("/");
  return media.get(`${major}/*`) ?? media.get("*/*");
}
function sameSet(a, b) {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
function template(path) {
  return path.replace(/\{[^}/]*\}/g, "{}").replace(/\/+$/, "") || "/";
}
function child(node, ...segs) {
  return childNode(node, segs);
}
function normMedia(type2) {
  return type2.split(";")[0].trim().toLowerCase();
}
function readApi(ws, root) {
  const doc = isObject(root.value) ? root.value : {};
  const swagger2 = typeof doc.swagger === "string" || typeof doc.swagger === "number";
  const rootRec = { file: root.file, pointer: root.pointer, value: doc };
  const basePaths = /* @__PURE__ */ new Set();
  let basePathNode = rootRec;
  if (swagger2) {
    basePaths.add(trimSlash(typeof doc.basePath === "string" ? doc.basePath : "/"));
    if (doc.basePath !== void 0) basePathNode = child(rootRec, "basePath");
  } else {
    const servers = Array.isArray(doc.servers) ? doc.servers : [];
    for (const s of servers) if (isObject(s) && typeof s.url === "string") basePaths.add(serverPath(s.url));
    if (basePaths.size === 0) basePaths.add("/");
    if (doc.servers !== void 0) basePathNode = child(rootRec, "servers");
  }
  const globalSecurity = readSecurity(doc.security);
  const consumes = stringList(doc.consumes);
  const produces = stringList(doc.produces);
  const ops = [];
  const unresolvedPaths = /* @__PURE__ */ new Set();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths)) {
    if (!path.startsWith("/")) continue;
    const pathItem = ws.resolve(child(rootRec, "paths", path));
    if (pathItem.unresolved !== void 0) unresolvedPaths.add(template(path));
    if (!isObject(pathItem.value)) continue;
    const sharedParams = readParams(ws, pathItem, path);
    for (const method of METHODS) {
      if (!isObject(pathItem.value[method])) continue;
      const opNode = ws.resolve(child(pathItem, method));
      const endpoint = `${method.toUpperCase()} ${path}`;
      if (!isObject(opNode.value)) {
        if (opNode.unresolved !== void 0) {
          ops.push({ method, path, endpoint, node: opNode, pathItem, params: /* @__PURE__ */ new Map(), body: null, responses: /* @__PURE__ */ new Map(), security: null, unresolved: true });
        }
        continue;
      }
      const op = opNode.value;
      const params = new Map(sharedParams);
      for (const [k, p] of readParams(ws, opNode, path)) params.set(k, p);
      let body = null;
      const opConsumes = stringList(op.consumes) ?? consumes ?? ["application/json"];
      const opProduces = stringList(op.produces) ?? produces ?? ["application/json"];
      if (swagger2) {
        body = swaggerBody(params, opNode, opConsumes);
      } else if (op.requestBody !== void 0) {
        const rb = ws.resolve(child(opNode, "requestBody"));
        if (isObject(rb.value)) body = { node: rb, required: rb.value.required === true, media: readContent(ws, rb) };
      }
      const responses = /* @__PURE__ */ new Map();
      const resNode = child(opNode, "responses");
      if (isObject(resNode.value)) {
        for (const status of Object.keys(resNode.value)) {
          const r = ws.resolve(child(resNode, status));
          if (!isObject(r.value)) continue;
          let media;
          if (swagger2) {
            media = /* @__PURE__ */ new Map();
            if (r.value.schema !== void 0) {
              for (const t of opProduces) media.set(normMedia(t), { type: t, schema: child(r, "schema") });
            }
          } else media = readContent(ws, r);
          responses.set(status.toUpperCase(), { node: r, media });
        }
      }
      ops.push({
        method,
        path,
        endpoint,
        node: opNode,
        pathItem,
        params,
        body,
        responses,
        security: op.security !== void 0 ? readSecurity(op.security) : globalSecurity
      });
    }
  }
  return { root: rootRec, swagger2, ops, unresolvedPaths, basePaths, basePathNode };
}
function swaggerBody(params, opNode, consumes) {
  let body = null;
  const form = [];
  for (const [key2, p] of params) {
    if (p.in === "body") {
      const media = /* @__PURE__ */ new Map();
      for (const t of consumes.length ? consumes : ["application/json"]) media.set(normMedia(t), { type: t, schema: p.schema });
      body = { node: p.node, required: p.required, media };
      params.delete(key2);
    } else if (p.in === "formData") {
      form.push(p);
      params.delete(key2);
    }
  }
  if (form.length) {
    const schema2 = {
      file: opNode.file,
      pointer: [...opNode.pointer, "parameters"],
      value: {
        type: "object",
        properties: Object.fromEntries(form.map((p) => [p.name, p.node.value])),
        required: form.filter((p) => p.required).map((p) => p.name)
      }
    };
    const types2 = consumes.filter((t) => /form/.test(t));
    const media = /* @__PURE__ */ new Map();
    for (const t of types2.length ? types2 : ["application/x-www-form-urlencoded"]) media.set(normMedia(t), { type: t, schema: schema2 });
    body = { node: child(opNode, "parameters"), required: form.some((p) => p.required), media };
  }
  return body;
}
function readParams(ws, owner, path) {
  const out = /* @__PURE__ */ new Map();
  const list = isObject(owner.value) ? owner.value.parameters : void 0;
  if (!Array.isArray(list)) return out;
  const names = [...path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]);
  list.forEach((_, i) => {
    const node = ws.resolve(child(owner, "parameters", String(i)));
    const p = node.value;
    if (!isObject(p) || typeof p.name !== "string" || typeof p.in !== "string") return;
    const position = p.in === "path" ? names.indexOf(p.name) : -1;
    const key2 = p.in === "path" && position !== -1 ? `path:#${position}` : `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
    let schema2 = null;
    if (p.schema !== void 0) schema2 = child(node, "schema");
    else if (isObject(p.content)) {
      const first = Object.keys(p.content)[0];
      if (first !== void 0) schema2 = child(node, "content", first, "schema");
    } else if (p.in !== "body") schema2 = node;
    out.set(key2, { name: p.name, in: p.in, required: p.required === true || p.in === "path", schema: schema2, node });
  });
  return out;
}
function readContent(ws, owner) {
  const media = /* @__PURE__ */ new Map();
  const content = isObject(owner.value) ? owner.value.content : void 0;
  if (!isObject(content)) return media;
  for (const type2 of Object.keys(content)) {
    const m = isObject(content[type2]) && "$ref" in content[type2] ? ws.resolve(child(owner, "content", type2)) : child(owner, "content", type2);
    media.set(normMedia(type2), { type: type2, schema: isObject(m.value) && m.value.schema !== void 0 ? child(m, "schema") : null });
  }
  return media;
}
function readSecurity(v) {
  if (!Array.isArray(v)) return null;
  return v.filter(isObject).map((req) => new Map(Object.entries(req).map(([k, scopes]) => [k, stringList(scopes) ?? []])));
}
function stringList(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : null;
}
function trimSlash(p) {
  return p.replace(/\/+$/, "") || "/";
}
function serverPath(url) {
  try {
    return trimSlash(new URL(url.replace(/\{[^}]*\}/g, "x"), "http://relative.invalid").pathname);
  } catch {
    return trimSlash(url);
  }
}

// src/contracts/ref-check.ts
var MAX_CHAIN = 64;
function checkRefs(base, head, roots, basePathOf) {
  const out = [];
  const reportedCycles = /* @__PURE__ */ new Set();
  const queued = new Set(roots);
  const queue = [...roots];
  const baseRefs = /* @__PURE__ */ new Map();
  const inBase = (headFile, ref) => {
    const file = basePathOf(headFile);
    let refs = baseRefs.get(file);
    if (!refs) {
      const doc = base.doc(file);
      baseRefs.set(file, refs = new Set(doc && !doc.error ? refUses(doc).map((u) => u.ref) : []));
    }
    if (!refs.has(ref)) return "absent";
    const found = base.lookup(file, ref);
    return "kind" in found ? found : "fine";
  };
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const doc = head.doc(file);
    if (!doc || doc.error) continue;
    for (const use of refUses(doc)) {
      const more = use.count > 1 ? ` (and ${use.count - 1} more place${use.count === 2 ? "" : "s"} in this file)` : "";
      const found = head.lookup(file, use.ref);
      if ("kind" in found) {
        const before = inBase(file, use.ref);
        if (found.kind === "external") {
          if (typeof before === "object" && before.kind === "external") continue;
          out.push({ rule: "external-ref", file, pointer: use.pointer, object: pointerString(use.pointer), detail: `${use.ref} (${found.reason})` });
          continue;
        }
        const already2 = typeof before === "object" && before.kind !== "external";
        out.push({
          rule: "invalid-contract",
          file,
          pointer: use.pointer,
          object: pointerString(use.pointer),
          detail: `$ref ${use.ref} ${describe(found)}${more}${already2 ? "; it did not resolve in base either" : ""}`,
          ...already2 ? { severity: "warning" } : {}
        });
        continue;
      }
      const target = refTarget(file, use.ref);
      const targetFile = target.kind === "local" ? target.file : found.file;
      if (!queued.has(targetFile)) {
        queued.add(targetFile);
        queue.push(targetFile);
      }
      const cycle = loop(head, { file, pointer: use.pointer.slice(0, -1), ref: use.ref });
      if (!cycle) continue;
      const first = cycle.reduce((a, b) => key(b) < key(a) ? b : a);
      if (reportedCycles.has(key(first))) continue;
      reportedCycles.add(key(first));
      const already = loop(base, { ...first, file: basePathOf(first.file) }) !== null;
      const pointer = [...first.pointer, "$ref"];
      out.push({
        rule: "invalid-contract",
        file: first.file,
        pointer,
        object: pointerString(pointer),
        detail: `$ref ${first.ref} never reaches a schema: ${cycle.length >= MAX_CHAIN ? `a chain of more than ${MAX_CHAIN} references` : `the references loop (${describeLoop(cycle)})`}${already ? "; it looped in base too" : ""}`,
        ...already ? { severity: "warning" } : {}
      });
    }
  }
  return out;
}
function loop(ws, start) {
  const chain = [];
  const at = /* @__PURE__ */ new Map();
  let link = start;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const found = ws.lookup(link.file, link.ref);
    if ("kind" in found) return null;
    const v = found.value;
    if (!isObject(v) || typeof v.$ref !== "string") return null;
    const seen = at.get(v);
    if (seen !== void 0) return chain.slice(seen);
    at.set(v, chain.length);
    link = { file: found.file, pointer: found.pointer, ref: v.$ref };
    chain.push(link);
  }
  return chain;
}
function key(l) {
  return `${l.file}\0${pointerString(l.pointer)}`;
}
function describeLoop(cycle) {
  const names = cycle.map((l) => `${l.file}${pointerString(l.pointer)}`);
  return [...names, names[0]].join(" -> ");
}
function describe(p) {
  switch (p.kind) {
    case "missing-file":
      return `does not resolve: there is no file ${p.file}`;
    case "missing-target":
      return `does not resolve: ${p.file} has nothing at ${p.fragment === "" ? "its root" : `#${p.fragment}`}`;
    case "unreadable":
      return `leads to ${p.file}, which could not be read (${p.reason})`;
    case "invalid-file":
      return `leads to ${p.file}, which does not parse (line ${p.line}: ${p.message})`;
  }
}

// src/contracts/schema-diff.ts
var MAX_COMPARE_DEPTH = 256;
var MAX_ALLOF_DEPTH = 32;
var UNEQUAL = -1;
var EMPTY = { changes: [], children: null, done: true, walk: 0 };
var TIGHTER_IF_LOWER = ["maxLength", "maxItems", "maximum", "maxProperties", "exclusiveMaximum"];
var TIGHTER_IF_HIGHER = ["minLength", "minItems", "minimum", "minProperties", "exclusiveMinimum"];
var SchemaDiffer = class _SchemaDiffer {
  constructor(base, head) {
    this.base = base;
    this.head = head;
  }
  base;
  head;
  memo = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new WeakMap();
  nextId = 1;
  /** Every change found so far, each once. */
  all() {
    const out = [];
    for (const e of this.memo.values()) for (const c of e.changes) out.push(c);
    return out;
  }
  /** Per operation, the comparisons it started that found something (below them). */
  roots = /* @__PURE__ */ new Map();
  walks = 0;
  diff(b, h, flow, origin) {
    const entry = this.compare(b, h, flow, origin, "#");
    if (!entry || entry === EMPTY || !origin.endpoint) return;
    const list = this.roots.get(origin.endpoint);
    if (list) list.push(entry);
    else this.roots.set(origin.endpoint, [entry]);
  }
  /** The operations whose comparisons found a change. */
  endpoints() {
    return [...this.roots.keys()];
  }
  /**
   * Calls `visit` once for each change that `endpoint`'s comparisons reach (the memoised
   * comparisons form a graph, with cycles): one walk per operation, not one per comparison it
   * started, and nothing stored per change. The time is what the old per-comparison marking
   * took at most; the memory is the caller's.
   */
  reached(endpoint, visit) {
    const id = ++this.walks;
    const stack = (this.roots.get(endpoint) ?? []).slice();
    while (stack.length) {
      const e = stack.pop();
      if (e.walk === id) continue;
      e.walk = id;
      for (const c of e.changes) visit(c);
      if (e.children) {
        for (const child3 of e.children) if (child3.walk !== id) stack.push(child3);
      }
    }
  }
  norms = /* @__PURE__ */ new WeakMap();
  /** One normal form per schema object (the same object is the same definition). */
  normalised(ws, node) {
    const v = node.value;
    if (v === null || typeof v !== "object") return normalise(ws, node);
    let n = this.norms.get(v);
    if (!n) this.norms.set(v, n = normalise(ws, node));
    return n;
  }
  id(v) {
    if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "u";
    let id = this.ids.get(v);
    if (id === void 0) this.ids.set(v, id = this.nextId++);
    return String(id);
  }
  /**
   * Pairs (base object, head object) known to be equal or not: per base object, the one head
   * object it was compared with (nearly always one), or a map when there were several.
   */
  equal = /* @__PURE__ */ new WeakMap();
  /** Pairs being compared right now, with their depth on the stack (a $ref cycle meets them again). */
  comparing = /* @__PURE__ */ new Map();
  knownEqual(bv, hv) {
    const m = this.equal.get(bv);
    if (!m) return void 0;
    if (m instanceof Map) return m.get(hv);
    return m.h === hv ? m.equal : void 0;
  }
  rememberEqual(bv, hv, equal) {
    const m = this.equal.get(bv);
    if (!m) this.equal.set(bv, { h: hv, equal });
    else if (m instanceof Map) m.set(hv, equal);
    else if (m.h !== hv) this.equal.set(bv, /* @__PURE__ */ new Map([[m.h, m.equal], [hv, equal]]));
  }
  /**
   * Deep equality of two schemas, key order aside, where a `$ref` on both sides is equal when its
   * targets are (whatever the reference text). Conservative: a `$ref` on one side only, or one
   * that does not resolve, makes the pair unequal, and the full comparison decides.
   */
  same(b, h) {
    return this.sameValue(b.file, b.value, h.file, h.value, 1) !== UNEQUAL;
  }
  /**
   * UNEQUAL, or the shallowest in-progress pair the answer assumed equal (a cycle; Infinity when
   * none): only answers that assumed nothing above themselves are remembered. A number, not an
   * object: this runs for every node of every compared pair.
   */
  sameValue(bFile, bv, hFile, hv, depth) {
    if (bv === hv && (bv === null || typeof bv !== "object")) return Infinity;
    if (bv === null || hv === null || typeof bv !== "object" || typeof hv !== "object") return UNEQUAL;
    if (Array.isArray(bv) !== Array.isArray(hv)) return UNEQUAL;
    const known = this.knownEqual(bv, hv);
    if (known !== void 0) return known ? Infinity : UNEQUAL;
    const cycle = this.comparing.get(bv)?.get(hv);
    if (cycle !== void 0) return cycle;
    if (depth > 501) return UNEQUAL;
    let inner = this.comparing.get(bv);
    if (!inner) this.comparing.set(bv, inner = /* @__PURE__ */ new Map());
    inner.set(hv, depth);
    let low = Infinity;
    let equal = true;
    const both = (bf, x, hf, y) => {
      const r = this.sameValue(bf, x, hf, y, depth + 1);
      if (r === UNEQUAL) return false;
      if (r < low) low = r;
      return true;
    };
    if (Array.isArray(bv)) {
      const ha = hv;
      equal = bv.length === ha.length;
      for (let i = 0; equal && i < bv.length; i++) equal = both(bFile, bv[i], hFile, ha[i]);
    } else {
      const bo = bv;
      const ho = hv;
      const bRef = typeof bo.$ref === "string";
      const keys = Object.keys(bo);
      let headKeys = 0;
      for (const k in ho) if (Object.prototype.hasOwnProperty.call(ho, k)) headKeys++;
      if (bRef !== (typeof ho.$ref === "string") || keys.length !== headKeys) equal = false;
      for (let i = 0; equal && i < keys.length; i++) {
        const k = keys[i];
        if (bRef && k === "$ref") continue;
        equal = Object.prototype.hasOwnProperty.call(ho, k) && both(bFile, bo[k], hFile, ho[k]);
      }
      if (equal && bRef) {
        const bt = this.base.resolve({ file: bFile, pointer: [], value: bo });
        const ht = this.head.resolve({ file: hFile, pointer: [], value: ho });
        equal = bt.value !== void 0 && ht.value !== void 0 && both(bt.file, bt.value, ht.file, ht.value);
      }
    }
    inner.delete(hv);
    if (inner.size === 0) this.comparing.delete(bv);
    if (low >= depth) low = Infinity;
    if (!equal || low === Infinity) this.rememberEqual(bv, hv, equal);
    return equal ? low : UNEQUAL;
  }
  /** Comparisons in progress (the depth of the recursion). */
  active = 0;
  compare(b0, h0, flow, origin, path) {
    const b = this.base.resolve(b0);
    const h = this.head.resolve(h0);
    if (b.value === void 0 || h.value === void 0) return null;
    const key2 = `${this.id(b.value)}|${this.id(h.value)}|${flow}|${origin.parameter ? "p" : ""}`;
    const known = this.memo.get(key2);
    if (known) return known;
    if (this.same(b, h)) {
      this.memo.set(key2, EMPTY);
      return EMPTY;
    }
    const entry = { changes: [], children: null, done: false, walk: 0 };
    this.memo.set(key2, entry);
    if (this.active >= MAX_COMPARE_DEPTH) {
      entry.changes.push({
        kind: "too-deep",
        flow,
        parameter: origin.parameter ?? false,
        at: { file: h.file, pointer: h.pointer },
        object: origin.context ? `${origin.context} ${path}` : path,
        detail: `its schemas nest more than ${MAX_COMPARE_DEPTH} levels deep here, deeper than the gate compares: what changed below is unchecked`,
        endpoints: NO_ENDPOINTS
      });
    } else {
      this.active++;
      try {
        this.fill(entry, b, h, h0, flow, origin, path);
      } finally {
        this.active--;
      }
    }
    entry.done = true;
    if (entry.changes.length === 0 && entry.children === null) {
      this.memo.set(key2, EMPTY);
      return EMPTY;
    }
    return entry;
  }
  fill(entry, b, h, h0, flow, origin, path) {
    if (h !== h0 && h.pointer.length) path = (h.file !== h0.file ? h.file : "") + pointerString(h.pointer);
    const nb = this.normalised(this.base, b);
    const nh = this.normalised(this.head, h);
    const emit = (kind, at, detail, name, subPath = path) => {
      entry.changes.push({
        kind,
        flow,
        parameter: origin.parameter ?? false,
        at: { file: at.file, pointer: at.pointer },
        object: origin.context ? subPath === "#" ? origin.context : `${origin.context} ${subPath}` : subPath,
        detail,
        name: name ?? (subPath === "#" ? origin.name : propertyName(subPath)),
        endpoints: NO_ENDPOINTS
      });
    };
    const recurse = (cb, ch, sub) => {
      const child3 = this.compare(cb, ch, flow, origin, sub);
      if (child3 && child3 !== entry && (child3.changes.length || child3.children || !child3.done)) {
        (entry.children ??= []).push(child3);
      }
    };
    const cut = (nb.truncated ?? []).length === (nh.truncated ?? []).length ? (nb.truncated ?? []).findIndex((x, i) => !this.same(x, nh.truncated[i])) : 0;
    if (cut !== -1) {
      emit("too-deep", nh.truncated ? h : b, `its allOf members nest more than ${MAX_ALLOF_DEPTH} levels deep here, deeper than the gate merges them: what changed below is unchecked`);
    }
    if (nb.any && nh.any) return;
    if (nb.branches || nh.branches) {
      this.compareBranches(nb, nh, flow, path, emit, recurse);
      if (!(nb.branches && nh.branches)) return;
    }
    this.compareTypes(nb, nh, flow, emit);
    this.compareEnum(nb, nh, flow, emit);
    this.compareConstraints(nb, nh, flow, emit);
    this.compareProperties(nb, nh, flow, path, emit, recurse);
    if (nb.items && nh.items) recurse(nb.items, nh.items, `${path}/items`);
    const n = Math.min(nb.prefixItems.length, nh.prefixItems.length);
    for (let i = 0; i < n; i++) recurse(nb.prefixItems[i], nh.prefixItems[i], `${path}/prefixItems/${i}`);
  }
  /** True when every value of `b` is still fine against `h` (a trial comparison, not reported). */
  covers(b, h, flow) {
    if (this.depth >= 2) return false;
    if (!this.trial) {
      this.trial = new _SchemaDiffer(this.base, this.head);
      this.trial.depth = this.depth + 1;
    }
    const entry = this.trial.compare(b, h, flow, { context: "", endpoint: null }, "#");
    if (!entry) return false;
    for (const e of reachable(entry)) {
      if (e.changes.some((c) => BREAKING[flow].has(c.kind))) return false;
    }
    return true;
  }
  depth = 0;
  trial = null;
  compareTypes(nb, nh, flow, emit) {
    const bt = nb.types;
    const ht = nh.types;
    const describe2 = (n) => (n.types ? [...n.types].join("|") : "any") + (n.format ? ` (${n.format})` : "") + (n.nullable ? " or null" : "");
    const narrowed = bt === null ? ht !== null : ht !== null && [...bt].some((t) => !acceptsType(ht, t));
    const widened = ht === null ? bt !== null : bt !== null && [...ht].some((t) => !acceptsType(bt, t));
    const detail = `${describe2(nb)} -> ${describe2(nh)}`;
    const formatChanged = nb.format !== nh.format && nb.format !== void 0 && nh.format !== void 0;
    const formatAdded = nb.format === void 0 && nh.format !== void 0;
    const sameTypes = !narrowed && !widened;
    const formatRemoved = nb.format !== void 0 && nh.format === void 0 && sameTypes;
    if (flow === "response") {
      const formatNarrowed = formatChanged && WIDER_FORMATS.get(nh.format) === nb.format;
      const annotationLost = formatRemoved && annotatesOnly(nb.format, nb.types);
      if (widened || formatChanged && !formatNarrowed || formatRemoved && !annotationLost) emit("type-changed", nh.node, detail);
      else if (nh.nullable && !nb.nullable) emit("became-nullable", nh.node, detail);
      return;
    }
    const formatWidened = formatChanged && WIDER_FORMATS.get(nb.format) === nh.format;
    const rejectsOld = narrowed || formatChanged && !formatWidened || nb.nullable && !nh.nullable && !nh.any;
    if (rejectsOld) emit("type-changed", nh.node, detail);
    else if (formatAdded && !narrowed && !annotatesOnly(nh.format, nh.types)) emit("constraint-tightened", nh.node, `format ${nh.format} added`);
    const annotationRemoved = formatRemoved && annotatesOnly(nb.format, nb.types);
    if (flow === "event" && !rejectsOld && (widened || formatRemoved && !annotationRemoved || formatWidened || nh.nullable && !nb.nullable)) {
      emit("type-changed", nh.node, detail);
    }
  }
  compareEnum(nb, nh, flow, emit) {
    if (!nb.enum && !nh.enum) return;
    if (!nb.enum && nh.enum) {
      if (flow !== "response") emit("constraint-tightened", nh.node, `enum ${short(nh.enum)} added`);
      return;
    }
    if (nb.enum && !nh.enum) {
      if (flow !== "request") emit("enum-value-added", nh.node, "any value of its type (the enum restriction was removed)");
      return;
    }
    const bset = new Map(nb.enum.map((v) => [JSON.stringify(v), v]));
    const hset = new Map(nh.enum.map((v) => [JSON.stringify(v), v]));
    const removed = [...bset.keys()].filter((k) => !hset.has(k) && k !== "null");
    const added = [...hset.keys()].filter((k) => !bset.has(k) && k !== "null");
    if (removed.length && flow !== "response") emit("enum-value-removed", nh.node, `value ${removed.join(", ")}`);
    if (added.length) emit("enum-value-added", nh.node, `value ${added.join(", ")}`);
  }
  compareConstraints(nb, nh, flow, emit) {
    if (flow === "response") return;
    const tightened = [];
    for (const k of TIGHTER_IF_LOWER) {
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (typeof hv === "number" && (typeof bv !== "number" || hv < bv)) tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of TIGHTER_IF_HIGHER) {
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (typeof hv === "number" && (typeof bv !== "number" || hv > bv)) {
        if (!(typeof bv !== "number" && hv === 0 && k !== "minimum" && k !== "exclusiveMinimum")) {
          tightened.push(`${k} ${fmt(bv)} -> ${hv}`);
        }
      }
      if (hv === true && bv !== true) tightened.push(`${k} added`);
    }
    for (const k of ["pattern", "multipleOf"]) {
      const bv = nb.constraints[k];
      const hv = nh.constraints[k];
      if (hv !== void 0 && hv !== bv && !(k === "multipleOf" && typeof bv === "number" && typeof hv === "number" && bv % hv === 0)) {
        tightened.push(bv === void 0 ? `${k} added` : `${k} changed`);
      }
    }
    if (nh.constraints.uniqueItems === true && nb.constraints.uniqueItems !== true) tightened.push("uniqueItems added");
    if (tightened.length) emit("constraint-tightened", nh.node, tightened.join(", "));
  }
  compareProperties(nb, nh, flow, path, emit, recurse) {
    const skip = (n, side) => {
      const v = side.resolve(n).value;
      if (!isObject(v)) return false;
      return flow === "request" && v.readOnly === true || flow === "response" && v.writeOnly === true;
    };
    const baseClosed = nb.additional === "closed" || nb.unevaluatedClosed;
    const headClosed = nh.additional === "closed" || nh.unevaluatedClosed;
    for (const [name, bp] of nb.properties) {
      if (skip(bp, this.base)) continue;
      const hp = nh.properties.get(name);
      const sub = `${path}/properties/${escape(name)}`;
      if (!hp) {
        emit("property-removed", childNode(nh.node, ["properties"]), `property ${name}`, name, sub);
        continue;
      }
      if (skip(hp, this.head)) continue;
      const wasRequired = nb.required.has(name);
      const isRequired = nh.required.has(name);
      if (!wasRequired && isRequired) emit("property-became-required", hp, `property ${name}`, name, sub);
      if (wasRequired && !isRequired) emit("property-became-optional", hp, `property ${name}`, name, sub);
      recurse(bp, hp, sub);
    }
    for (const [name, hp] of nh.properties) {
      if (nb.properties.has(name) || skip(hp, this.head)) continue;
      const sub = `${path}/properties/${escape(name)}`;
      const wasRequired = nb.required.has(name);
      if (nh.required.has(name) && !wasRequired) emit("required-property-added", hp, `property ${name}`, name, sub);
      else if (wasRequired && !nh.required.has(name)) emit("property-became-optional", hp, `property ${name}`, name, sub);
      else if (baseClosed) emit("property-added-to-closed", hp, `property ${name}`, name, sub);
      else emit("optional-property-added", hp, `property ${name}`, name, sub);
    }
    for (const name of nh.required) {
      if (nb.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit("required-property-added", childNode(nh.node, ["required"]), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    for (const name of nb.required) {
      if (nh.required.has(name) || nb.properties.has(name) || nh.properties.has(name)) continue;
      emit("property-became-optional", childNode(nh.node, ["required"]), `property ${name}`, name, `${path}/properties/${escape(name)}`);
    }
    if (!baseClosed && headClosed) {
      const key2 = nh.unevaluatedClosed && nh.additional !== "closed" ? "unevaluatedProperties" : "additionalProperties";
      emit("closed-to-extra-properties", childNode(nh.node, [key2]), `${key2}: false added`);
    }
    if (typeof nb.additional === "object" && typeof nh.additional === "object") {
      recurse(nb.additional, nh.additional, `${path}/additionalProperties`);
    }
  }
  compareBranches(nb, nh, flow, path, emit, recurse) {
    const bb = nb.branches ?? [nb.node];
    const hb = nh.branches ?? [nh.node];
    const bInfo = bb.map((n) => branchInfo(this.base, n, discriminatorOf(nb.node.value)));
    const hInfo = hb.map((n) => branchInfo(this.head, n, discriminatorOf(nh.node.value)));
    const used = /* @__PURE__ */ new Set();
    const pairs2 = [];
    const paired = /* @__PURE__ */ new Set();
    for (const by of ["text", "tag", "ref", "title", "const", "type"]) {
      for (let i = 0; i < bb.length; i++) {
        const want = bInfo[i][by];
        if (paired.has(i) || want === void 0) continue;
        const match = hInfo.findIndex((h, j) => !used.has(j) && h[by] === want);
        if (match === -1) continue;
        used.add(match);
        paired.add(i);
        pairs2.push([i, match]);
      }
    }
    let unpairedBase = bb.map((_, i) => i).filter((i) => !paired.has(i));
    const leftHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    if (unpairedBase.length === 1 && leftHead.length === 1) {
      pairs2.push([unpairedBase[0], leftHead[0]]);
      used.add(leftHead[0]);
      unpairedBase = [];
    }
    const label = nh.branches ? isObject(nh.node.value) && nh.node.value.oneOf ? "oneOf" : "anyOf" : "";
    for (const [i, j] of pairs2) {
      recurse(bb[i], hb[j], nh.branches ? `${path}/${label}/${j}` : path);
    }
    let unpairedHead = hb.map((_, j) => j).filter((j) => !used.has(j));
    let budget = 64;
    const compatible = (x, y) => !x.type || !y.type || x.type === y.type;
    const tryCover = (bi, hj) => compatible(bInfo[bi], hInfo[hj]) && budget-- > 0 && this.covers(bb[bi], hb[hj], flow);
    if (flow !== "response") unpairedBase = unpairedBase.filter((i) => !hb.some((_, j) => tryCover(i, j)));
    else unpairedHead = unpairedHead.filter((j) => !bb.some((_, i) => tryCover(i, j)));
    if (unpairedBase.length && flow !== "response") {
      emit("type-changed", nh.node, `variant ${unpairedBase.map((i) => bInfo[i].name).join(", ")} no longer accepted`);
    }
    if (unpairedHead.length && flow !== "request") {
      emit("type-changed", nh.node, `new variant ${unpairedHead.map((j) => hInfo[j].name).join(", ")} may be ${flow === "response" ? "returned" : "written"}`);
    }
  }
};
var BREAKING = {
  request: /* @__PURE__ */ new Set(["type-changed", "enum-value-removed", "constraint-tightened", "closed-to-extra-properties", "required-property-added", "property-became-required", "too-deep"]),
  event: /* @__PURE__ */ new Set(["type-changed", "enum-value-removed", "constraint-tightened", "closed-to-extra-properties", "required-property-added", "property-became-required", "property-became-optional", "too-deep"]),
  response: /* @__PURE__ */ new Set(["type-changed", "property-removed", "property-became-optional", "became-nullable", "enum-value-added", "too-deep"])
};
function* reachable(entry) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [entry];
  while (stack.length) {
    const e = stack.pop();
    if (seen.has(e)) continue;
    seen.add(e);
    yield e;
    for (const child3 of e.children ?? []) stack.push(child3);
  }
}
var ANNOTATION_FORMATS = /* @__PURE__ */ new Map([
  ["int64", /* @__PURE__ */ new Set(["integer"])],
  ["float", /* @__PURE__ */ new Set(["number", "integer"])],
  ["double", /* @__PURE__ */ new Set(["number", "integer"])],
  ["password", /* @__PURE__ */ new Set(["string"])],
  ["binary", /* @__PURE__ */ new Set(["string"])]
]);
var WIDER_FORMATS = /* @__PURE__ */ new Map([
  ["int32", "int64"],
  ["float", "double"]
]);
function annotatesOnly(format, types2) {
  const applies = ANNOTATION_FORMATS.get(format);
  return applies !== void 0 && types2 !== null && types2.size > 0 && [...types2].every((t) => applies.has(t));
}
function acceptsType(types2, t) {
  return types2.has(t) || t === "integer" && types2.has("number");
}
function propertyName(path) {
  const m = /\/properties\/([^/#]+)$/.exec(path);
  return m ? m[1].replace(/~1/g, "/").replace(/~0/g, "~") : void 0;
}
function escape(name) {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
function fmt(v) {
  return v === void 0 ? "none" : String(v);
}
function short(values) {
  const s = values.map((v) => JSON.stringify(v)).join(", ");
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
function discriminatorOf(value) {
  const d = isObject(value) ? value.discriminator : void 0;
  if (!isObject(d) || typeof d.propertyName !== "string") return void 0;
  const mapping = {};
  if (isObject(d.mapping)) {
    for (const [k, v] of Object.entries(d.mapping)) if (typeof v === "string") mapping[k] = v;
  }
  return { propertyName: d.propertyName, mapping };
}
function discriminatorTag(d, raw, resolved) {
  if (!d) return void 0;
  if (isObject(raw) && typeof raw.$ref === "string") {
    const ref = raw.$ref;
    const mapped = Object.entries(d.mapping).find(([, target]) => target === ref || target === ref.split("/").pop());
    if (mapped) return mapped[0];
  }
  const prop = isObject(resolved) && isObject(resolved.properties) ? resolved.properties[d.propertyName] : void 0;
  if (isObject(prop) && "const" in prop) return JSON.stringify(prop.const);
  if (isObject(prop) && Array.isArray(prop.enum) && prop.enum.length === 1) return JSON.stringify(prop.enum[0]);
  return isObject(raw) && typeof raw.$ref === "string" ? raw.$ref.split("/").pop() : void 0;
}
function branchInfo(ws, n, discriminator) {
  const raw = n.value;
  const text = JSON.stringify(raw);
  const ref = isObject(raw) && typeof raw.$ref === "string" ? raw.$ref.split("/").pop() : void 0;
  const v = ws.resolve(n).value;
  const tag = discriminatorTag(discriminator, raw, v);
  const title = isObject(v) && typeof v.title === "string" ? v.title : void 0;
  const c = isObject(v) && "const" in v ? JSON.stringify(v.const) : void 0;
  let type2;
  if (isObject(v)) {
    if (typeof v.type === "string") type2 = v.type;
    else if (Array.isArray(v.type)) type2 = v.type.filter((t) => t !== "null").join("|");
    else if (v.properties || v.additionalProperties) type2 = "object";
    else if (v.items) type2 = "array";
  }
  const required = isObject(v) && Array.isArray(v.required) ? `required ${v.required.join(", ")}` : void 0;
  return { text, tag, ref, title, const: c, type: type2, name: ref ?? title ?? c ?? type2 ?? required ?? "schema" };
}
function normalise(ws, node) {
  const n = {
    node,
    any: false,
    never: false,
    types: null,
    nullable: false,
    properties: NO_PROPERTIES,
    required: NO_NAMES,
    additional: "open",
    unevaluatedClosed: false,
    prefixItems: NO_NODES,
    constraints: NO_CONSTRAINTS,
    branches: null
  };
  let properties = null;
  let required = null;
  let seen = null;
  let typed = false;
  let anything = true;
  let outerNullable = false;
  let memberNullable = false;
  let typedWithoutNull = false;
  const nullable = (depth) => {
    if (depth === 0) outerNullable = true;
    else memberNullable = true;
  };
  const visit = (current, depth, orNull = false) => {
    const v = current.value;
    if (v === true || v === void 0) return;
    if (v === false) {
      n.never = true;
      anything = false;
      return;
    }
    if (!isObject(v) || seen?.has(v)) return;
    if (depth > MAX_ALLOF_DEPTH) {
      (n.truncated ??= []).push(current);
      return;
    }
    if (depth > 0 || v.allOf !== void 0 || v.oneOf !== void 0 || v.anyOf !== void 0) (seen ??= /* @__PURE__ */ new Set()).add(v);
    for (const key2 of Object.keys(v)) if (!key2.startsWith("x-") && !ANNOTATIONS.has(key2)) anything = false;
    const list = v.type === void 0 ? null : (Array.isArray(v.type) ? v.type : [v.type]).filter((t) => typeof t === "string");
    const saysNull = v.nullable === true || v["x-nullable"] === true || (list?.includes("null") ?? false);
    if (saysNull) nullable(depth);
    else if (list && !orNull) typedWithoutNull = true;
    if (list) {
      const set2 = typeSet(list.filter((t) => t !== "null"));
      n.types = typed && n.types ? typeSet([...n.types].filter((t) => acceptsType(set2, t))) : set2;
      typed = true;
    }
    if (typeof v.format === "string" && n.format === void 0) n.format = v.format;
    if (typeof v.title === "string" && n.title === void 0) n.title = v.title;
    if (Array.isArray(v.enum) && !n.enum) n.enum = v.enum;
    if ("const" in v && !n.enum) n.enum = [v.const];
    if (isObject(v.properties)) {
      for (const name of Object.keys(v.properties)) {
        if (!properties?.has(name)) (properties ??= /* @__PURE__ */ new Map()).set(name, child2(current, "properties", name));
      }
    }
    if (Array.isArray(v.required)) {
      for (const r of v.required) if (typeof r === "string") (required ??= /* @__PURE__ */ new Set()).add(r);
    }
    if (v.additionalProperties === false) n.additional = "closed";
    else if (isObject(v.additionalProperties) && n.additional === "open") {
      n.additional = child2(current, "additionalProperties");
    }
    if (v.unevaluatedProperties === false) n.unevaluatedClosed = true;
    if (v.items !== void 0 && !Array.isArray(v.items) && !n.items) n.items = child2(current, "items");
    const tuple = Array.isArray(v.prefixItems) ? "prefixItems" : Array.isArray(v.items) ? "items" : null;
    if (tuple && n.prefixItems.length === 0) {
      n.prefixItems = v[tuple].map((_, i) => child2(current, tuple, String(i)));
    }
    for (const k of CONSTRAINTS) {
      if (v[k] === void 0 || n.constraints[k] !== void 0) continue;
      if (n.constraints === NO_CONSTRAINTS) n.constraints = {};
      n.constraints[k] = v[k];
    }
    for (const k of ["oneOf", "anyOf"]) {
      const list2 = v[k];
      if (Array.isArray(list2) && !n.branches) {
        const branches = list2.map((_, i) => child2(current, k, String(i)));
        const nonNull = branches.filter((b) => !isNullSchema(ws.resolve(b).value));
        if (nonNull.length < branches.length) nullable(depth);
        if (nonNull.every((b) => isConstraintOnly(ws.resolve(b).value))) continue;
        if (nonNull.length === 1) visit(ws.resolve(nonNull[0]), depth + 1, orNull || nonNull.length < branches.length);
        else if (nonNull.length > 1) n.branches = nonNull;
      }
    }
    if (Array.isArray(v.allOf)) {
      v.allOf.forEach((_, i) => visit(ws.resolve(child2(current, "allOf", String(i))), depth + 1, orNull));
    }
  };
  visit(node, 0);
  if (properties) n.properties = properties;
  if (required) n.required = required;
  n.nullable = outerNullable || memberNullable && !typedWithoutNull;
  if (!typed) {
    if (n.properties.size || n.additional !== "open") n.types = typeSet(["object"]);
    else if (n.items || n.prefixItems.length) n.types = typeSet(["array"]);
  }
  n.any = anything && !n.never;
  return n;
}
var typeSets = /* @__PURE__ */ new Map();
function typeSet(types2) {
  const key2 = types2.join("\0");
  let set2 = typeSets.get(key2);
  if (!set2) {
    set2 = new Set(types2);
    if (typeSets.size < 1e4) typeSets.set(key2, set2);
  }
  return set2;
}
var NO_PROPERTIES = /* @__PURE__ */ new Map();
var NO_NAMES = /* @__PURE__ */ new Set();
var NO_NODES = [];
var NO_CONSTRAINTS = Object.freeze({});
var CONSTRAINTS = [...TIGHTER_IF_LOWER, ...TIGHTER_IF_HIGHER, "pattern", "multipleOf", "uniqueItems"];
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "$comment",
  "$id",
  "$schema",
  "$anchor",
  "externalDocs",
  "xml",
  "discriminator",
  "readOnly",
  "writeOnly",
  "$defs",
  "definitions"
]);
var CONSTRAINT_ONLY = /* @__PURE__ */ new Set(["required", "not", "description", "title", "minProperties", "maxProperties"]);
function isConstraintOnly(v) {
  return isObject(v) && Object.keys(v).every((k) => CONSTRAINT_ONLY.has(k) || k.startsWith("x-"));
}
function isNullSchema(v) {
  return isObject(v) && (v.type === "null" || Array.isArray(v.enum) && v.enum.length === 1 && v.enum[0] === null);
}
function child2(node, ...segs) {
  return childNode(node, segs);
}

// src/contracts/meta.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);
var import_ajv_draft_04 = __toESM(require_dist2(), 1);
var META_VALIDATION_MAX_CHARS = 256 * 1024;
var validators = /* @__PURE__ */ new Map();
function validatorFor(dialect) {
  let v = validators.get(dialect);
  if (!v) {
    const options = { strict: false, validateFormats: false, logger: false };
    if (dialect === "2020-12") v = new import__2.Ajv2020(options);
    else if (dialect === "2019-09") v = new import__.Ajv2019(options);
    else if (dialect === "draft-04") v = new import_ajv_draft_04.default.default(options);
    else v = new import_ajv.Ajv(options);
    validators.set(dialect, v);
  }
  return v;
}
function dialectOf(schemaUri) {
  if (typeof schemaUri !== "string") return null;
  if (/2020-12/.test(schemaUri)) return "2020-12";
  if (/2019-09/.test(schemaUri)) return "2019-09";
  if (/draft-04/.test(schemaUri)) return "draft-04";
  if (/draft-0[67]/.test(schemaUri)) return "draft-07";
  return null;
}
function metaSchemaProblem(value, textLength) {
  if (textLength > META_VALIDATION_MAX_CHARS || value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const dialect = dialectOf(value.$schema);
  if (!dialect) return null;
  const validator = validatorFor(dialect);
  try {
    if (validator.validateSchema(value) === true) return null;
  } catch {
    return null;
  }
  const err = validator.errors?.[0];
  if (!err) return null;
  const pointer = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  return { message: `${err.instancePath || "/"} ${err.message ?? "is invalid"} (${dialect} meta-schema)`, pointer };
}

// src/contracts/roles.ts
import { posix as posix2 } from "node:path";
var CONFIG_WORD = /(^|[^a-z0-9])(config|configs|configuration|conf)([^a-z0-9]|$)/i;
var CONFIG_FOLDER = /^(config|configs|configuration|conf)$/i;
var CONFIG_TITLE = /\bconfig(uration)?\b/i;
var EVENT_WORDS = /\b(event|message|changed|updated|created|deleted)\b/i;
var CONFIG_FILE_PROSE = /\bconfig(uration)? file\b/i;
var SCHEMA_DECLARATION = /\$schema["']?\s*[:=]\s*["']?([^\s"',}]+)/g;
var YAML_FILE = /\.ya?ml$/i;
function configSchemaEvidence(path, value, side) {
  const parts = path.split("/");
  const name = parts[parts.length - 1].replace(/(\.schema)?\.(json|ya?ml)$/i, "");
  if (CONFIG_WORD.test(name)) return "its file name";
  if (parts.length > 1 && CONFIG_FOLDER.test(parts[parts.length - 2])) {
    return `its folder ${parts.slice(0, -1).join("/")}/`;
  }
  if (isObject(value)) {
    if (typeof value.title === "string" && CONFIG_TITLE.test(value.title) && !EVENT_WORDS.test(value.title)) return `its title "${value.title}"`;
    if (typeof value.description === "string" && CONFIG_FILE_PROSE.test(value.description.slice(0, 1e3))) return "its description";
  }
  const referrer = yamlDeclaring(path, side);
  return referrer ? `${referrer} declares it as its $schema` : null;
}
function yamlDeclaring(path, side) {
  const name = path.split("/").pop();
  const found = side.search(name);
  if (!found) return null;
  for (const file of found) {
    if (file === path || !YAML_FILE.test(file)) continue;
    const text = side.text(file);
    if (text === null) continue;
    for (const m of text.matchAll(SCHEMA_DECLARATION)) if (leadsTo(file, m[1], path)) return file;
  }
  return null;
}
function leadsTo(file, target, path) {
  const location = target.split("#")[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
    try {
      return `/${new URL(location).pathname.replace(/^\/+/, "")}`.endsWith(`/${path}`);
    } catch {
      return false;
    }
  }
  return posix2.normalize(posix2.join(posix2.dirname(file), location)) === path;
}

// src/contracts/twins.ts
var METHODS2 = /* @__PURE__ */ new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
var GENERATED = /(^|\/)(gen|generated|dist|build|out)\//i;
function findTwins(head, candidates) {
  const groups = /* @__PURE__ */ new Map();
  if (candidates.length < 2) return /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const doc = head.doc(c.path);
    if (!doc || doc.error || !isObject(doc.value)) continue;
    const v = doc.value;
    if (v.openapi === void 0 && v.swagger === void 0) continue;
    const signature = operations(head, { file: c.path, pointer: [], value: v });
    if (signature === null) continue;
    const version = Number.parseFloat(String(v.openapi ?? v.swagger)) || 0;
    const list = groups.get(signature);
    if (list) list.push({ ...c, version });
    else groups.set(signature, [{ ...c, version }]);
  }
  const twins = /* @__PURE__ */ new Map();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort(
      (a, b) => a.configOrder - b.configOrder || b.version - a.version || Number(GENERATED.test(a.path)) - Number(GENERATED.test(b.path)) || Number(/\.json$/i.test(a.path)) - Number(/\.json$/i.test(b.path)) || a.path.split("/").length - b.path.split("/").length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    );
    for (const other of list.slice(1)) twins.set(other.path, list[0].path);
  }
  return twins;
}
function operations(head, root) {
  const paths = isObject(root.value) ? root.value.paths : void 0;
  if (!isObject(paths)) return null;
  const ops = [];
  for (const p of Object.keys(paths)) {
    if (!p.startsWith("/")) continue;
    const item = head.resolve(childNode(root, ["paths", p])).value;
    if (!isObject(item)) continue;
    for (const m of Object.keys(item)) if (METHODS2.has(m)) ops.push(`${m} ${template(p)}`);
  }
  return ops.length ? ops.sort().join("\n") : null;
}
function twinObject(object) {
  return object.replace(/#\/components\/(schemas|parameters|responses|requestBodies|headers)\//g, "#/$1/").replace(/#\/definitions\//g, "#/schemas/");
}
function mergeTwins(findings, twins) {
  if (twins.size === 0) return findings;
  const primaries = new Set(twins.values());
  const onPrimary = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.twinKey !== void 0 && primaries.has(f.file)) onPrimary.set(`${f.file}\0${f.twinKey}`, f);
  const copies = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const primary = twins.get(f.file);
    const same = primary !== void 0 && f.twinKey !== void 0 ? onPrimary.get(`${primary}\0${f.twinKey}`) : void 0;
    if (!same) {
      out.push(f);
      continue;
    }
    const list = copies.get(same);
    if (list) {
      if (!list.includes(f.file)) list.push(f.file);
    } else copies.set(same, [f.file]);
  }
  for (const [f, files] of copies) {
    const names = files.sort().join(", ");
    f.message = `${f.message} The same change is in ${names}, ${files.length === 1 ? "a copy" : "copies"} of this API (reported once, here).`;
  }
  return out;
}

// src/contracts/analyse.ts
var SCHEMA_NAME = /\.schema\.(json|ya?ml)$/i;
var CONTRACT_NAME = /(?:\.schema\.(?:json|ya?ml)|(?:^|\/)[^/]*(?:openapi|swagger|asyncapi)[^/]*\.(?:json|ya?ml))$/i;
var IGNORE_KEY = "x-rollback-guard-ignore";
function contractKind(path, value) {
  if (isObject(value)) {
    if (value.openapi !== void 0 || value.swagger !== void 0) return "openapi";
    if (typeof value.$schema === "string" && /json-schema\.org|draft/i.test(value.$schema)) return "schema";
  }
  if (SCHEMA_NAME.test(path)) return "schema";
  return null;
}
function mayBeContract(path, text) {
  if (SCHEMA_NAME.test(path)) return true;
  if (/\.json$/i.test(path)) return /"(openapi|swagger|\$schema)"\s*:/.test(text.slice(0, 4096)) || /"(openapi|swagger)"\s*:/.test(text);
  return /^["']?(openapi|swagger|\$schema)["']?\s*:/m.test(text);
}
function namesContract(path, text) {
  if (SCHEMA_NAME.test(path)) return true;
  if (/^\s*\{/.test(text)) return /"(openapi|swagger)"\s*:/.test(text) || JSON_SCHEMA_DIALECT.test(text.slice(0, 4096));
  return /^["']?(openapi|swagger)["']?\s*:/m.test(text) || /^["']?\$schema["']?\s*:\s*["']?[^\s"']*(json-schema\.org|draft)/im.test(text);
}
var JSON_SCHEMA_DIALECT = /"\$schema"\s*:\s*"[^"]*(json-schema\.org|draft)/i;
function analyseContracts(input) {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const configured = config.contracts?.map((c) => ({ isMatch: compileGlob(c.path), role: c.role }));
  const forced = new Map((input.force?.contracts ?? []).map((c) => [c.path, c.role]));
  const base = new Workspace(changes.baseTree, { duplicateKeys: false });
  const head = new Workspace(changes.headTree);
  const skippedByChangeSet = new Set(changes.skipped.map((s) => s.file));
  const headTree = changes.headTree;
  const sides = {
    base,
    head,
    unreadableInHead: (path) => skippedByChangeSet.has(path) || headTree.unreadable?.(path) !== void 0
  };
  const findings = [];
  const suppressions = [];
  const files = /* @__PURE__ */ new Set();
  const candidates = [];
  const seen = /* @__PURE__ */ new Set();
  const configSchemas = /* @__PURE__ */ new Map();
  const roleOf = (path, text, side) => {
    if (forced.has(path)) return forced.get(path) ?? "api";
    if (ignored(path) || !DATA_FILE.test(path)) return null;
    if (configured) return configured.find((c) => c.isMatch(path))?.role ?? null;
    if (text === null || !mayBeContract(path, text)) return null;
    const doc = side.doc(path);
    if (!doc) return null;
    if (doc.error) return namesContract(path, text) ? "api" : null;
    const kind = contractKind(path, doc.value);
    if (kind === "schema") {
      const why = configSchemaEvidence(path, doc.value, side);
      if (why !== null) {
        configSchemas.set(path, why);
        return null;
      }
    }
    return kind ? "api" : null;
  };
  const defaultRole = (path, side) => {
    const f = forced.get(path);
    if (f) return f;
    if (!forced.has(path) && configured) return roleOf(path, "", side) ?? "api";
    const doc = side.doc(path);
    return doc && !doc.error && contractKind(path, doc.value) === "schema" ? "event" : "api";
  };
  const unreadableSides = (file, basePath) => {
    const named = (path) => forced.has(path) || !ignored(path) && DATA_FILE.test(path) && (configured ? configured.some((c) => c.isMatch(path)) : CONTRACT_NAME.test(path));
    const out = [];
    const headGone = file.status !== "deleted" && head.text(file.path) === null;
    const baseGone = file.status !== "added" && base.text(basePath) === null;
    if (headGone && (named(file.path) || !baseGone && file.status !== "added" && roleOf(basePath, base.text(basePath), base) !== null)) {
      out.push({ path: file.path, side: "head", file: file.path });
    }
    if (baseGone && (named(basePath) || !headGone && file.status !== "deleted" && roleOf(file.path, head.text(file.path), head) !== null)) {
      out.push({ path: basePath, side: "base", file: file.path });
    }
    return out;
  };
  const changedOther = [];
  const maybeFormer = [];
  const needed = [];
  for (const file of changes.files) {
    const basePath = file.oldPath ?? file.path;
    if (!forced.has(file.path) && !DATA_FILE.test(file.path) && !DATA_FILE.test(basePath)) continue;
    for (const side of unreadableSides(file, basePath)) needed.push(side);
    if (file.status === "deleted") {
      const text2 = base.text(basePath);
      if (roleOf(basePath, text2, base)) {
        files.add(file.path);
        findings.push(finding("contract-removed", file.path, null, `${file.path} was deleted`, file.path));
      }
      changedOther.push(file.path);
      continue;
    }
    const text = head.text(file.path);
    if (roleOf(file.path, text, head)) {
      candidates.push({ path: file.path, basePath, role: defaultRole(file.path, head) });
      seen.add(file.path);
      continue;
    }
    if (!ignored(file.path) && DATA_FILE.test(file.path)) changedOther.push(file.path);
    if (basePath !== file.path && !ignored(basePath) && DATA_FILE.test(basePath)) changedOther.push(basePath);
    if (DATA_FILE.test(basePath) && !ignored(basePath)) maybeFormer.push(file);
  }
  if (maybeFormer.length) base.tree.prefetch?.(maybeFormer.map((f) => f.oldPath ?? f.path));
  for (const file of maybeFormer) {
    const basePath = file.oldPath ?? file.path;
    if (!roleOf(basePath, base.text(basePath), base)) continue;
    if (ignored(file.path)) continue;
    files.add(file.path);
    if (!DATA_FILE.test(file.path)) {
      findings.push(finding("contract-removed", basePath, null, `${basePath} was renamed to ${file.path}, which is not a contract file`, basePath));
      continue;
    }
    candidates.push({ path: file.path, basePath, role: defaultRole(basePath, base) });
    seen.add(file.path);
  }
  for (const [path] of forced) {
    if (!seen.has(path) && head.text(path) !== null) {
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }
  const unread = unreadableFindings(changes, needed);
  for (const f of unread.findings) {
    findings.push(f);
    files.add(f.file);
  }
  if (changedOther.length) {
    for (const path of referencingContracts(base, head, changedOther, ignored)) {
      if (seen.has(path)) continue;
      const text = head.text(path);
      if (!roleOf(path, text, head)) continue;
      candidates.push({ path, basePath: path, role: defaultRole(path, head) });
      seen.add(path);
    }
  }
  const differ = new SchemaDiffer(base, head);
  const changeList = [];
  for (const c of candidates) {
    files.add(c.path);
    try {
      analyseOne(c, sides, differ, changeList, findings);
    } catch (e) {
      findings.push(finding("invalid-contract", c.path, 1, `could not be analysed (${e.message})`, c.path));
    }
  }
  for (const change of differ.all()) changeList.push(change);
  const twins = findTwins(
    head,
    candidates.map((c) => {
      const order = configured ? configured.findIndex((e) => e.isMatch(c.path)) : -1;
      return { path: c.path, configOrder: order === -1 ? Infinity : order };
    })
  );
  for (const f of mergeTwins(toFindings(changeList, differ, endpointMatcher(config.critical.endpoints)), twins)) {
    delete f.twinKey;
    findings.push(f);
  }
  const basePathOf = new Map(changes.files.filter((f) => f.oldPath).map((f) => [f.path, f.oldPath]));
  const changedPaths = new Set(changes.files.map((f) => f.path));
  for (const f of checkRefs(base, head, candidates.map((c) => c.path), (path) => basePathOf.get(path) ?? path)) {
    findings.push({ ...finding(f.rule, f.file, 0, f.detail, f.object), ...f.severity ? { severity: f.severity } : {}, pointer: f.pointer });
  }
  for (const doc of head.loaded()) {
    if (!doc.error && (seen.has(doc.path) || changedPaths.has(doc.path)) && doc.text.includes(IGNORE_KEY)) for (const sup of readSuppressions(doc)) suppressions.push(sup);
  }
  locateFindings(findings, head);
  const skipped = [...new Map([...head.unreadable, ...base.unreadable])].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([file, reason]) => ({ file, reason: `a contract refers to it ($ref), but it could not be read (${reason})` }));
  for (const [file, why] of [...configSchemas].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (seen.has(file) || files.has(file)) continue;
    skipped.push({ file, reason: `a JSON Schema of the application's configuration file (by ${why}), not a contract unless \`contracts:\` in the configuration lists it` });
  }
  for (const s of unread.skipped) skipped.push(s);
  return { findings, suppressions, files: [...files].sort(), ...skipped.length ? { skipped } : {} };
}
function analyseOne(c, sides, differ, out, findings) {
  const { base, head } = sides;
  const headDoc = head.doc(c.path);
  if (!headDoc) {
    if (!sides.unreadableInHead(c.path)) findings.push(finding("invalid-contract", c.path, 1, "it could not be read", c.path));
    return;
  }
  const baseRoot = base.root(c.basePath);
  const baseKind = baseRoot ? contractKind(c.basePath, baseRoot.value) : null;
  let kind = headDoc.error ? null : contractKind(c.path, headDoc.value);
  if (baseKind && kind !== baseKind && (kind === null || baseKind === "openapi")) {
    if (headDoc.text.trim() === "" || !headDoc.error && emptied(headDoc.value, baseKind)) {
      findings.push(finding("contract-removed", c.path, 1, `${c.path} was emptied (${describeValue(headDoc)})`, c.path));
      return;
    }
    if (!headDoc.error && baseKind === "openapi") {
      const what = kind === "schema" ? "a JSON Schema" : isObject(headDoc.value) ? "a mapping without an `openapi` or `swagger` key" : describeValue(headDoc);
      findings.push({
        ...finding("invalid-contract", c.path, 0, `it was an OpenAPI document in base and is now ${what}`, c.path),
        pointer: []
      });
      return;
    }
    if (!headDoc.error) kind = "schema";
  }
  if (headDoc.error) {
    findings.push(finding("invalid-contract", c.path, headDoc.error.line, headDoc.error.message, c.path));
    return;
  }
  const problem = structuralProblem(kind, headDoc.value) ?? (kind === "schema" ? metaSchemaProblem(headDoc.value, headDoc.text.length) : null);
  if (problem) {
    findings.push({ ...finding("invalid-contract", c.path, 0, problem.message, c.path), pointer: problem.pointer });
    return;
  }
  const headRoot = head.root(c.path);
  if (kind === "openapi") {
    for (const change of diffOpenApi(base, head, baseKind === "openapi" ? baseRoot : null, headRoot, differ)) out.push(change);
  } else if (baseRoot && baseKind !== "openapi") {
    const flow = c.role === "event" ? "event" : "response";
    differ.diff(baseRoot, headRoot, flow, { context: "", endpoint: null });
  }
}
function emptied(value, baseKind) {
  if (value === void 0 || value === null) return true;
  if (baseKind !== "openapi") return false;
  return Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0;
}
function describeValue(doc) {
  const v = doc.value;
  if (doc.text.trim() === "" || v === void 0) return "an empty file";
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length ? "a list" : "[]";
  if (isObject(v)) return Object.keys(v).length ? "a mapping" : "{}";
  return `a ${typeof v}`;
}
var MAX_LISTED_ENDPOINTS = 50;
var ENDPOINT_BUDGET = 1e6;
function toFindings(changeList, differ, isCritical) {
  const groups = [];
  const byKey = /* @__PURE__ */ new Map();
  const groupOf = /* @__PURE__ */ new Map();
  const direct = /* @__PURE__ */ new Map();
  const ruleCache = /* @__PURE__ */ new Map();
  for (const change of changeList) {
    const ruleKey = `${change.kind} ${change.flow} ${change.parameter}`;
    let rule = ruleCache.get(ruleKey);
    if (rule === void 0) ruleCache.set(ruleKey, rule = contractRuleList.find((r) => r.matches(change)) ?? null);
    if (!rule) continue;
    const key2 = `${rule.meta.id}\0${change.at.file}\0${change.at.pointer.join("/")}\0${change.object}\0${change.detail}`;
    let group = byKey.get(key2);
    if (!group) {
      group = { rule, change, count: 0, first: [], critical: null, last: 0 };
      byKey.set(key2, group);
      groups.push(group);
    }
    groupOf.set(change, group);
    for (const endpoint of change.endpoints) {
      const list = direct.get(endpoint);
      if (list) list.push(group);
      else direct.set(endpoint, [group]);
    }
  }
  const endpoints = [.../* @__PURE__ */ new Set([...direct.keys(), ...differ.endpoints()])].sort();
  let budget = ENDPOINT_BUDGET;
  endpoints.forEach((endpoint, i) => {
    const count = (group) => {
      if (!group || group.last === i + 1) return;
      group.last = i + 1;
      group.count++;
      if (group.first.length < MAX_LISTED_ENDPOINTS) group.first.push(endpoint);
      else if (budget > 0) {
        budget--;
        group.first.push(endpoint);
      } else if (group.critical === null && isCritical(endpoint)) group.critical = endpoint;
    };
    for (const group of direct.get(endpoint) ?? []) count(group);
    differ.reached(endpoint, (change) => count(groupOf.get(change)));
  });
  return groups.map(({ rule, change, count, first, critical }) => ({
    rule: rule.meta.id,
    file: change.at.file,
    line: 0,
    // located below
    message: rule.message(count ? { ...change, endpoints: new Set(first), endpointCount: count } : change),
    object: change.object,
    direction: rule.direction,
    endpoints: critical ? [...first, critical] : first,
    ...change.severity ? { severity: change.severity } : {},
    pointer: change.at.pointer,
    twinKey: `${rule.meta.id}\0${twinObject(change.object)}\0${change.detail}`
  }));
}
function structuralProblem(kind, value) {
  if (kind === "openapi") {
    if (!isObject(value)) return { message: "the top level is not a mapping", pointer: [] };
    const version = String(value.openapi ?? value.swagger);
    if (!/^(2\.0|3\.[01])(\.\d+)?/.test(version)) return { message: `unknown OpenAPI version "${version}"`, pointer: [value.openapi !== void 0 ? "openapi" : "swagger"] };
    if (value.paths !== void 0 && !isObject(value.paths)) return { message: "`paths` is not a mapping", pointer: ["paths"] };
    if (value.paths === void 0 && version.startsWith("2")) return { message: "a Swagger 2.0 document needs `paths`", pointer: [] };
    if (isObject(value.paths)) {
      for (const [p, item] of Object.entries(value.paths)) {
        if (!p.startsWith("/") && !p.startsWith("x-")) return { message: `path "${p}" does not start with /`, pointer: ["paths", p] };
        if (!isObject(item) && p.startsWith("/")) return { message: `path item "${p}" is not a mapping`, pointer: ["paths", p] };
      }
    }
    return null;
  }
  if (value !== true && value !== false && !isObject(value)) return { message: "a JSON Schema must be an object or a boolean", pointer: [] };
  return null;
}
function finding(rule, file, line, detail, object) {
  const r = contractRule(rule);
  const change = { detail, endpoints: NO_ENDPOINTS };
  return { rule, file, line, message: r.message(change), object, direction: r.direction };
}
function referencingContracts(base, head, changed, ignored) {
  const tree = head.tree;
  const reached = new Set(changed);
  const out = [];
  let everyDataFile = null;
  let frontier = changed;
  for (let round = 0; frontier.length; round++) {
    const inFrontier = new Set(frontier);
    const ids = new Set(frontier.flatMap((p) => [...declaredIds(head.text(p)), ...round === 0 ? declaredIds(base.text(p)) : []]));
    const names = [.../* @__PURE__ */ new Set([...frontier.map((p) => p.split("/").pop()), ...[...ids].map(idNeedle)])];
    let candidates;
    if (tree.filesContaining) {
      const found = /* @__PURE__ */ new Set();
      for (const path of head.searchAny(names) ?? []) found.add(path);
      candidates = [...found].filter((p) => !reached.has(p) && !ignored(p));
    } else {
      everyDataFile ??= tree.list().filter((p) => DATA_FILE.test(p) && !ignored(p));
      candidates = everyDataFile.filter((p) => !reached.has(p));
    }
    tree.prefetch?.(candidates);
    const next = [];
    for (const path of candidates) {
      const text = head.text(path);
      if (text === null || !names.some((n) => text.includes(n))) continue;
      const doc = head.doc(path);
      if (!doc || doc.error) continue;
      const refers = refUses(doc).some(({ ref }) => {
        const location = ref.split("#")[0];
        if (location !== "" && (ids.has(location) || ids.has(absoluteRef(doc.value, location) ?? ""))) return true;
        const target = refTarget(path, ref);
        return target.kind === "local" && inFrontier.has(target.file);
      });
      if (!refers) continue;
      reached.add(path);
      next.push(path);
      out.push(path);
    }
    frontier = next;
  }
  return out.sort();
}
function readSuppressions(doc) {
  const found = [];
  walk(
    doc.value,
    (v, at) => {
      if (isObject(v) && IGNORE_KEY in v) {
        const raw = v[IGNORE_KEY];
        found.push({ pointer: at(), entries: Array.isArray(raw) ? raw : [raw] });
      }
    },
    { shared: doc.format !== "json" }
  );
  if (!found.length) return [];
  const spans = doc.locate(found.flatMap((f) => [f.pointer, [...f.pointer, IGNORE_KEY]]));
  const out = [];
  found.forEach((f, i) => {
    const scope = spans[2 * i];
    const keyLine = spans[2 * i + 1].line;
    for (const entry of f.entries) {
      if (typeof entry !== "string") continue;
      const { rules, reason } = parseSuppressionBody(entry);
      out.push({ file: doc.path, line: keyLine, rules, reason, scope: { startLine: scope.line, endLine: scope.endLine } });
    }
  });
  return out;
}
function locateFindings(findings, head) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const p = f.pointer;
    if (!p) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, list] of byFile) {
    const doc = head.doc(file);
    const spans = doc ? doc.locate(list.map((f) => f.pointer)) : [];
    list.forEach((f, i) => {
      f.line = spans[i]?.line ?? 1;
      delete f.pointer;
    });
  }
}

// src/config/changed.ts
function configChanged(input) {
  const findings = input.changes.files.filter((f) => CONFIG_PATHS.includes(f.path) || f.oldPath !== void 0 && CONFIG_PATHS.includes(f.oldPath)).map((f) => ({
    rule: "config-changed",
    file: f.path,
    line: f.status === "deleted" ? null : 1,
    message: `This PR changes ${f.path}; the gate reads its configuration from the base commit, so the change takes effect after merge.`,
    object: f.path
  }));
  return { findings, suppressions: [], files: [] };
}

// src/engine.ts
async function prepareEngine(dialects) {
  await prepareMigrations(dialects);
}
function engineDialects(input) {
  return migrationDialects(input);
}
function runEngine(input, options = {}) {
  return runAnalysers(input, [analyseMigrations, analyseContracts, configChanged], options);
}

export {
  prepareEngine,
  engineDialects,
  runEngine
};
