/**
 * Where the configuration is looked up (in the base commit), first found wins. Its own module so
 * that callers that only look for the file (the Action, the API change set) do not load the
 * validator (ajv) with it.
 */
export const CONFIG_PATHS = ['.github/rollback-guard.yml', '.github/rollback-guard.yaml', '.rollback-guard.yml', '.rollback-guard.yaml'];
