/**
 * Text from the GitHub API (an error message, a proxy's error page) is printed only after this:
 * anything that looks like a credential becomes `***`. A proxy that echoes the request's
 * `Authorization` header, or a URL with `?access_token=`, must not put the token into a log that
 * everyone with read access to the repository can open.
 */

const REDACTED = '***';

const PATTERNS: [RegExp, string][] = [
  // GitHub tokens: ghp_ (classic PAT), gho_ (OAuth), ghu_ / ghs_ (app user / installation), ghr_ (refresh).
  [/\bgh[pousr]_[A-Za-z0-9_]{16,}/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
  // An echoed header or scheme: `Authorization: token …`, `Bearer …`, `Basic …`.
  [/\b(bearer|token|basic)(\s+)[A-Za-z0-9._~+/=-]{16,}/gi, `$1$2${REDACTED}`],
  // JWTs (a GitHub App's own token).
  [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}(\.[A-Za-z0-9_-]*)?/g, REDACTED],
  // Credentials in a query string or a form body.
  [/\b(access_token|token|password|secret|client_secret|key)=[^&\s"']+/gi, `$1=${REDACTED}`],
  // Credentials in a URL's user-info part.
  [/(\/\/)[^/\s:@]+:[^/\s@]+@/g, `$1${REDACTED}@`],
];

/** Mixed-case-and-digit runs this long are keys, not words or paths; commit SHAs (hex) stay. */
const OPAQUE = /[A-Za-z0-9_-]{32,}/g;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out.replace(OPAQUE, (run) => (/[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run) ? REDACTED : run));
}
