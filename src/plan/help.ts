/** `rollback-guard plan --help` (its own module: the CLI shows it without loading the plan). */
export const PLAN_HELP = `rollback-guard plan — the runbook for rolling a release back

  --from REF        the version deployed now (tag, branch or commit)
  --to REF          the version to roll back to
  --oldest-safe     walk back over the release tags before --from, newest first, and name the
                    oldest one that is still safe to roll back to (and the first unsafe one);
                    without --to, the runbook is for that target
  --tags GLOB       release tag names for --oldest-safe (repeatable, !GLOB leaves some out;
                    default: the config's release-tags, else every tag)
  --format FMT      text | markdown | json (default: text)
  --output FILE     write the runbook there instead of stdout
  --config FILE     configuration file (default: the one in --from, the deployed release)
  --cwd DIR         run in DIR

Exit codes: 0 safe to roll back, 1 not safe, 2 usage or git error.
`;
