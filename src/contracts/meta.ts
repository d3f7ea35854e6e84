/**
 * JSON Schema meta-validation with ajv, for the dialect the file names in `$schema`: a standalone
 * schema that its own meta-schema rejects is `invalid-contract`. Only the meta-schema check
 * (no compilation, no `$ref` resolution), and only for files small enough to keep it cheap.
 */
import type { ErrorObject } from 'ajv';
import { interop, ReadersNotLoaded } from './load.js';

/**
 * ajv and its dialects (about 0.8 MB of code) are loaded by `prepareMeta`, not at start-up: only a
 * standalone JSON Schema contract needs them. Entry points load them first (prepareEngine, the test
 * setup) or when the analysis asks (`runEngineAsync`, on ReadersNotLoaded).
 */
let ajv: {
  Ajv: typeof import('ajv').Ajv;
  Ajv2019: typeof import('ajv/dist/2019.js').Ajv2019;
  Ajv2020: typeof import('ajv/dist/2020.js').Ajv2020;
  AjvDraft04: new (options: object) => Validator;
} | null = null;

/** Whether ajv is loaded (tests of the lazy loading). */
export function metaLoaded(): boolean {
  return ajv !== null;
}

export async function prepareMeta(): Promise<void> {
  if (ajv) return;
  const [core, v2019, v2020, draft04] = await Promise.all([import('ajv'), import('ajv/dist/2019.js'), import('ajv/dist/2020.js'), import('ajv-draft-04')]);
  const { Ajv } = interop<typeof import('ajv')>(core, 'Ajv');
  const { Ajv2019 } = interop<typeof import('ajv/dist/2019.js')>(v2019, 'Ajv2019');
  const { Ajv2020 } = interop<typeof import('ajv/dist/2020.js')>(v2020, 'Ajv2020');
  // a CommonJS module whose class is its `default` property: behind `default` once more under Node's interop
  const d04 = draft04 as unknown as { default: (new (options: object) => Validator) & { default?: new (options: object) => Validator } };
  ajv = { Ajv, Ajv2019, Ajv2020, AjvDraft04: d04.default.default ?? d04.default };
}

/** Larger schemas are left to the differ alone (ajv costs seconds on multi-MB schemas). */
export const META_VALIDATION_MAX_CHARS = 256 * 1024;

type Validator = { validateSchema(schema: unknown): boolean | Promise<unknown>; errors?: ErrorObject[] | null };
const validators = new Map<string, Validator>();

function validatorFor(dialect: string): Validator {
  let v: Validator | undefined = validators.get(dialect);
  if (!v) {
    // Loud, never a silent pass: the entry point loads it and runs the analysis again (runEngineAsync).
    if (!ajv) throw new ReadersNotLoaded('meta');
    const options = { strict: false, validateFormats: false, logger: false } as const;
    if (dialect === '2020-12') v = new ajv.Ajv2020(options);
    else if (dialect === '2019-09') v = new ajv.Ajv2019(options);
    else if (dialect === 'draft-04') v = new ajv.AjvDraft04(options);
    else v = new ajv.Ajv(options); // draft-07 (and draft-06 documents validate against it)
    validators.set(dialect, v);
  }
  return v;
}

function dialectOf(schemaUri: unknown): string | null {
  if (typeof schemaUri !== 'string') return null;
  if (/2020-12/.test(schemaUri)) return '2020-12';
  if (/2019-09/.test(schemaUri)) return '2019-09';
  if (/draft-04/.test(schemaUri)) return 'draft-04';
  if (/draft-0[67]/.test(schemaUri)) return 'draft-07';
  return null;
}

/** The first meta-schema violation as `pointer: message`, or null when valid (or not checked). */
export function metaSchemaProblem(value: unknown, textLength: number): { message: string; pointer: string[] } | null {
  if (textLength > META_VALIDATION_MAX_CHARS || value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const dialect = dialectOf((value as { $schema?: unknown }).$schema);
  if (!dialect) return null;
  const validator = validatorFor(dialect);
  try {
    if (validator.validateSchema(value) === true) return null;
  } catch {
    return null; // a meta-schema ajv cannot load is not the document's fault
  }
  const err = validator.errors?.[0];
  if (!err) return null;
  const pointer = err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { message: `${err.instancePath || '/'} ${err.message ?? 'is invalid'} (${dialect} meta-schema)`, pointer };
}
