import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  analyseMigrations,
  baseTreeCount,
  detectorFor,
  migrationDialects,
  migrationLanguages,
  migrationNeeds,
  prepareMigrations,
  readOrNull
} from "./chunk-SYRHG77T.js";
import {
  ignoredPaths
} from "./chunk-P4TBAOQP.js";
import {
  runAnalysers,
  runAnalysersThen
} from "./chunk-M4CJE6NX.js";
import {
  prepareCodeLanguages
} from "./chunk-FROQA73M.js";
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";
import {
  lineOfOffset,
  lineStarts
} from "./chunk-3MRRVRCS.js";
import {
  escapeRegExp,
  wholeWords
} from "./chunk-5SYVZ6D5.js";
import {
  changesDataFile,
  isSqlFileName
} from "./chunk-OKPMEVZ6.js";
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-U623IIGW.js";

// node_modules/pluralize/pluralize.js
var require_pluralize = __commonJS({
  "node_modules/pluralize/pluralize.js"(exports, module) {
    (function(root, pluralize2) {
      if (typeof __require === "function" && typeof exports === "object" && typeof module === "object") {
        module.exports = pluralize2();
      } else if (typeof define === "function" && define.amd) {
        define(function() {
          return pluralize2();
        });
      } else {
        root.pluralize = pluralize2();
      }
    })(exports, function() {
      var pluralRules = [];
      var singularRules = [];
      var uncountables = {};
      var irregularPlurals = {};
      var irregularSingles = {};
      function sanitizeRule(rule) {
        if (typeof rule === "string") {
          return new RegExp("^" + rule + "$", "i");
        }
        return rule;
      }
      function restoreCase(word, token) {
        if (word === token) return token;
        if (word === word.toLowerCase()) return token.toLowerCase();
        if (word === word.toUpperCase()) return token.toUpperCase();
        if (word[0] === word[0].toUpperCase()) {
          return token.charAt(0).toUpperCase() + token.substr(1).toLowerCase();
        }
        return token.toLowerCase();
      }
      function interpolate(str, args) {
        return str.replace(/\$(\d{1,2})/g, function(match, index) {
          return args[index] || "";
        });
      }
      function replace(word, rule) {
        return word.replace(rule[0], function(match, index) {
          var result = interpolate(rule[1], arguments);
          if (match === "") {
            return restoreCase(word[index - 1], result);
          }
          return restoreCase(match, result);
        });
      }
      function sanitizeWord(token, word, rules) {
        if (!token.length || uncountables.hasOwnProperty(token)) {
          return word;
        }
        var len = rules.length;
        while (len--) {
          var rule = rules[len];
          if (rule[0].test(word)) return replace(word, rule);
        }
        return word;
      }
      function replaceWord(replaceMap, keepMap, rules) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) {
            return restoreCase(word, token);
          }
          if (replaceMap.hasOwnProperty(token)) {
            return restoreCase(word, replaceMap[token]);
          }
          return sanitizeWord(token, word, rules);
        };
      }
      function checkWord(replaceMap, keepMap, rules, bool) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) return true;
          if (replaceMap.hasOwnProperty(token)) return false;
          return sanitizeWord(token, token, rules) === token;
        };
      }
      function pluralize2(word, count, inclusive) {
        var pluralized = count === 1 ? pluralize2.singular(word) : pluralize2.plural(word);
        return (inclusive ? count + " " : "") + pluralized;
      }
      pluralize2.plural = replaceWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize2.isPlural = checkWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize2.singular = replaceWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize2.isSingular = checkWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize2.addPluralRule = function(rule, replacement) {
        pluralRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize2.addSingularRule = function(rule, replacement) {
        singularRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize2.addUncountableRule = function(word) {
        if (typeof word === "string") {
          uncountables[word.toLowerCase()] = true;
          return;
        }
        pluralize2.addPluralRule(word, "$0");
        pluralize2.addSingularRule(word, "$0");
      };
      pluralize2.addIrregularRule = function(single, plural) {
        plural = plural.toLowerCase();
        single = single.toLowerCase();
        irregularSingles[single] = plural;
        irregularPlurals[plural] = single;
      };
      [
        // Pronouns.
        ["I", "we"],
        ["me", "us"],
        ["he", "they"],
        ["she", "they"],
        ["them", "them"],
        ["myself", "ourselves"],
        ["yourself", "yourselves"],
        ["itself", "themselves"],
        ["herself", "themselves"],
        ["himself", "themselves"],
        ["themself", "themselves"],
        ["is", "are"],
        ["was", "were"],
        ["has", "have"],
        ["this", "these"],
        ["that", "those"],
        // Words ending in with a consonant and `o`.
        ["echo", "echoes"],
        ["dingo", "dingoes"],
        ["volcano", "volcanoes"],
        ["tornado", "tornadoes"],
        ["torpedo", "torpedoes"],
        // Ends with `us`.
        ["genus", "genera"],
        ["viscus", "viscera"],
        // Ends with `ma`.
        ["stigma", "stigmata"],
        ["stoma", "stomata"],
        ["dogma", "dogmata"],
        ["lemma", "lemmata"],
        ["schema", "schemata"],
        ["anathema", "anathemata"],
        // Other irregular rules.
        ["ox", "oxen"],
        ["axe", "axes"],
        ["die", "dice"],
        ["yes", "yeses"],
        ["foot", "feet"],
        ["eave", "eaves"],
        ["goose", "geese"],
        ["tooth", "teeth"],
        ["quiz", "quizzes"],
        ["human", "humans"],
        ["proof", "proofs"],
        ["carve", "carves"],
        ["valve", "valves"],
        ["looey", "looies"],
        ["thief", "thieves"],
        ["groove", "grooves"],
        ["pickaxe", "pickaxes"],
        ["passerby", "passersby"]
      ].forEach(function(rule) {
        return pluralize2.addIrregularRule(rule[0], rule[1]);
      });
      [
        [/s?$/i, "s"],
        [/[^\u0000-\u007F]$/i, "$0"],
        [/([^aeiou]ese)$/i, "$1"],
        [/(ax|test)is$/i, "$1es"],
        [/(alias|[^aou]us|t[lm]as|gas|ris)$/i, "$1es"],
        [/(e[mn]u)s?$/i, "$1s"],
        [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i, "$1"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1i"],
        [/(alumn|alg|vertebr)(?:a|ae)$/i, "$1ae"],
        [/(seraph|cherub)(?:im)?$/i, "$1im"],
        [/(her|at|gr)o$/i, "$1oes"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i, "$1a"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i, "$1a"],
        [/sis$/i, "ses"],
        [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i, "$1$2ves"],
        [/([^aeiouy]|qu)y$/i, "$1ies"],
        [/([^ch][ieo][ln])ey$/i, "$1ies"],
        [/(x|ch|ss|sh|zz)$/i, "$1es"],
        [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i, "$1ices"],
        [/\b((?:tit)?m|l)(?:ice|ouse)$/i, "$1ice"],
        [/(pe)(?:rson|ople)$/i, "$1ople"],
        [/(child)(?:ren)?$/i, "$1ren"],
        [/eaux$/i, "$0"],
        [/m[ae]n$/i, "men"],
        ["thou", "you"]
      ].forEach(function(rule) {
        return pluralize2.addPluralRule(rule[0], rule[1]);
      });
      [
        [/s$/i, ""],
        [/(ss)$/i, "$1"],
        [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, "$1fe"],
        [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, "$1f"],
        [/ies$/i, "y"],
        [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, "$1ie"],
        [/\b(mon|smil)ies$/i, "$1ey"],
        [/\b((?:tit)?m|l)ice$/i, "$1ouse"],
        [/(seraph|cherub)im$/i, "$1"],
        [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, "$1"],
        [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, "$1sis"],
        [/(movie|twelve|abuse|e[mn]u)s$/i, "$1"],
        [/(test)(?:is|es)$/i, "$1is"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1us"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, "$1um"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, "$1on"],
        [/(alumn|alg|vertebr)ae$/i, "$1a"],
        [/(cod|mur|sil|vert|ind)ices$/i, "$1ex"],
        [/(matr|append)ices$/i, "$1ix"],
        [/(pe)(rson|ople)$/i, "$1rson"],
        [/(child)ren$/i, "$1"],
        [/(eau)x?$/i, "$1"],
        [/men$/i, "man"]
      ].forEach(function(rule) {
        return pluralize2.addSingularRule(rule[0], rule[1]);
      });
      [
        // Singular words with no plurals.
        "adulthood",
        "advice",
        "agenda",
        "aid",
        "aircraft",
        "alcohol",
        "ammo",
        "analytics",
        "anime",
        "athletics",
        "audio",
        "bison",
        "blood",
        "bream",
        "buffalo",
        "butter",
        "carp",
        "cash",
        "chassis",
        "chess",
        "clothing",
        "cod",
        "commerce",
        "cooperation",
        "corps",
        "debris",
        "diabetes",
        "digestion",
        "elk",
        "energy",
        "equipment",
        "excretion",
        "expertise",
        "firmware",
        "flounder",
        "fun",
        "gallows",
        "garbage",
        "graffiti",
        "hardware",
        "headquarters",
        "health",
        "herpes",
        "highjinks",
        "homework",
        "housework",
        "information",
        "jeans",
        "justice",
        "kudos",
        "labour",
        "literature",
        "machinery",
        "mackerel",
        "mail",
        "media",
        "mews",
        "moose",
        "music",
        "mud",
        "manga",
        "news",
        "only",
        "personnel",
        "pike",
        "plankton",
        "pliers",
        "police",
        "pollution",
        "premises",
        "rain",
        "research",
        "rice",
        "salmon",
        "scissors",
        "series",
        "sewage",
        "shambles",
        "shrimp",
        "software",
        "species",
        "staff",
        "swine",
        "tennis",
        "traffic",
        "transportation",
        "trout",
        "tuna",
        "wealth",
        "welfare",
        "whiting",
        "wildebeest",
        "wildlife",
        "you",
        /pok[eé]mon$/i,
        // Regexes.
        /[^aeiou]ese$/i,
        // "chinese", "japanese"
        /deer$/i,
        // "deer", "reindeer"
        /fish$/i,
        // "fish", "blowfish", "angelfish"
        /measles$/i,
        /o[iu]s$/i,
        // "carnivorous"
        /pox$/i,
        // "chickpox", "smallpox"
        /sheep$/i
      ].forEach(pluralize2.addUncountableRule);
      return pluralize2;
    });
  }
});

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

// src/engine-contracts.ts
var loaded = null;
var loading = null;
function loadContractAnalysis() {
  loading ??= Promise.all([import("./chunk-MOJL5NHJ.js"), import("./chunk-ESQFDAPV.js"), import("./chunk-MTLGJKCH.js")]).then(
    ([analyse, load, meta]) => loaded = { ...analyse, prepareYaml: load.prepareYaml, ReadersNotLoaded: load.ReadersNotLoaded, prepareMeta: meta.prepareMeta }
  );
  return loading;
}
function loadedContractAnalysis() {
  return loaded;
}
async function prepareContracts() {
  const contracts = await loadContractAnalysis();
  await Promise.all([contracts.prepareMeta(), contracts.prepareYaml()]);
}

// src/code-refs/names.ts
var import_pluralize = __toESM(require_pluralize(), 1);
function wordsOf(identifier) {
  return identifier.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0).map((w) => w.toLowerCase());
}
var capital = (w) => w.length === 0 ? w : `${w[0].toUpperCase()}${w.slice(1)}`;
var MEMO_LIMIT = 1e4;
var NONE = Object.freeze([]);
function memo(compute) {
  const kept = /* @__PURE__ */ new Map();
  return (name) => {
    let answer = kept.get(name);
    if (answer === void 0) {
      answer = Object.freeze(compute(name));
      if (kept.size >= MEMO_LIMIT) kept.clear();
      kept.set(name, answer);
    }
    return answer;
  };
}
var spellings = memo((name) => {
  const words = wordsOf(name);
  if (words.length === 0) return [name];
  const snake = words.join("_");
  return [.../* @__PURE__ */ new Set([name, snake, words[0] + words.slice(1).map(capital).join(""), words.map(capital).join(""), snake.toUpperCase()])];
});
var fieldSpellings = memo((name) => {
  const words = wordsOf(name);
  const pascal = words.map(capital).join("");
  const accessors = pascal ? ["get", "set", "is", "has"].map((p) => `${p}${pascal}`) : [];
  const relation = words.length > 1 && words[words.length - 1] === "id" ? spellings(words.slice(0, -1).join("_")) : [];
  return [.../* @__PURE__ */ new Set([...spellings(name), ...accessors, ...relation])];
});
function bareName(name) {
  return name.slice(name.lastIndexOf(".") + 1);
}
var tableSpellings = memo((table) => {
  const { full, unprefixed } = tableSpellingsByKind(table);
  return [.../* @__PURE__ */ new Set([...full, ...unprefixed])];
});
var tableSpellingsByKind = memo((table) => {
  const bare = bareName(table);
  const words = wordsOf(bare);
  if (words.length === 0) return { full: Object.freeze([bare]), unprefixed: NONE, prefix: null };
  const inflect = (list) => {
    const last = list[list.length - 1];
    return [last, import_pluralize.default.singular(last), import_pluralize.default.plural(last)].map((form) => [...list.slice(0, -1), form].join("_"));
  };
  const full = [...new Set([bare, ...inflect(words)].flatMap(spellings))];
  if (words.length < 2) return { full: Object.freeze(full), unprefixed: NONE, prefix: null };
  const have = new Set(full);
  const unprefixed = [...new Set(inflect(words.slice(1)).flatMap(spellings))].filter((w) => !have.has(w));
  return { full: Object.freeze(full), unprefixed: Object.freeze(unprefixed), prefix: words[0] };
});

// src/code-refs/scope.ts
var SOURCE_EXTENSIONS = /* @__PURE__ */ new Set([
  "go",
  "rb",
  "erb",
  "haml",
  "slim",
  "rake",
  "py",
  "pyi",
  "js",
  "mjs",
  "cjs",
  "jsx",
  "ts",
  "mts",
  "cts",
  "tsx",
  "vue",
  "svelte",
  "java",
  "kt",
  "kts",
  "scala",
  "groovy",
  "clj",
  "cs",
  "fs",
  "vb",
  "php",
  "twig",
  "rs",
  "ex",
  "exs",
  "eex",
  "heex",
  "erl",
  "swift",
  "m",
  "mm",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "dart",
  "lua",
  "pl",
  "pm",
  "r",
  "jl",
  "hs",
  "ml",
  "sql",
  "prisma",
  "graphql",
  "gql",
  "cshtml",
  "razor",
  "jsp",
  "html"
]);
function extensionOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}
function isSourceFile(path) {
  return SOURCE_EXTENSIONS.has(extensionOf(path));
}
var DEFAULT_IGNORED_RE = new RegExp(
  [
    "(?:^|/)(?:migrations|migration|migrate|Migrations|changelog|changelogs|test|tests|__tests__|spec|specs|[^/]*testdata[^/]*|test-data|fixtures|__fixtures__|__mocks__|e2e|cypress|[^/]*_tests|[^/]*-tests|[^/]*test_utils|[^/]*test-utils|examples|example|vendor|node_modules|third_party|third-party|bower_components|dist|build|target)/",
    "(?:^|/)\\.",
    "(?:^|/)alembic/versions/",
    "^(?:docs|doc)/",
    "(?:^|/)db/(?:schema\\.rb|structure\\.sql)$",
    "(?:^|/)[^/]*(?:_test\\.(?:go|py|rb|exs)|\\.test\\.[^/]*|\\.spec\\.[^/]*|\\.stories\\.[^/]*|_spec\\.rb|Tests?\\.(?:java|cs)|Test\\.(?:kt|php)|\\.min\\.(?:js|css)|\\.(?:map|lock|snap|svg|md|mdx|rst|adoc|txt|css|scss|sass|less|tf|dockerfile|patch|diff))$",
    "(?:^|/)(?:tests\\.rs|Dockerfile[^/]*|NEWS[^/]*)$",
    "(?:^|/)meta/[^/]*_snapshot\\.json$",
    "(?:^|/)test_[^/]*\\.py$",
    "(?:^|/)(?:CHANGELOG|LICENSE)[^/]*$",
    "(?:^|/)(?:package-lock\\.json|pnpm-lock\\.yaml|go\\.sum)$"
  ].join("|")
);
var EXAMPLE_PACKAGE = /(^|\/)(com|org|net|io)\/examples?\//g;
function ignoredByDefault(path) {
  return DEFAULT_IGNORED_RE.test(path.includes("example") ? path.replace(EXAMPLE_PACKAGE, "$1$2/x/") : path);
}
function codeScope(paths, ignore) {
  const inPaths = paths.length > 0 ? globMatcher([...paths]) : () => true;
  const ignored = ignore.length > 0 ? globMatcher([...ignore]) : () => false;
  return (path) => inPaths(path) && !ignoredByDefault(path) && !ignored(path);
}
var SLASH_COMMENTS = /* @__PURE__ */ new Set(["go", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "java", "kt", "kts", "scala", "groovy", "cs", "fs", "php", "rs", "swift", "c", "h", "cc", "cpp", "hpp", "dart", "m", "mm", "vue", "svelte", "prisma"]);
var HASH_COMMENTS = /* @__PURE__ */ new Set(["rb", "rake", "py", "pyi", "ex", "exs", "php", "sh", "yaml", "yml", "toml", "r", "pl", "pm", "jl", "graphql", "gql", "conf", "cfg", "ini"]);
var DASH_COMMENTS = /* @__PURE__ */ new Set(["sql", "lua", "hs"]);
function isCommentLine(path, text) {
  const line = text.trimStart();
  const ext = extensionOf(path);
  if (SLASH_COMMENTS.has(ext) && (line.startsWith("//") || line.startsWith("/*") || line.startsWith("* ") || line === "*")) return true;
  if (HASH_COMMENTS.has(ext) && line.startsWith("#") && !line.startsWith("#{")) return true;
  if (DASH_COMMENTS.has(ext) && line.startsWith("--")) return true;
  if ((ext === "html" || ext === "xml" || ext === "erb" || ext === "vue") && line.startsWith("<!--")) return true;
  return false;
}

// src/code-refs/identity.ts
var MAX_FILE_CHARS = 2 * 1024 * 1024;
function rustTokens(text) {
  const out = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const isIdentStart = (c) => /[A-Za-z_]/.test(c) || c > "\x7F";
  const isIdent = (c) => /\w/.test(c) || c > "\x7F";
  const push = (kind, start, end, startLine) => {
    out.push({ kind, text: text.slice(start, end), line: startLine });
  };
  const advanceTo = (end) => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    i = end;
  };
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    const startLine = line;
    const start = i;
    if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      advanceTo(end < 0 ? n : end);
      push("comment", start, i, startLine);
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      let depth = 0;
      let k = i;
      while (k < n) {
        if (text[k] === "/" && text[k + 1] === "*") {
          depth++;
          k += 2;
        } else if (text[k] === "*" && text[k + 1] === "/") {
          depth--;
          k += 2;
          if (depth === 0) break;
        } else k++;
      }
      advanceTo(Math.min(k, n));
      push("comment", start, i, startLine);
      continue;
    }
    const raw = /^(?:b|c)?r(#*)"/.exec(text.slice(i, i + 260));
    if (raw) {
      const close = `"${raw[1]}`;
      const end = text.indexOf(close, i + raw[0].length);
      advanceTo(end < 0 ? n : end + close.length);
      push("string", start, i, startLine);
      continue;
    }
    if (c === '"' || (c === "b" || c === "c") && text[i + 1] === '"') {
      let k = c === '"' ? i + 1 : i + 2;
      while (k < n && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      advanceTo(Math.min(k + 1, n));
      push("string", start, i, startLine);
      continue;
    }
    if (c === "'" || c === "b" && text[i + 1] === "'") {
      const k = c === "'" ? i + 1 : i + 2;
      const lit = /^(?:\\(?:u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2}|.)|[^\\'\n])'/u.exec(text.slice(k, k + 12));
      if (lit) {
        advanceTo(k + lit[0].length);
        push("other", start, i, startLine);
        continue;
      }
      let e = k;
      while (e < n && isIdent(text[e])) e++;
      advanceTo(Math.max(e, i + 1));
      push("other", start, i, startLine);
      continue;
    }
    if (isIdentStart(c)) {
      let e = i + 1;
      if (c === "r" && text[i + 1] === "#" && i + 2 < n && isIdentStart(text[i + 2])) e = i + 3;
      while (e < n && isIdent(text[e])) e++;
      i = e;
      out.push({ kind: "ident", text: text.slice(start, e).replace(/^r#/, ""), line: startLine });
      continue;
    }
    if (/[0-9]/.test(c)) {
      let e = i + 1;
      while (e < n && /[\w.]/.test(text[e]) && !(text[e] === "." && text[e + 1] === ".")) e++;
      i = e;
      push("other", start, e, startLine);
      continue;
    }
    i++;
    push("punct", start, i, startLine);
  }
  return out;
}
var BY_NAME_DERIVES = /* @__PURE__ */ new Set([
  "Selectable",
  "HasQuery",
  "Insertable",
  "AsChangeset",
  "QueryableByName",
  "Identifiable",
  "Associations",
  "FromRow",
  "DeriveEntityModel",
  "DeriveModel",
  "DeriveActiveModel",
  "DeriveIntoActiveModel",
  "DerivePartialModel",
  "FromQueryResult"
]);
var POSITIONAL_DERIVES = /* @__PURE__ */ new Set(["Queryable"]);
var PLAIN_DERIVES = /* @__PURE__ */ new Set([
  "Debug",
  "Clone",
  "Copy",
  "PartialEq",
  "Eq",
  "PartialOrd",
  "Ord",
  "Hash",
  "Default",
  "Serialize",
  "Deserialize",
  "Builder",
  "ToSchema",
  "IntoParams",
  "Display",
  "Error",
  "Validate",
  "JsonSchema"
]);
var PLAIN_ATTRIBUTES = /* @__PURE__ */ new Set(["derive", "doc", "serde", "allow", "warn", "deny", "expect", "cfg", "cfg_attr", "non_exhaustive", "repr", "schema", "diesel", "builder", "must_use", "deprecated", "param", "validate", "into_params"]);
var EXPRESSION_MACROS = /* @__PURE__ */ new Set([
  "format",
  "print",
  "println",
  "eprint",
  "eprintln",
  "write",
  "writeln",
  "vec",
  "assert",
  "assert_eq",
  "assert_ne",
  "debug_assert",
  "debug_assert_eq",
  "debug_assert_ne",
  "panic",
  "matches",
  "dbg",
  "info",
  "warn",
  "error",
  "debug",
  "trace",
  "todo",
  "unimplemented",
  "unreachable",
  "format_args",
  "anyhow",
  "bail",
  "ensure"
]);
function rustColumnRoles(text, table, column, words, lines, readsOnly = false) {
  const roles = /* @__PURE__ */ new Map();
  const wanted = new Set(lines);
  if (text.length > MAX_FILE_CHARS || /\binclude!\s*\(/.test(text)) {
    for (const l of lines) roles.set(l, "use");
    return roles;
  }
  const wordSet = new Set(words);
  const wordRe = new RegExp(`(?<![\\w$])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w$])`);
  const tokens = rustTokens(text);
  const tableName = table.slice(table.lastIndexOf(".") + 1);
  const globImport = new RegExp(String.raw`\buse\s+[\w:]*(?:\bdsl|\bcolumns|\b${tableName.replace(/\W/g, "")})\s*::\s*\*`).test(text);
  const localFns = /* @__PURE__ */ new Set();
  if (!/sql_function!|\bdeclare_sql_function\b|\bextern\s+"SQL"/.test(text)) {
    for (let t = 0; t + 1 < tokens.length; t++) if (tokens[t].text === "fn" && tokens[t + 1].kind === "ident") localFns.add(tokens[t + 1].text);
  }
  const captureRe = new RegExp(`\\{\\s*(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*(?::[^{}]*)?\\}`, "g");
  const seen = /* @__PURE__ */ new Map();
  const note = (line, role) => {
    if (!wanted.has(line)) return;
    if (role === "use" || !seen.has(line)) seen.set(line, role);
  };
  const stack = [];
  let pendingAttrs = "";
  let nextBrace = null;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const top = stack[stack.length - 1];
    if (tok.kind === "comment" || tok.kind === "string") {
      const parts = tok.text.split("\n");
      const formats = tok.kind === "string" && top?.kind === "macro" && EXPRESSION_MACROS.has(top.attrs);
      for (let k = 0; k < parts.length; k++) {
        if (!wanted.has(tok.line + k) || !wordRe.test(parts[k])) continue;
        if (tok.kind !== "string") note(tok.line + k, "not-use");
        else note(tok.line + k, formats && !wordRe.test(parts[k].replace(captureRe, "")) ? "not-use" : "use");
      }
      continue;
    }
    if (tok.text === "#") {
      let k = t + 1;
      if (tokens[k]?.text === "!") k++;
      if (tokens[k]?.text === "[") {
        let depth = 0;
        let body = "";
        for (; k < tokens.length; k++) {
          const a = tokens[k];
          if (a.text === "[") depth++;
          else if (a.text === "]" && --depth === 0) break;
          if (depth > 1 || a.text !== "[") body += ` ${a.text}`;
          if (a.kind === "ident" && wordSet.has(a.text)) note(a.line, "use");
          else if (a.kind === "string" || a.kind === "comment") a.text.split("\n").forEach((part, p) => wordRe.test(part) && note(a.line + p, "use"));
        }
        pendingAttrs += ` #[${body.trim()}]`;
        t = k;
        continue;
      }
    }
    if (tok.kind === "ident") {
      if ((tok.text === "struct" || tok.text === "enum" || tok.text === "union") && tokens[t + 1]?.kind === "ident") {
        nextBrace = { kind: "struct", attrs: pendingAttrs, opaque: false };
        pendingAttrs = "";
        continue;
      }
      if (tokens[t + 1]?.text === "!" && /^[([{]$/.test(tokens[t + 2]?.text ?? "")) {
        nextBrace = { kind: "macro", attrs: tok.text, opaque: !EXPRESSION_MACROS.has(tok.text) };
        t++;
        continue;
      }
      if (tok.text === "macro_rules" && tokens[t + 1]?.text === "!") {
        nextBrace = { kind: "macro", attrs: tok.text, opaque: true };
        t += 2;
        continue;
      }
      if (wordSet.has(tok.text) && wanted.has(tok.line)) note(tok.line, roleOf(tokens, t, stack, pendingAttrs, globImport, tableName, column, readsOnly, localFns));
      continue;
    }
    if (tok.text === "{" || tok.text === "(" || tok.text === "[") {
      const block = { kind: "block", attrs: "", opaque: false };
      let frame = block;
      if (nextBrace?.kind === "macro") frame = nextBrace;
      else if (nextBrace?.kind === "struct") frame = tok.text === "{" ? nextBrace : block;
      else if (top?.kind === "struct" && tok.text === "{") frame = { kind: "struct", attrs: top.attrs, opaque: false };
      if (nextBrace && (nextBrace.kind === "macro" || tok.text !== "[")) nextBrace = null;
      stack.push(top?.opaque ? { ...frame, opaque: true } : frame);
      if (tok.text === "{") pendingAttrs = "";
      continue;
    }
    if (tok.text === "}" || tok.text === ")" || tok.text === "]") {
      stack.pop();
      if (tok.text === "}") pendingAttrs = "";
      continue;
    }
    if (tok.text === ";") {
      pendingAttrs = "";
      if (nextBrace?.kind === "struct") nextBrace = null;
      continue;
    }
    if (tok.text === "," && top?.kind === "struct") pendingAttrs = "";
  }
  for (const l of lines) roles.set(l, seen.get(l) ?? "use");
  return roles;
}
var NO_LOAD_METHODS = /* @__PURE__ */ new Set(["eq", "ne", "eq_any", "ne_all", "is_null", "is_not_null"]);
function roleOf(tokens, t, stack, fieldAttrs, globImport, table, column, readsOnly, localFns) {
  const prev = tokens[t - 1]?.text;
  const next = tokens[t + 1]?.text;
  const top = stack[stack.length - 1];
  if (prev === ":" && tokens[t - 2]?.text === ":") {
    if (readsOnly && !top?.opaque) {
      if (next === "." && NO_LOAD_METHODS.has(tokens[t + 2]?.text ?? "") && tokens[t + 3]?.text === "(") return "not-use";
      if (tokens[t - 3]?.kind === "ident" && tokens[t - 4]?.text === "(" && tokens[t - 5]?.text === "excluded") return "not-use";
    }
    return "use";
  }
  if (next === ":" && tokens[t + 2]?.text === ":") return "use";
  if (top?.opaque) return "use";
  if (top?.kind === "struct" && next === ":" && (prev === "{" || prev === "," || prev === "pub" || prev === ")" || prev === "]")) {
    return structFieldRole(top.attrs, fieldAttrs, table, column, readsOnly);
  }
  if (prev === ".") return "not-use";
  if (prev === "fn" || next === "(" && localFns.has(tokens[t].text)) return "not-use";
  if (next === "(") return "use";
  return globImport ? "use" : "not-use";
}
var WRITE_DERIVES = /* @__PURE__ */ new Set(["Insertable", "AsChangeset"]);
function structFieldRole(rawStructAttrs, rawFieldAttrs, table, column, readsOnly) {
  const structAttrs = rawStructAttrs.replace(/\s*:\s*:\s*/g, "::");
  const fieldAttrs = rawFieldAttrs.replace(/\s*:\s*:\s*/g, "::");
  const attributeNames = [...`${structAttrs} ${fieldAttrs}`.matchAll(/#\[\s*([\w:\s]+?)\s*(?:[(=\]]|$)/g)].map((m) => m[1].replace(/\s+/g, "").split("::").pop());
  if (attributeNames.some((a) => !PLAIN_ATTRIBUTES.has(a))) return "use";
  const derives = [...structAttrs.matchAll(/#\[\s*derive\s*\(([^\]]*)\)\s*\]/g)].flatMap((m) => m[1].split(",").map((d) => d.replace(/\s+/g, "").split("::").pop())).filter(Boolean);
  if (derives.some((d) => !BY_NAME_DERIVES.has(d) && !POSITIONAL_DERIVES.has(d) && !PLAIN_DERIVES.has(d))) return "use";
  if (readsOnly && derives.some((d) => WRITE_DERIVES.has(d)) && derives.every((d) => WRITE_DERIVES.has(d) || PLAIN_DERIVES.has(d))) return "not-use";
  const byName = derives.some((d) => BY_NAME_DERIVES.has(d));
  const positional = derives.some((d) => POSITIONAL_DERIVES.has(d));
  if (!byName && !positional) return "not-use";
  const selects = /\bselect_expression\b/.test(fieldAttrs);
  const renamed = /\bcolumn_name\s*=\s*(?:r#)?(\w+)/.exec(fieldAttrs);
  if (positional && !derives.some((d) => d === "Selectable" || d === "HasQuery")) return "use";
  if (selects) return "not-use";
  if (renamed) return renamed[1] === column ? "use" : "not-use";
  const named = /\btable_name\s*=\s*(?:r#)?([\w:]+)/.exec(structAttrs);
  if (!named) return "use";
  return named[1].split("::").pop() === table ? "use" : "not-use";
}
function privateDumpColumnLines(text, table, column, lines, readsOnly = false) {
  const out = /* @__PURE__ */ new Set();
  if (text.length > MAX_FILE_CHARS) return out;
  const all = text.split(/\r?\n/);
  const tableName = table.slice(table.lastIndexOf(".") + 1);
  const wanted = new Set(lines);
  let section = "";
  all.forEach((line, i) => {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      section = header[1].trim();
      return;
    }
    if (!wanted.has(i + 1)) return;
    const entry = /^\s*"?(\w+)"?\s*=\s*"private"\s*(?:#.*)?$/.exec(line);
    if (entry && entry[1] === column && section === `${tableName}.columns`) out.add(i + 1);
    else if (readsOnly && section === `${tableName}.column_defaults` && new RegExp(`^\\s*"?${column.replace(/\W/g, "\\$&")}"?\\s*=`).test(line)) out.add(i + 1);
  });
  return out;
}
function jvmClassMapsTable(declaration, table) {
  if (declaration.length > MAX_FILE_CHARS) return true;
  const fold = (name) => name.slice(name.lastIndexOf(".") + 1).replace(/[_"`]/g, "").toLowerCase();
  const tableName = fold(table);
  const names = [...declaration.matchAll(/@(?:[\w.]+\.)?(?:Table|TableName|MappedEntity|Entity|Document)\s*\(\s*(?:(?:name|value)\s*=\s*)?"([^"]*)"/g)].map((m) => fold(m[1]));
  if (names.length > 0) return names.includes(tableName);
  return /@(?:[\w.]+\.)?(?:Entity|Table|TableName|MappedEntity|Document|Embeddable|MappedSuperclass)\b|\b(?:TableImpl|TableRecordImpl|UpdatableRecordImpl)\b/.test(declaration);
}
function jvmDeclares(text, names) {
  const set = new Set(names);
  for (const m of text.matchAll(/\b(?:class|interface|record|enum|object)\s+([A-Z]\w*)/g)) if (set.has(m[1])) return m[1];
  return null;
}
var JS_DB_PACKAGES = /* @__PURE__ */ new Set([
  "pg",
  "pg-promise",
  "pg-pool",
  "pg-native",
  "pg-query-stream",
  "postgres",
  "mysql",
  "mysql2",
  "mariadb",
  "knex",
  "kysely",
  "@prisma/client",
  "prisma",
  "drizzle-orm",
  "typeorm",
  "sequelize",
  "sequelize-typescript",
  "better-sqlite3",
  "sqlite3",
  "sqlite",
  "@libsql/client",
  "libsql",
  "@neondatabase/serverless",
  "@vercel/postgres",
  "@planetscale/database",
  "@electric-sql/pglite",
  "slonik",
  "mssql",
  "tedious",
  "oracledb",
  "objection",
  "bookshelf",
  "zapatos",
  "@clickhouse/client",
  "@supabase/supabase-js",
  "@supabase/postgrest-js",
  "sql-template-strings",
  "sql-template-tag",
  "bun:sqlite",
  "node:sqlite",
  "@sqlite.org/sqlite-wasm",
  "@databases/pg",
  "@databases/mysql",
  "@databases/sqlite",
  "pg-mem",
  "massive",
  "waterline",
  "typeorm-extension"
]);
var JS_DB_SCOPES = ["@mikro-orm/", "@prisma/", "@pgtyped/", "@databases/", "@drizzle-team/", "@kysely/"];
var JS_DB_PATH_WORDS = /* @__PURE__ */ new Set([
  "db",
  "database",
  "databases",
  "prisma",
  "drizzle",
  "knex",
  "kysely",
  "sequelize",
  "typeorm",
  "orm",
  "sql",
  "sqlite",
  "postgres",
  "postgresql",
  "pg",
  "mysql",
  "schema",
  "schemas",
  "model",
  "models",
  "entity",
  "entities",
  "repository",
  "repositories",
  "repo",
  "repos",
  "dao",
  "daos",
  "queries",
  "supabase",
  "persistence"
]);
var JS_FRONTEND_SCOPES = ["@ember-data/", "ember-data", "@tanstack/", "react-query", "@apollo/", "@reduxjs/"];
var JS_SPECIFIER = /\bfrom\s*['"]([^'"\n]{1,300})['"]|\bimport\s*['"]([^'"\n]{1,300})['"]|\b(?:require|import)\s*\(\s*['"]([^'"\n]{1,300})['"]\s*\)/g;
var JS_SQL = /\bSELECT\s[\w*."`,\s]{1,300}?\sFROM\s+["`]?\w|\bINSERT\s+INTO\s|\bUPDATE\s+["`]?[\w.]+["`]?\s+SET\s|\bDELETE\s+FROM\s|\bsql\s*`|\bsql\.raw\s*\(|\$queryRaw|\$executeRaw/i;
var JS_DB_CALLS = /\b(?:prisma|db|knex|kysely|sequelize|trx|tx|pool|database|supabase|drizzle)\s*\.\s*[$\w]|\.(?:findMany|findFirst|findUnique|findFirstOrThrow|findUniqueOrThrow|upsert|createMany|updateMany|deleteMany|selectFrom|insertInto|updateTable|deleteFrom|selectAll|createQueryBuilder|getRepository|findAll|findByPk|findOne|findOneBy|findBy)\s*\(|@(?:Entity|ViewEntity|Column|PrimaryColumn|PrimaryGeneratedColumn|Table)\s*\(|(?<!\b(?:Array|Buffer|Uint8Array|Object|Set|Map))\.from\(\s*['"`]\w+['"`]\s*\)/;
function jsTalksToDatabase(text) {
  if (text.length > MAX_FILE_CHARS) return true;
  if (JS_SQL.test(text) || JS_DB_CALLS.test(text)) return true;
  for (const m of text.matchAll(JS_SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
    if (JS_DB_PACKAGES.has(pkg) || JS_DB_SCOPES.some((s) => spec.startsWith(s))) return true;
    if (JS_FRONTEND_SCOPES.some((s) => spec.startsWith(s))) continue;
    const words = spec.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/);
    if (words.some((w) => JS_DB_PATH_WORDS.has(w))) return true;
  }
  return false;
}
function dumpColumnEntryLines(text, lines) {
  const out = /* @__PURE__ */ new Set();
  if (text.length > MAX_FILE_CHARS) return out;
  const wanted = new Set(lines);
  let columns = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      columns = /^\w+\.(?:columns|column_defaults)$/.test(header[1].trim());
      return;
    }
    if (columns && wanted.has(i + 1) && /^\s*"?\w+"?\s*=/.test(line)) out.add(i + 1);
  });
  return out;
}

// src/code-refs/writers.ts
var MAX_FILES = 200;
var MAX_FILE_CHARS2 = 2 * 1024 * 1024;
var MAX_STATEMENT = 4e3;
var MAX_STRUCT = 64 * 1024;
var MAX_TEMPLATE_DEPTH = 12;
var NoEvidence = class extends Error {
  constructor(why, at) {
    super(why);
    this.why = why;
    this.at = at;
  }
  why;
  at;
};
function insertWriters(tree, table, column, code, history, truncated, prSql = () => []) {
  if (truncated) return { ok: false, why: "the search of the previous release's code did not complete" };
  const ctx = { tree, prSql, table: bareName(table), column, texts: /* @__PURE__ */ new Map(), writers: [] };
  try {
    const wanted = [...code, ...history].filter((l) => worthReading(ctx, l)).map((l) => l.path);
    tree.prefetch?.([...new Set(wanted)]);
    const trigger = settingTrigger(ctx, history);
    if (trigger) return { ok: true, writers: [trigger], trigger: true };
    sqlInserts(ctx, code, false);
    sqlInserts(ctx, history, true);
    rustInserts(ctx, code);
    goStructs(ctx, code);
    templateInserts(ctx, code);
    otherWriters(ctx, code);
  } catch (e) {
    if (e instanceof NoEvidence) return { ok: false, why: e.why, ...e.at ? { at: e.at } : {} };
    throw e;
  }
  if (ctx.writers.length === 0) return { ok: false, why: `no insert into ${ctx.table} found in the previous release's code` };
  const seen = /* @__PURE__ */ new Set();
  const writers = ctx.writers.filter((w) => !seen.has(`${w.file}:${w.line}`) && seen.add(`${w.file}:${w.line}`));
  return { ok: true, writers };
}
function worthReading(ctx, l) {
  const ext = extensionOf(l.path);
  if (ext === "stg") return true;
  if (insertsInto(ctx, l.text)) return true;
  if (ext === "rs") return /\btable_name\b|\bstruct\s/.test(l.text) || [...l.text.matchAll(DIESEL_INSERT)].some((m) => dieselTarget(m[1]) === ctx.table);
  if (ext === "go") return /\bTableName\b|return\s+"|\bstruct\s*\{/.test(l.text) || l.text.includes(`db:"${ctx.column}`);
  if (ext === "sql") return /\bnew\s*\./i.test(l.text);
  return /^\s*(?:public\s+|abstract\s+|final\s+)*(?:class|record)\s/.test(l.text);
}
function textOf(ctx, path) {
  let text = ctx.texts.get(path);
  if (text === void 0) {
    if (ctx.texts.size >= MAX_FILES) throw new NoEvidence(`more than ${MAX_FILES} files would have to be read to judge its writers`);
    text = ctx.tree.read(path);
    if (text !== null && text.length > MAX_FILE_CHARS2) text = null;
    ctx.texts.set(path, text);
  }
  if (text === null) throw new NoEvidence(`\`${path}\` could not be read`);
  return text;
}
function ref(path, line, text) {
  const t = text.trim();
  return { file: path, line, text: t.length > 200 ? `${t.slice(0, 200)}\u2026` : t };
}
function lineStart(text, line) {
  return line <= 1 ? 0 : lineStarts(text)[line - 1] ?? text.length;
}
function balanced(text, open, max = MAX_STATEMENT) {
  const pairs = { "(": ")", "[": "]", "{": "}" };
  const stack = [];
  const end = Math.min(text.length, open + max);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "`") {
      const close = text.indexOf(c, i + 1);
      if (close === -1) return null;
      i = close;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === ")" || c === "]" || c === "}") {
      if (stack.pop() !== c) return null;
      if (stack.length === 0) return text.slice(open + 1, i);
    }
  }
  return null;
}
function topLevel(list, quotes = "\"'`") {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quotes.includes(c)) {
      const close = list.indexOf(c, i + 1);
      if (close !== -1) i = close;
    } else if (c === "(" || c === "[" || c === "{" || c === "<") depth++;
    else if (c === ")" || c === "]" || c === "}" || c === ">" && list[i - 1] !== "-" && list[i - 1] !== "=") depth--;
    else if (c === "," && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = list.slice(from).trim();
  if (last) out.push(last);
  return out;
}
function sqlName(name) {
  return bareName(name.replace(/["`[\]]/g, "")).toLowerCase();
}
var SQL_TABLE = String.raw`((?:["\`\[]?\w+["\`\]]?\.)?["\`\[]?\w+["\`\]]?)`;
var SQL_INSERT = new RegExp(String.raw`\b(?:insert(?:\s+(?:ignore|or\s+\w+))?\s+into\s+${SQL_TABLE}|copy\s+${SQL_TABLE}(?=\s*(?:\(|from\b)))`, "gi");
function insertsInto(ctx, text) {
  return /\b(?:insert|copy)\b/i.test(text) && [...text.matchAll(SQL_INSERT)].some((m) => sqlName(m[1] ?? m[2]) === ctx.table);
}
function sqlInserts(ctx, lines, history) {
  for (const hit of lines) {
    if (!insertsInto(ctx, hit.text)) continue;
    const text = textOf(ctx, hit.path);
    const start = lineStart(text, hit.line);
    const lineEnd = text.indexOf("\n", start);
    for (const m of text.slice(start, lineEnd === -1 ? text.length : lineEnd).matchAll(SQL_INSERT)) {
      const index = start + m.index;
      if (sqlName(m[1] ?? m[2]) !== ctx.table) continue;
      if (history && !insideRoutine(text, index)) continue;
      const at = ref(hit.path, hit.line, hit.text);
      const after = index + m[0].length;
      const rest = text.slice(after, after + MAX_STATEMENT);
      const open = /^\s*\(/.exec(rest);
      if (!open) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without a column list`, at);
      const list = balanced(text, after + open[0].length - 1);
      if (list === null) throw new NoEvidence(`the column list of \`${hit.path}:${hit.line}\` could not be read`, at);
      const columns = topLevel(list).map(sqlName);
      const position = columns.indexOf(ctx.column.toLowerCase());
      if (position === -1) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without ${ctx.column}${history ? " (a function or trigger in the schema's history)" : ""}`, at);
      const tail = text.slice(after + open[0].length + list.length + 1, after + MAX_STATEMENT);
      const values = /^\s*values\s*\(/i.exec(tail);
      if (values) {
        const valueList = balanced(tail, values[0].length - 1);
        const value = valueList === null ? null : topLevel(valueList)[position];
        if (value !== void 0 && value !== null && /^null$/i.test(value.trim())) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts NULL into ${ctx.table}.${ctx.column}`, at);
      }
      ctx.writers.push(at);
    }
  }
}
function insideRoutine(text, at) {
  const before = text.slice(0, at);
  let open = null;
  for (const m of before.matchAll(/\$(\w*)\$/g)) {
    if (open === null) open = m[0];
    else if (m[0] === open) open = null;
  }
  if (open !== null) return true;
  const statement = before.slice(before.lastIndexOf(";") + 1);
  return /\b(?:create|replace)\b[\s\S]*\b(?:function|procedure|trigger|rule|event)\b|\bbegin\b/i.test(statement);
}
var DOWN_FILE = /(?:^|\/|\.|_)down(?:\.sql$|\/)/i;
var MAX_LATER_FILES = 60;
function settingTrigger(ctx, history) {
  const assign = new RegExp(String.raw`\bnew\s*\.\s*"?${escapeRegExp(ctx.column)}"?\s*:?=(?!=)`, "i");
  for (const hit of history) {
    if (!assign.test(hit.text) || DOWN_FILE.test(hit.path) || !isSql(hit.path)) continue;
    const text = textOf(ctx, hit.path);
    const at = lineStart(text, hit.line);
    const before = text.slice(0, at);
    const fn = [...before.matchAll(/\bcreate\s+(?:or\s+replace\s+)?function\s+((?:"?\w+"?\.)?"?\w+"?)\s*\(/gi)].pop();
    if (!fn || !insideRoutine(text, at)) continue;
    const body = before.slice(fn.index);
    const open = /\$\w*\$/.exec(body);
    if (!open || /\b(?:if|case|loop|while|for|return|exception)\b/i.test(body.slice(open.index + open[0].length))) continue;
    const name = sqlName(fn[1]);
    const trigger = new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?trigger\s+("?\w+"?)\s+before\s+insert\b[^;]*?\bon\s+(?:"?\w+"?\.)?"?${escapeRegExp(ctx.table)}"?\s[^;]*?\bfor\s+each\s+row\b[^;]*?\bexecute\s+(?:procedure|function)\s+(?:"?\w+"?\.)?"?${escapeRegExp(name)}"?\s*\(`, "i");
    const t = trigger.exec(text);
    if (!t || /\bwhen\s*\(/i.test(t[0])) continue;
    if (changedLater(ctx, hit.path, name, sqlName(t[1]))) continue;
    return ref(hit.path, hit.line, hit.text);
  }
  return null;
}
function isSql(path) {
  return extensionOf(path) === "sql";
}
function changedLater(ctx, file, fn, trigger) {
  const parts = file.split("/");
  const depth = parts.length >= 3 && /^(?:up|.*\.up)\.sql$/i.test(parts[parts.length - 1]) ? 2 : 1;
  const root = parts.slice(0, parts.length - depth).join("/");
  const self = parts.slice(0, parts.length - depth + 1).join("/");
  const later = ctx.tree.list().filter((p) => p.startsWith(`${root}/`) && isSql(p) && !DOWN_FILE.test(p) && p.split("/").length === parts.length && p.split("/").slice(0, parts.length - depth + 1).join("/") > self);
  if (later.length > MAX_LATER_FILES) return true;
  ctx.tree.prefetch?.(later);
  const names = `(?:"?\\w+"?\\.)?"?(?:${escapeRegExp(fn)}|${escapeRegExp(trigger)})"?`;
  const change = new RegExp(String.raw`\b(?:drop\s+(?:function|trigger|procedure)(?:\s+if\s+exists)?\s+${names}|create\s+(?:or\s+replace\s+)?function\s+${names}|disable\s+trigger\s+(?:all|user|${names}))`, "i");
  return later.some((p) => change.test(textOf(ctx, p))) || ctx.prSql().some((t) => change.test(t));
}
var DIESEL_INSERT = /\b(?:insert_into|replace_into|insert_or_ignore_into)\s*\(\s*([\w:]+)\s*\)/g;
function dieselTarget(path) {
  const parts = path.split("::").filter(Boolean);
  return parts[parts.length - 1] === "table" ? parts[parts.length - 2] : parts[parts.length - 1];
}
function rustInserts(ctx, code) {
  const rs = code.filter((l) => extensionOf(l.path) === "rs");
  if (rs.length === 0) return;
  const structInserts = [];
  const tests = /* @__PURE__ */ new Map();
  const inTests = (hit) => {
    let ranges = tests.get(hit.path);
    if (!ranges) tests.set(hit.path, ranges = cfgTestLines(textOf(ctx, hit.path)));
    return ranges.some(([a, b]) => hit.line >= a && hit.line <= b);
  };
  for (const hit of rs) {
    if (/\bEntity\s*::\s*insert(?:_many)?\s*\(|\bActiveModel\b|\bimpl\b[^{]*\bInsertable\s*</.test(hit.text)) {
      throw new NoEvidence(`\`${hit.path}:${hit.line}\` writes ${ctx.table} in a way not judged here`, ref(hit.path, hit.line, hit.text));
    }
    if (![...hit.text.matchAll(DIESEL_INSERT)].some((m) => dieselTarget(m[1]) === ctx.table)) continue;
    const text = textOf(ctx, hit.path);
    const start = lineStart(text, hit.line);
    const end = text.indexOf("\n", start);
    for (const m of text.slice(start, end === -1 ? text.length : end).matchAll(DIESEL_INSERT)) {
      const index = start + m.index;
      if (dieselTarget(m[1]) !== ctx.table) continue;
      if (inTests(hit)) continue;
      const at = ref(hit.path, hit.line, hit.text);
      const rest = text.slice(index + m[0].length, index + m[0].length + MAX_STATEMENT);
      const call = /^\s*\.\s*(values|default_values)\s*\(/.exec(rest);
      if (!call) throw new NoEvidence(`the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      if (call[1] === "default_values") throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts default values into ${ctx.table}`, at);
      const args = balanced(text, index + m[0].length + call[0].length - 1);
      if (args === null) throw new NoEvidence(`the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      const arg = args.trim().replace(/^&\s*/, "");
      const assignment = new RegExp(String.raw`^(?:[\w:]*::)?${escapeRegExp(ctx.column)}\s*\.\s*eq\s*\(`);
      const elements = arg.startsWith("(") && balanced(arg, 0)?.length === arg.length - 2 ? topLevel(arg.slice(1, -1), '"') : /^(?:[\w:]*::)?\w+\s*\.\s*eq\s*\(/.test(arg) ? [arg] : null;
      if (elements === null) {
        structInserts.push(at);
        continue;
      }
      const mine = elements.find((e) => assignment.test(e));
      if (!mine) {
        const all = elements.every((e) => /^(?:[\w:]*::)?\w+\s*\.\s*eq\s*\(/.test(e));
        throw new NoEvidence(all ? `\`${hit.path}:${hit.line}\` inserts into ${ctx.table} without ${ctx.column}` : `the values of \`${hit.path}:${hit.line}\` could not be read`, at);
      }
      const value = mine.slice(mine.indexOf("(") + 1, mine.lastIndexOf(")")).trim();
      if (/^(?:None|Option::None|None::<.*>)$/.test(value) || /\.eq\(\s*None\b/.test(mine)) throw new NoEvidence(`\`${hit.path}:${hit.line}\` inserts NULL into ${ctx.table}.${ctx.column}`, at);
      ctx.writers.push(at);
    }
  }
  const structs = insertableStructs(ctx, rs);
  if (structInserts.length > 0 && structs.length === 0) {
    throw new NoEvidence(`\`${structInserts[0].file}:${structInserts[0].line}\` inserts a value whose Insertable struct for ${ctx.table} was not found`, structInserts[0]);
  }
  for (const s of structs) {
    if (s.field === null) throw new NoEvidence(`the Insertable struct \`${s.name}\` (\`${s.file}:${s.line}\`) inserts into ${ctx.table} without ${ctx.column}`, ref(s.file, s.line, s.text));
    if (s.field.optional) throw new NoEvidence(`the Insertable struct \`${s.name}\` writes ${ctx.column} as \`${s.field.type}\` (\`${s.file}:${s.field.line}\`): None inserts NULL`, ref(s.file, s.field.line, s.field.text));
    ctx.writers.push(ref(s.file, s.field.line, s.field.text));
  }
}
function cfgTestLines(text) {
  const first = /#\[\s*cfg\s*\(\s*test\s*\)\s*\]/.exec(text);
  if (!first) return [];
  const from = text.lastIndexOf("\n", first.index) + 1;
  const skipped = lineOfOffset(text, from) - 1;
  const tokens = rustTokens(text.slice(from)).filter((t) => t.kind !== "comment").map((t) => ({ ...t, line: t.line + skipped }));
  const out = [];
  for (let i = 0; i + 6 < tokens.length; i++) {
    if (tokens[i].text !== "#" || tokens[i + 1].text !== "[" || tokens[i + 2].text !== "cfg" || tokens[i + 3].text !== "(" || tokens[i + 4].text !== "test" || tokens[i + 5].text !== ")" || tokens[i + 6].text !== "]") continue;
    let k = i + 7;
    while (tokens[k]?.text === "#") {
      let depth2 = 0;
      for (k++; k < tokens.length; k++) {
        if (tokens[k].text === "[") depth2++;
        else if (tokens[k].text === "]" && --depth2 === 0) break;
      }
      k++;
    }
    if (tokens[k]?.text === "pub") k++;
    if (tokens[k]?.text !== "mod" || tokens[k + 2]?.text !== "{") continue;
    let depth = 0;
    let end = k + 2;
    for (; end < tokens.length; end++) {
      if (tokens[end].text === "{") depth++;
      else if (tokens[end].text === "}" && --depth === 0) break;
    }
    if (end >= tokens.length) continue;
    out.push([tokens[i].line, tokens[end].line]);
    i = end;
  }
  return out;
}
function insertableStructs(ctx, rs) {
  const out = [];
  const names = new Set(tableSpellings(ctx.table).filter((w) => /^[A-Z]/.test(w)));
  for (const file of new Set(rs.filter((l) => /\btable_name\b|\bstruct\s/.test(l.text)).map((l) => l.path))) {
    const text = textOf(ctx, file);
    if (!/\bInsertable\b/.test(text)) continue;
    const lines = text.split("\n");
    let offset = 0;
    for (let i = 0; i < lines.length; offset += lines[i].length + 1, i++) {
      const decl = /^[ \t]*(?:pub(?:\([^)]*\))?\s+)?struct\s+(\w+)[^{;(]*\{/.exec(lines[i]);
      if (!decl) continue;
      let first = i;
      while (first > 0 && i - first < 40) {
        const above = lines[first - 1].trim();
        if (above === "" || !above.startsWith("#") && /[};]$/.test(above)) break;
        first--;
      }
      const attrs = lines.slice(first, i).join("\n");
      if (!/\bderive\s*\([^)]*\bInsertable\b/.test(attrs)) continue;
      const named = /\btable_name\s*=\s*([\w:]+)/.exec(attrs);
      const table = named ? named[1].split("::").pop() : null;
      if (table !== null ? table !== ctx.table : !names.has(decl[1])) continue;
      const m = [decl[0], attrs, decl[1]];
      const open = offset + decl[0].length - 1;
      const body = balanced(text, open, MAX_STRUCT);
      const line = i + 1;
      if (body === null) throw new NoEvidence(`the Insertable struct \`${m[2]}\` (\`${file}:${line}\`) could not be read`, ref(file, line, `struct ${m[2]}`));
      out.push({ name: m[2], file, line, text: `struct ${m[2]}`, field: insertableField(ctx, text, open + 1, body, file, m[2]) });
    }
  }
  return out;
}
function insertableField(ctx, text, bodyStart, body, file, struct) {
  let offset = 0;
  for (const raw of topLevel(body, '"')) {
    const at = body.indexOf(raw, offset);
    offset = at + raw.length;
    const attrs = [...raw.matchAll(/#\[([^\]]*)\]/g)].map((a) => a[1]).join(" ");
    const decl = raw.replace(/#\[[^\]]*\]/g, "").replace(/\/\/[^\n]*/g, "").trim();
    const m = /^(?:pub(?:\([^)]*\))?\s+)?(?:r#)?(\w+)\s*:\s*([\s\S]+)$/.exec(decl);
    if (!m) continue;
    if (/\bembed\b/.test(attrs)) throw new NoEvidence(`the Insertable struct \`${struct}\` (\`${file}\`) embeds another one`);
    const renamed = /\bcolumn_name\s*=\s*(?:r#)?(\w+)/.exec(attrs);
    if ((renamed ? renamed[1] : m[1]) !== ctx.column) continue;
    const name = new RegExp(String.raw`(?:^|[\s\]])(?:pub(?:\([^)]*\))?\s+)?(?:r#)?${escapeRegExp(m[1])}\s*:`).exec(raw.replace(/#\[[^\]]*\]/g, (a) => " ".repeat(a.length)));
    const line = lineOfOffset(text, bodyStart + at + (name ? name.index + name[0].indexOf(m[1]) : 0));
    const type = m[2].trim();
    const optional = /^(?:(?:std|core)::option::)?Option\s*</.test(type) || /\bskip_insertion\b|\bserialize_as\b/.test(attrs);
    const lineText = text.slice(lineStart(text, line), text.indexOf("\n", lineStart(text, line)));
    return { type, optional, line, text: lineText };
  }
  return null;
}
function goStructs(ctx, code) {
  const go = code.filter((l) => extensionOf(l.path) === "go");
  if (go.length === 0) return;
  const table = ctx.table;
  const typeNames = new Set(tableSpellings(table).filter((w) => /^[A-Z]/.test(w) && /_|[a-z]/.test(w) && !/^[A-Z_]+$/.test(w)));
  const mapped = [];
  for (const hit of go) {
    if (/\b(?:Create|ValidateAndCreate|Eager\(\)\.Create)\s*\(.*"/.test(hit.text) && new RegExp(`"${escapeRegExp(ctx.column)}"`).test(hit.text)) {
      throw new NoEvidence(`\`${hit.path}:${hit.line}\` creates without ${ctx.column}`, ref(hit.path, hit.line, hit.text));
    }
    const dir = hit.path.slice(0, hit.path.lastIndexOf("/") + 1);
    if (new RegExp(`return\\s+"${escapeRegExp(table)}"`).test(hit.text)) {
      const text = textOf(ctx, hit.path);
      const start = lineStart(text, hit.line);
      const before = text.slice(Math.max(0, start - 600), start + hit.text.length + 1);
      const recv = [...before.matchAll(/func\s*\(\s*(?:\w+\s+)?\*?\s*(\w+)\s*\)\s*TableName\s*\(/g)].pop();
      if (!recv) throw new NoEvidence(`\`${hit.path}:${hit.line}\` names ${table} in a way not judged here`, ref(hit.path, hit.line, hit.text));
      mapped.push({ name: recv[1], dir, at: ref(hit.path, hit.line, hit.text) });
    }
    for (const m of hit.text.matchAll(/^\s*(?:type\s+)?(\w+)\s+struct\s*\{/g)) if (typeNames.has(m[1])) mapped.push({ name: m[1], dir, at: ref(hit.path, hit.line, hit.text) });
  }
  const tag = new RegExp(`\\bdb:"${escapeRegExp(ctx.column)}[",]`);
  const searchedFiles = [...new Set(go.filter((l) => tag.test(l.text) || /\bstruct\s*\{/.test(l.text)).map((l) => l.path))];
  for (const s of mapped) {
    let found = false;
    for (const file of searchedFiles.filter((f) => f.slice(0, f.lastIndexOf("/") + 1) === s.dir)) {
      const text = textOf(ctx, file);
      const decl = new RegExp(String.raw`(?:^|\n)\s*(?:type\s+)?${escapeRegExp(s.name)}\s+struct\s*\{`).exec(text);
      if (!decl) continue;
      found = true;
      const body = balanced(text, decl.index + decl[0].length - 1, MAX_STRUCT);
      if (body === null) throw new NoEvidence(`the struct \`${s.name}\` (\`${file}\`) could not be read`, s.at);
      const bodyStart = decl.index + decl[0].length;
      let field = null;
      let embedded = false;
      let offset = 0;
      for (const raw of body.split("\n")) {
        const lineOffset = bodyStart + offset;
        offset += raw.length + 1;
        const l = raw.replace(/\/\/.*$/, "").trim();
        if (!l) continue;
        const m = /^(\w+(?:\s*,\s*\w+)*)\s+([^`]+?)\s*(`[^`]*`)?$/.exec(l);
        if (!m) {
          if (/^\*?[\w.]+\s*(`[^`]*`)?$/.test(l) && !/db:"-"/.test(l)) embedded = true;
          continue;
        }
        const tags = m[3] ?? "";
        if (/\b(?:gorm|bun):"/.test(tags)) throw new NoEvidence(`the struct \`${s.name}\` (\`${file}\`) is mapped by gorm or bun tags, not judged here`, s.at);
        const db = /\bdb:"([^",]*)/.exec(tags);
        if (db && db[1] === ctx.column) field = { line: lineOfOffset(text, lineOffset), text: raw, type: m[2].trim(), tags };
      }
      if (field === null && !/\bdb:"/.test(body) && !s.at.text.includes("TableName")) {
        found = false;
        continue;
      }
      if (field === null) {
        throw new NoEvidence(embedded ? `the struct \`${s.name}\` (\`${file}\`) embeds another struct; ${ctx.column} is not among its own fields` : `the struct \`${s.name}\` mapped to ${table} (\`${file}\`) has no ${ctx.column} field: its inserts leave it out`, s.at);
      }
      const at = ref(file, field.line, field.text);
      if (/\brw:"r"/.test(field.tags)) throw new NoEvidence(`\`${file}:${field.line}\` is read-only (\`rw:"r"\`): inserts leave ${ctx.column} out`, at);
      if (/^(?:\*|\[\]|map\[|interface\b|any$|sql\.Null|nulls?\.|pgtype\.|json\.RawMessage|sqlxx?\.Null|zero\.)/.test(field.type)) {
        throw new NoEvidence(`\`${s.name}\` writes ${ctx.column} as \`${field.type}\` (\`${file}:${field.line}\`), which may be NULL`, at);
      }
      ctx.writers.push(at);
    }
    if (!found && !s.at.text.includes("TableName") && !/return\s+"/.test(s.at.text)) continue;
    if (!found) throw new NoEvidence(`no declaration of the struct \`${s.name}\` mapped to ${table} with a \`db:"${ctx.column}"\` field was found in its package: its inserts may leave ${ctx.column} out`, s.at);
  }
}
function parseGroup(file, text) {
  const head = /^\s*group\s+(\w+)\s*(?::\s*(\w+))?\s*;/m.exec(text);
  const templates = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/^(\w+)\s*\([^)]*\)\s*::=\s*(?:<<([\s\S]*?)>>|"((?:[^"\\]|\\.)*)"|<%([\s\S]*?)%>)/gm)) {
    templates.set(m[1], { body: m[2] ?? m[3] ?? m[4] ?? "", line: lineOfOffset(text, m.index) });
  }
  return { file, name: head?.[1] ?? "", parent: head?.[2] ?? null, templates };
}
function templateInserts(ctx, code) {
  const files = [...new Set(code.filter((l) => extensionOf(l.path) === "stg").map((l) => l.path))];
  if (files.length === 0) return;
  const byName = /* @__PURE__ */ new Map();
  const groupOf = (name) => {
    if (byName.has(name)) {
      const g2 = byName.get(name);
      if (!g2) throw new NoEvidence(`the StringTemplate group ${name} could not be found`);
      return g2;
    }
    const matches = ctx.tree.list().filter((p) => p.endsWith(`/${name}.sql.stg`) || p.endsWith(`/${name}.stg`) || p === `${name}.stg` || p === `${name}.sql.stg`);
    const g = matches.length === 1 ? parseGroup(matches[0], textOf(ctx, matches[0])) : null;
    byName.set(name, g);
    if (!g) throw new NoEvidence(`the StringTemplate group ${name} could not be found (${matches.length} files of that name)`);
    return g;
  };
  for (const file of files) {
    const group = parseGroup(file, textOf(ctx, file));
    if (group.name) byName.set(group.name, group);
    const chain = [group];
    for (let g = group; g.parent && chain.length < 10; ) chain.push(g = groupOf(g.parent));
    const lookup = (name) => {
      for (const g of chain) {
        const t = g.templates.get(name);
        if (t) return { ...t, group: g };
      }
      return null;
    };
    const tableTemplates = /* @__PURE__ */ new Set();
    for (const [name] of group.templates) {
      const t = lookup(name);
      if (t && t.body.trim().toLowerCase() === ctx.table.toLowerCase()) tableTemplates.add(name);
    }
    const expand = (body, depth) => {
      if (depth > MAX_TEMPLATE_DEPTH) throw new NoEvidence(`the templates of \`${file}\` nest deeper than ${MAX_TEMPLATE_DEPTH}`);
      const plain = body.replace(/<if\([^)]*\)>[\s\S]*?<endif>/g, " ");
      return plain.replace(/<(\w+)\(([^)>]*)\)>/g, (_all, name) => {
        const t = lookup(name);
        return t ? expand(t.body, depth + 1) : " ";
      }).replace(/<\w+>/g, "");
    };
    for (const g of chain) {
      for (const [name, t] of g.templates) {
        if (lookup(name)?.group !== g) continue;
        for (const m of t.body.matchAll(/\binsert\s+(?:ignore\s+)?into\s+(?:<(\w+)\(\)>|(\w+))\s*\(/gi)) {
          const target = m[1] ? tableTemplates.has(m[1]) ? ctx.table : null : sqlName(m[2]);
          if (target !== ctx.table) continue;
          const line = t.line + t.body.slice(0, m.index).split("\n").length - (t.body.startsWith("\n") ? 1 : 0);
          const at = ref(g.file, line, `${name}(): ${m[0]}`);
          const list = balanced(t.body, m.index + m[0].length - 1);
          if (list === null) throw new NoEvidence(`the column list of template ${name} (\`${g.file}:${t.line}\`) could not be read`, at);
          const columns = topLevel(expand(list, 0).replace(/\n/g, " ")).map((c) => sqlName(c.trim().split(/\s+/).pop() ?? ""));
          if (!columns.includes(ctx.column.toLowerCase())) throw new NoEvidence(`template ${name} (\`${g.file}:${t.line}\`) inserts into ${ctx.table} without ${ctx.column} (in group ${group.name})`, at);
          ctx.writers.push(at);
          const named = [...tableTemplates].map((n) => group.templates.get(n)).find((x) => x !== void 0);
          if (named) ctx.writers.push(ref(group.file, named.line, `${group.name}: ${ctx.table}`));
        }
      }
    }
  }
}
var ORM_WRITE = /\.(?:create|save|upsert|insert|bulk_create|insert_all|insertInto|insertMany|createMany|Create|Save|Insert|Add|AddRange|persist|merge|saveAll|saveAndFlush)\s*\(|\binsertInto\s*\(/;
var RUBY_PYTHON_MODEL = /^\s*class\s+\w+\s*(?:<\s*(?:ApplicationRecord|ActiveRecord::Base)|\(\s*(?:models\.)?Model\s*\))/;
function otherWriters(ctx, code) {
  const spelled = new RegExp(String.raw`(?<![\w$])(?:${tableSpellings(ctx.table).map(escapeRegExp).join("|")})(?![\w$])`);
  let prisma = null;
  for (const hit of code) {
    const ext = extensionOf(hit.path);
    if (ext === "rs" || ext === "go" || ext === "stg" || ext === "sql") continue;
    if (!spelled.test(hit.text)) continue;
    const at = ref(hit.path, hit.line, hit.text);
    if (/^(?:java|kt|kts|scala|groovy)$/.test(ext)) {
      if (/\binsertInto\s*\(/.test(hit.text) || /^\s*(?:public\s+|abstract\s+|final\s+)*(?:class|record)\s+\w+/.test(hit.text) && jvmClassMapsTable(textOf(ctx, hit.path), ctx.table) && /@(?:Entity|Table|MappedEntity|TableName)\b/.test(textOf(ctx, hit.path))) {
        throw new NoEvidence(`\`${hit.path}:${hit.line}\` maps or writes ${ctx.table} through an ORM not judged here`, at);
      }
      continue;
    }
    if (RUBY_PYTHON_MODEL.test(hit.text)) throw new NoEvidence(`\`${hit.path}:${hit.line}\` is a model of ${ctx.table}: its writes are not judged here`, at);
    if (!ORM_WRITE.test(hit.text) || /\binsert\s+into\b/i.test(hit.text)) continue;
    if (/^(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/.test(ext) && /\b\w+\.[a-z]\w*\.(?:create|createMany|upsert)\s*\(/.test(hit.text)) {
      prisma ??= ctx.tree.list().some((p) => p.endsWith(".prisma"));
      if (!prisma) continue;
    }
    throw new NoEvidence(`\`${hit.path}:${hit.line}\` may write ${ctx.table} through an ORM not judged here`, at);
  }
}

// src/code-refs/search.ts
var MAX_REFERENCES = 20;
var MAX_NAMED = 5;
var MAX_SEARCH_WORDS = 2e3;
var MAX_TEXT = 200;
function annotateCodeReferences(raw, input) {
  const settings = input.config.codeReferences;
  if (settings.mode === "off") return;
  const subjects = raw.filter((f) => f.code).map((f) => subjectOf(f, f.code));
  if (subjects.length === 0) return;
  const tree = input.changes.baseTree;
  if (!tree.searchWords) return;
  const { inCode, sourceFiles } = scopeOf(input);
  const words = new Set(subjects.flatMap((s) => [...s.words, ...s.unprefixed, ...s.code.kind === "column" ? s.table : []]));
  if (words.size > MAX_SEARCH_WORDS) {
    for (const s of subjects) {
      if (s.code.removes) s.finding.codeSearch = { references: [], total: 0, message: `${s.finding.message} The previous release's code was not searched: this PR's findings name ${words.size} spellings, more than the ${MAX_SEARCH_WORDS} one search takes.` };
    }
    return;
  }
  const found = search(tree, [...words], inCode);
  const uses = wordIndex(subjects, (s) => s.words);
  const loose = wordIndex(subjects.filter((s) => s.unprefixed.length > 0), (s) => s.unprefixed);
  const writers = wordIndex(subjects.filter((s) => s.code.kind === "column" && s.code.writes), (s) => s.table);
  for (const hit of found.lines) {
    const using = uses.find(hit.text);
    if (loose.any) {
      for (const s of loose.find(hit.text)) if (!using.has(s) && namesPrefix(s.prefix, hit)) using.add(s);
    }
    for (const s of using) addReference(s, hit);
    if (writers.any && WRITES.test(hit.text)) {
      for (const s of writers.find(hit.text)) if (!using.has(s)) addReference(s, hit);
    }
  }
  markIgnoredColumns(tree, subjects);
  dropSchemaDeclarations(tree, subjects);
  dropOtherIdentities(tree, subjects);
  for (const s of subjects) if (s.code.kind === "object" && s.code.upserts) s.refs = s.refs.filter((r) => UPSERT_LINE.test(r.text));
  const unused = subjects.filter((s) => s.code.removes && s.refs.length === 0);
  if (unused.length === 0) finish(subjects, found.truncated, 0, /* @__PURE__ */ new Map());
  else {
    const searched = found.truncated ? 0 : sourceFiles();
    const wholesale = found.truncated || searched === 0 ? /* @__PURE__ */ new Map() : readsWholesale(tree, unused, found.lines);
    finish(subjects, found.truncated, searched, wholesale);
  }
  judgeInserts(input, subjects, found);
}
function judgeInserts(input, subjects, found) {
  let prSql = null;
  const prTexts = () => prSql ??= input.changes.files.filter((f) => f.status !== "deleted" && isSqlFileName(f.path)).map((f) => input.changes.headTree.read(f.path) ?? "");
  for (const s of subjects) {
    const code = s.code;
    if (code.kind !== "column" || !code.inserts) continue;
    const verdict = insertWriters(input.changes.baseTree, code.table, code.column, found.lines, found.history, found.truncated, prTexts);
    const outcome = s.finding.codeSearch ??= { references: [], total: 0, message: s.finding.message };
    const object = s.finding.object ?? `${code.table}.${code.column}`;
    if (!verdict.ok) {
      outcome.message = `${outcome.message} It stays an error: not every insert of the previous release can be shown to write ${code.column} (${verdict.why}).`;
      continue;
    }
    const named = verdict.writers.slice(0, MAX_NAMED).map((r) => `\`${r.file}:${r.line}\``);
    const more = verdict.writers.length - named.length;
    const list = `${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    const how = verdict.trigger ? `a BEFORE INSERT trigger of the schema's history sets ${code.column} on every row inserted into ${bareName(code.table)} (${list}), whatever the previous release's code writes` : `every insert into ${bareName(code.table)} the previous release's code has writes ${code.column}, none with a type or a literal that allows NULL (${list})`;
    outcome.unused = `Making ${object} NOT NULL: ${how}, so NOT NULL rejects none of its inserts; a warning, not an error. It still breaks a rollback if something this search cannot see inserts without it or sets it to NULL: SQL built at run time, a bound value that is NULL, an update that sets it to NULL, another service or a script writing the same database.`;
  }
}
var scopes = /* @__PURE__ */ new WeakMap();
function scopeOf(input) {
  let scope = scopes.get(input);
  if (scope) return scope;
  const settings = input.config.codeReferences;
  const ignored = ignoredPaths(input.config);
  const inScope = codeScope(settings.paths, settings.ignore);
  const detector = detectorFor(input.changes, input.config, /* @__PURE__ */ new Set());
  const inCode = (path) => {
    if (ignored(path) || !inScope(path)) return false;
    if (!isSqlFileName(path)) return true;
    const as = detector.classify("base", path).as;
    return as === "queries" || as === "other";
  };
  let count = null;
  const sourceFiles = () => count ??= baseTreeCount(input.changes, input.config, "code-references source files", () => input.changes.baseTree.list().filter((p) => isSourceFile(p) && inCode(p)).length);
  scopes.set(input, scope = { inCode, sourceFiles });
  return scope;
}
function afterAnalysis(input, findings, search2) {
  if (input.config.codeReferences.mode === "off" || !findings.some((f) => f.code)) {
    input.changes.baseTree.stopPrefetch?.();
    return search2.promise;
  }
  if (!search2.done && input.changes.baseTree.searchWords && findings.some((f) => f.code?.removes)) scopeOf(input).sourceFiles();
  return search2.promise;
}
function subjectOf(finding, code) {
  const base = { finding, code, refs: [], ignoredBy: null, unprefixed: [], prefix: null };
  switch (code.kind) {
    case "column":
      return { ...base, words: fieldSpellings(code.column), table: tableSpellings(code.table) };
    case "table": {
      const { full, unprefixed, prefix } = tableSpellingsByKind(code.table);
      return { ...base, words: full, table: tableSpellings(code.table), unprefixed, prefix };
    }
    case "property":
      return { ...base, words: fieldSpellings(code.name), table: [] };
    case "object":
      return { ...base, words: code.upserts ? [...spellings(bareName(code.name)), ...UPSERT_WORDS] : spellings(bareName(code.name)), table: [] };
    case "value":
      return { ...base, words: code.values, table: [] };
  }
}
var UPSERT_WORDS = ["CONFLICT", "conflict", "on_conflict", "on_conflict_do_nothing", "onConflict", "onConflictDoNothing", "onConflictDoUpdate", "onConflictOnConstraint", "upsert", "Upsert", "UPSERT", "upsertMany", "upsert_all", "on_constraint"];
var UPSERT_LINE = /\bON\s+CONFLICT\b|\bon_?conflict|\bupsert|\bon_constraint\b|\bON\s+CONSTRAINT\b/i;
var WRITES = /\b[Ii][Nn][Ss][Ee][Rr][Tt]\s+[Ii][Nn][Tt][Oo]\b|\.(?:create|save|upsert|insert|bulk_create|insert_all|insertInto|insertMany|createMany|Create|Save|Insert|Add|AddRange)\s*\(/;
function search(tree, words, inCode) {
  const result = tree.searchWords(words);
  const codeFile = keptPerPath(inCode);
  return {
    lines: result.lines.filter((l) => codeFile(l.path) && !isCommentLine(l.path, l.text)),
    // Lines of the schema's history (migrations, SQL files that are not code): functions and triggers that insert (writers.ts).
    history: result.lines.filter((l) => !codeFile(l.path) && isHistoryFile(l.path) && !isCommentLine(l.path, l.text)),
    truncated: result.truncated
  };
}
function isHistoryFile(path) {
  if (/(?:^|\/)(?:test|tests|spec|specs|__tests__|fixtures|testdata|docs?|examples?|vendor|node_modules)\//.test(path)) return false;
  return isSqlFileName(path) || /(?:^|\/)(?:migrations?|migrate|Migrations|db)\//.test(path);
}
var wordRegexps = /* @__PURE__ */ new Map();
function matchesAny(text, words) {
  return wordsPattern(words).test(text);
}
function wordsPattern(words) {
  const key = words.join("\0");
  let re = wordRegexps.get(key);
  if (!re) {
    re = wholeWords(words);
    if (wordRegexps.size > 1e3) wordRegexps.clear();
    wordRegexps.set(key, re);
  }
  return re;
}
function keptPerPath(of) {
  const kept = /* @__PURE__ */ new Map();
  return (path) => {
    let value = kept.get(path);
    if (value === void 0) {
      if (kept.size > 1e5) kept.clear();
      kept.set(path, value = of(path));
    }
    return value;
  };
}
var extOf = keptPerPath(extensionOf);
var pathWords = keptPerPath(wordsOf);
function namesPrefix(prefix, hit) {
  return pathWords(hit.path).includes(prefix) || wordsOf(hit.text).includes(prefix);
}
function addReference(s, hit) {
  s.refs.push(reference(hit));
}
function reference(hit) {
  const text = hit.text.trim();
  return { file: hit.path, line: hit.line, text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\u2026` : text };
}
function markIgnoredColumns(tree, subjects) {
  const files = /* @__PURE__ */ new Set();
  for (const s of subjects) {
    if (s.code.kind === "column") {
      for (const r of s.refs) if (extOf(r.file) === "rb") files.add(r.file);
    }
  }
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const ranges = /* @__PURE__ */ new Map();
  for (const file of files) {
    const lines = (tree.read(file) ?? "").split(/\r?\n/);
    const list = [];
    lines.forEach((line, i) => {
      if (!/\bignored_columns\b/.test(line)) return;
      let end = i;
      const opens = (line.match(/[[(]/g) ?? []).length - (line.match(/[\])]/g) ?? []).length;
      if (opens > 0) {
        let depth = opens;
        for (let j = i + 1; j < Math.min(lines.length, i + 50) && depth > 0; j++) {
          depth += (lines[j].match(/[[(]/g) ?? []).length - (lines[j].match(/[\])]/g) ?? []).length;
          end = j;
        }
      }
      list.push([i + 1, end + 1]);
    });
    ranges.set(file, list);
  }
  for (const s of subjects) {
    if (s.code.kind !== "column") continue;
    const kept = [];
    for (const r of s.refs) {
      if (ranges.get(r.file)?.some(([a, b]) => r.line >= a && r.line <= b)) s.ignoredBy ??= r;
      else kept.push(r);
    }
    s.refs = kept;
  }
}
function dropSchemaDeclarations(tree, subjects) {
  const files = /* @__PURE__ */ new Set();
  for (const s of subjects) for (const r of s.refs) if (extOf(r.file) === "rs") files.add(r.file);
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const ranges = /* @__PURE__ */ new Map();
  for (const file of files) {
    const list = schemaMacroLines(tree.read(file) ?? "");
    if (list.length > 0) ranges.set(file, list);
  }
  if (ranges.size === 0) return;
  for (const s of subjects) s.refs = s.refs.filter((r) => !ranges.get(r.file)?.some(([a, b]) => r.line >= a && r.line <= b));
}
var JVM = /* @__PURE__ */ new Set(["java", "kt", "kts", "scala", "groovy"]);
var JS = /* @__PURE__ */ new Set(["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]);
function linesByFile(refs, keep) {
  const byFile = /* @__PURE__ */ new Map();
  for (const r of refs) {
    if (!keep(r)) continue;
    const lines = byFile.get(r.file);
    if (lines) lines.push(r.line);
    else byFile.set(r.file, [r.line]);
  }
  return byFile;
}
function dropOtherIdentities(tree, subjects) {
  const wanted = (s, r) => {
    const ext = extOf(r.file);
    if ((s.code.kind === "column" || s.code.kind === "table") && JS.has(ext)) return true;
    if (s.code.kind === "object" && ext === "toml") return true;
    return s.code.kind === "column" ? ext === "rs" || ext === "toml" : s.code.kind === "table" && JVM.has(ext);
  };
  const files = /* @__PURE__ */ new Set();
  for (const s of subjects) for (const r of s.refs) if (wanted(s, r)) files.add(r.file);
  if (files.size === 0) return;
  tree.prefetch?.([...files]);
  const texts = /* @__PURE__ */ new Map();
  const textOf2 = (file) => {
    let text = texts.get(file);
    if (text === void 0) texts.set(file, text = tree.read(file) ?? "");
    return text;
  };
  const talks = /* @__PURE__ */ new Map();
  const jsReader = (file) => {
    let yes = talks.get(file);
    if (yes === void 0) {
      const text = textOf2(file);
      talks.set(file, yes = text === "" || jsTalksToDatabase(text));
    }
    return yes;
  };
  for (const s of subjects) {
    const code = s.code;
    if (code.kind === "column" || code.kind === "table") s.refs = s.refs.filter((r) => !JS.has(extOf(r.file)) || jsReader(r.file));
    if (code.kind === "object") {
      const byFile = linesByFile(s.refs, (r) => wanted(s, r));
      const entries = new Map([...byFile].map(([file, lines]) => [file, dumpColumnEntryLines(textOf2(file), lines)]));
      s.refs = s.refs.filter((r) => !entries.get(r.file)?.has(r.line));
    }
    if (code.kind === "column") {
      const byFile = linesByFile(s.refs, (r) => wanted(s, r) && !JS.has(extOf(r.file)));
      const notUses = /* @__PURE__ */ new Map();
      for (const [file, lines] of byFile) {
        const text = textOf2(file);
        if (!text) continue;
        const readsOnly = code.reads === true;
        if (extensionOf(file) === "toml") notUses.set(file, privateDumpColumnLines(text, code.table, code.column, lines, readsOnly));
        else {
          const roles = rustColumnRoles(text, bareName(code.table), code.column, s.words, lines, readsOnly);
          notUses.set(file, new Set(lines.filter((l) => roles.get(l) === "not-use")));
        }
      }
      s.refs = s.refs.filter((r) => !notUses.get(r.file)?.has(r.line));
    } else if (code.kind === "table") {
      const exact = s.words.filter((w) => !/[a-z]/.test(w) || !/[A-Z]/.test(w));
      const variants = s.refs.filter((r) => wanted(s, r) && JVM.has(extOf(r.file)) && !matchesAny(r.text, exact));
      if (variants.length === 0) continue;
      const classes = [...s.words, ...s.unprefixed].filter((w) => /^[A-Z][a-z]/.test(w));
      const named = classes.filter((c) => variants.some((r) => matchesAny(r.text, [c])));
      const files2 = [...new Set(variants.map((r) => r.file))];
      const declaring = named.map((c) => files2.find((f) => jvmDeclares(textOf2(f), [c]) !== null));
      if (named.length === 0 || declaring.some((f) => f === void 0 || jvmClassMapsTable(textOf2(f), code.table))) continue;
      const drop = new Set(variants);
      s.refs = s.refs.filter((r) => !drop.has(r));
    }
  }
}
var SCHEMA_MACRO = /^\s*(?:diesel::)?(table|joinable|allow_tables_to_appear_in_same_query|define_sql_function|sql_function)!\s*([{(])/;
function schemaMacroLines(text) {
  if (!/\b(?:table|joinable|allow_tables_to_appear_in_same_query|define_sql_function|sql_function)!/.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = SCHEMA_MACRO.exec(lines[i]);
    if (!m) continue;
    const [open, close] = m[2] === "{" ? ["{", "}"] : ["(", ")"];
    let depth = 0;
    let end = i;
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j]) {
        if (ch === open) depth++;
        else if (ch === close) depth--;
      }
      end = j;
      if (depth <= 0) break;
    }
    if (depth > 0) continue;
    out.push([i + 1, end + 1]);
    i = end;
  }
  return out;
}
function readsWholesale(tree, unused, lines) {
  const columns = unused.filter((s) => s.code.kind === "column" && !s.ignoredBy);
  const out = /* @__PURE__ */ new Map();
  if (columns.length === 0) return out;
  const tables = [...new Set(columns.map((s) => s.code.table))];
  const later = [];
  for (const table of tables) {
    const bare = bareName(table);
    const name = `["'\`\\[]?(?:\\w+["'\`\\]]?\\.["'\`\\[]?)?${escapeRegExp(bare)}["'\`\\]]?`;
    const star = new RegExp(`select\\s+(?:distinct\\s+)?(?:\\w+\\.)?\\*[\\s\\S]*\\bfrom\\s+${name}(?![\\w])|\\b${escapeRegExp(bare)}\\.\\*|returning\\s+\\*|insert\\s+into\\s+${name}\\s*(?:values|select)\\b`, "i");
    const from = new RegExp(`\\bfrom\\s+${name}(?![\\w])`, "i");
    const pascal = tableSpellings(table).filter((w) => /^[A-Z][a-z]/.test(w));
    const model = new RegExp(`^\\s*class\\s+(?:${pascal.map(escapeRegExp).join("|") || "(?!)"})\\s*<|\\btable_name\\s*=\\s*["':]${escapeRegExp(bare)}\\b`);
    const spelled = tableSpellings(table);
    for (const hit of lines) {
      if (out.has(table) || !matchesAny(hit.text, spelled)) continue;
      if (star.test(hit.text) || extensionOf(hit.path) === "rb" && model.test(hit.text)) out.set(table, reference(hit));
      else if (from.test(hit.text)) later.push({ table, path: hit.path, line: hit.line });
    }
  }
  const pending = later.filter((l) => !out.has(l.table));
  if (pending.length > 0) tree.prefetch?.([...new Set(pending.map((l) => l.path))]);
  for (const l of pending) {
    if (out.has(l.table)) continue;
    const lines2 = (tree.read(l.path) ?? "").split(/\r?\n/);
    for (let i = l.line - 2; i >= Math.max(0, l.line - 11); i--) {
      const text = lines2[i] ?? "";
      if (SELECT_STAR.test(text)) {
        out.set(l.table, reference({ path: l.path, line: i + 1, text }));
        break;
      }
      if (/\b(select|from)\b/i.test(text)) break;
    }
  }
  return out;
}
var SELECT_STAR = /\bselect\s+(?:distinct\s+)?(?:\w+\.)?\*/i;
function lowerFirst(s) {
  return `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
}
function finish(subjects, truncated, searched, wholesale) {
  for (const s of subjects) {
    const f = s.finding;
    const ranked = ranks(s);
    const order = s.refs.map((_, i) => i);
    order.sort((a, b) => ranked[b] - ranked[a] || compareRefs(s.refs[a], s.refs[b]));
    s.refs = order.map((i) => s.refs[i]);
    const references = s.refs.slice(0, MAX_REFERENCES);
    if (s.refs.length > 0) {
      const outcome = { references, total: s.refs.length, message: `${f.message} ${usedAt(s, references)}` };
      f.codeSearch = outcome;
      continue;
    }
    if (!s.code.removes) continue;
    const names = s.words.slice(0, 4).join(", ");
    if (truncated) {
      f.codeSearch = { references: [], total: 0, message: `${f.message} The search of the previous release's code for ${names} did not complete (its output passed 64 MB, or git could not read every file), so it cannot say that nothing uses it.` };
      continue;
    }
    if (searched === 0) {
      f.codeSearch = { references: [], total: 0, message: `${f.message} No application code here to search for uses of it (only migrations, tests, docs).` };
      continue;
    }
    const table = s.code.kind === "column" ? s.code.table : null;
    const whole = table ? wholesale.get(table) : void 0;
    const none = `Nothing in the previous release's code uses it (${names}${s.words.length > 4 ? "\u2026" : ""}; ${searched} ${searched === 1 ? "file" : "files"} searched)`;
    if (whole) {
      const how = extensionOf(whole.file) === "rb" && !/select|returning|insert/i.test(whole.text) ? `an ActiveRecord model of ${table} loads every column at boot unless \`ignored_columns\` lists it` : `it reads or writes every column of ${table} without naming them`;
      f.codeSearch = { references: [whole], total: 0, message: `${f.message} ${none}, but \`${whole.file}:${whole.line}\` does: ${how}, so the error stands.` };
      continue;
    }
    const ignoredNote = s.ignoredBy ? `; \`${s.ignoredBy.file}:${s.ignoredBy.line}\` lists it in ignored_columns` : "";
    if (s.code.kind === "column" && s.code.reads) {
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} ${none}${ignoredNote}.`,
        unused: `Making ${f.object ?? s.code.column} nullable: ${lowerFirst(none)}${ignoredNote}, so after a rollback no code of it reads the NULLs the new release writes; a notice, not a warning. It still breaks a rollback if code outside this repository, or SQL built at run time, reads it.`,
        unusedSeverity: "notice"
      };
      continue;
    }
    if (s.code.kind === "object" && s.code.upserts) {
      const bare = bareName(s.code.name);
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} Nothing in the previous release's code upserts (ON CONFLICT, onConflict, on_conflict, upsert; ${bare} named in none; ${searched} ${searched === 1 ? "file" : "files"} searched).`,
        unused: `Re-creating ${s.code.objectKind} ${f.object ?? bare} as DEFERRABLE: nothing in the previous release's code upserts (ON CONFLICT, onConflict, on_conflict, upsert; ${searched} ${searched === 1 ? "file" : "files"} searched), and the constraint still rejects duplicates, at commit instead of at each statement; a warning, not an error. It still breaks a rollback if code outside this repository upserts on it, or if the previous release relies on the violation being raised by the statement rather than at commit.`
      };
      continue;
    }
    if (s.code.kind === "object" && s.code.nameOnly) {
      f.codeSearch = {
        references: [],
        total: 0,
        message: `${f.message} ${none}.`,
        unused: `${actionOf(f, s.code)}: ${lowerFirst(none)}. ${f.rule.startsWith("drop-") ? `The column default it fed is gone already (dropped earlier in this PR), so nothing the previous release does reaches it` : `The database reaches a ${s.code.objectKind} by its OID (column defaults, the constraint's own checks), so only code that names it breaks`}; a notice. It still breaks a rollback if code outside this repository, SQL built at run time or a function's body names it.`,
        unusedSeverity: "notice"
      };
      continue;
    }
    f.codeSearch = {
      references: [],
      total: 0,
      message: `${f.message} ${none}${ignoredNote}.`,
      unused: `${actionOf(f, s.code)}: ${lowerFirst(none)}${ignoredNote}. This looks like step 2 of expand/contract (the previous release already stopped using it), so it is a warning, not an error; it still breaks a rollback if code outside this repository, or SQL built at run time, uses it.`
    };
  }
}
function wordIndex(subjects, wordsOfSubject) {
  const byWord = /* @__PURE__ */ new Map();
  const others = [];
  for (const s of subjects) {
    const odd = [];
    for (const w of wordsOfSubject(s)) {
      if (!/^\w+$/.test(w)) odd.push(w);
      else {
        const list = byWord.get(w);
        if (!list) byWord.set(w, [s]);
        else if (!list.includes(s)) list.push(s);
      }
    }
    if (odd.length > 0) others.push({ s, words: odd });
  }
  return {
    any: byWord.size > 0 || others.length > 0,
    find(text) {
      const out = /* @__PURE__ */ new Set();
      for (const token of text.match(/\w+/g) ?? []) for (const s of byWord.get(token) ?? []) out.add(s);
      for (const o of others) if (!out.has(o.s) && matchesAny(text, o.words)) out.add(o.s);
      return out;
    }
  };
}
function compareRefs(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
function ranks(s) {
  const tableWords = new Set(s.table.flatMap(wordsOf));
  const namesTable = tableWords.size === 0 ? null : wordsPattern(s.table);
  const fileOf = keptPerPath((path) => ({ source: isSourceFile(path) ? 2 : 0, pathNamesTable: namesTable !== null && pathWords(path).some((w) => tableWords.has(w)) }));
  return s.refs.map((r) => {
    const file = fileOf(r.file);
    if (namesTable === null) return file.source;
    return file.source + (file.pathNamesTable || namesTable.test(r.text) ? 1 : 0);
  });
}
function usedAt(s, refs) {
  const named = refs.slice(0, MAX_NAMED).map((r) => `\`${r.file}:${r.line}\``);
  const more = s.refs.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named[0];
  if (s.code.kind === "column" && s.code.writes) return `The previous release's code that uses ${s.code.column} or writes ${s.code.table}: ${list}.`;
  if (s.code.kind === "object" && s.code.upserts) return `The previous release's code upserts at ${list}.`;
  return `Still used in the previous release's code at ${list}.`;
}
function actionOf(f, code) {
  const object = f.object ?? "";
  const verb = f.rule.startsWith("rename-") ? "Renaming" : "Dropping";
  switch (code.kind) {
    case "column":
      return f.rule === "drop-object" ? `${verb} ${object} (it only sets column ${code.table}.${code.column})` : `${verb} column ${object}`;
    case "table":
      return `${verb} table ${object}`;
    case "object":
      return `${verb} ${code.objectKind} ${object}`;
    default:
      return `${verb} ${object}`;
  }
}

// src/code-refs/predict.ts
var IDENT = String.raw`(?:"[^"\n]+"|\x60[^\x60\n]+\x60|\[[^\]\n]+\]|[A-Za-z_][\w$]*)`;
var QUALIFIED = String.raw`${IDENT}(?:\s*\.\s*${IDENT})*`;
var TABLE = new RegExp(String.raw`\b(?:ALTER|DROP|RENAME|TRUNCATE)\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(${QUALIFIED})`, "gi");
var RENAME_TABLE = new RegExp(String.raw`\bRENAME\s+TABLE\s+(${QUALIFIED})`, "gi");
var COLUMN = new RegExp(String.raw`\b(?:DROP|ALTER|MODIFY|CHANGE)\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(${IDENT})|\bRENAME\s+(?:COLUMN\s+)?(${IDENT})\s+TO\b`, "gi");
var OBJECT = new RegExp(String.raw`\b(?:DROP|ALTER)\s+(?:MATERIALIZED\s+VIEW|VIEW|TYPE|DOMAIN|FUNCTION|PROCEDURE|SEQUENCE|INDEX)\s+(?:CONCURRENTLY\s+)?(?:IF\s+EXISTS\s+)?(${QUALIFIED})|\bRENAME\s+CONSTRAINT\s+(${IDENT})`, "gi");
var ENUM_VALUE = /\bRENAME\s+VALUE\s+'([^'\n]*)'/gi;
var ADD_REQUIRED = new RegExp(String.raw`\bADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})(?:\([^()\n]{0,40}\)|[^,;()\n]){0,100}?\bNOT\s+NULL\b`, "gi");
var MAX_GUESS_CHARS = 4 * 1024 * 1024;
var MAX_GUESSED_WORDS = 512;
function likelyCodeWords(input) {
  const words = /* @__PURE__ */ new Set();
  let budget = MAX_GUESS_CHARS;
  for (const file of input.changes.files) {
    if (words.size > MAX_GUESSED_WORDS) return [];
    if (file.status === "deleted" || !isSqlFileName(file.path) || budget <= 0) continue;
    let text = readOrNull(input.changes.headTree, file.path);
    if (!text) continue;
    if (file.status === "modified") text = newLines(text, readOrNull(input.changes.baseTree, file.oldPath ?? file.path));
    text = text.slice(0, budget);
    budget -= text.length;
    const add = (list) => list.forEach((w) => words.add(w));
    for (const m of text.matchAll(TABLE)) add(tableSpellings(unquote(m[1])));
    for (const m of text.matchAll(RENAME_TABLE)) add(tableSpellings(unquote(m[1])));
    for (const m of text.matchAll(COLUMN)) if (!objectKeyword(m)) add(fieldSpellings(unquote(m[1] ?? m[2])));
    for (const m of text.matchAll(ADD_REQUIRED)) if (!objectKeyword(m)) add(fieldSpellings(unquote(m[1])));
    for (const m of text.matchAll(OBJECT)) add(spellings(bareName(unquote(m[1] ?? m[2]))));
    for (const m of text.matchAll(ENUM_VALUE)) words.add(m[1]);
  }
  return words.size > MAX_GUESSED_WORDS ? [] : [...words];
}
var OBJECT_KEYWORDS = /* @__PURE__ */ new Set([
  "table",
  "constraint",
  "index",
  "view",
  "materialized",
  "type",
  "domain",
  "function",
  "procedure",
  "sequence",
  "schema",
  "trigger",
  "default",
  "not",
  "primary",
  "foreign",
  "unique",
  "check",
  "key",
  "partition",
  "expression",
  "identity",
  "extension",
  "policy"
]);
function objectKeyword(m) {
  const word = m[1] ?? m[2];
  return !/^["`[]/.test(word) && OBJECT_KEYWORDS.has(word.toLowerCase()) && !/\bCOLUMN\s/i.test(m[0]);
}
function newLines(head, base) {
  if (base === null) return head;
  const old = new Set(base.split(/\r?\n/));
  return head.split(/\r?\n/).filter((line) => !old.has(line)).join("\n");
}
function unquote(name) {
  return name.split(/\s*\.\s*/).map((part) => /^["`[]/.test(part) ? part.slice(1, -1) : part.toLowerCase()).join(".");
}

// src/engine.ts
async function prepareEngine(dialects) {
  await Promise.all([prepareMigrations(dialects), prepareContracts()]);
}
async function prepareSqlParsers(dialects, options = {}) {
  await prepareMigrations(dialects, options);
}
function contractsMayChange(input) {
  if (input.force?.contracts?.length) return true;
  return input.changes.files.some(changesDataFile);
}
function noContracts() {
  return { findings: [], suppressions: [], files: [] };
}
function analyseContractsNow(input) {
  if (!contractsMayChange(input)) return noContracts();
  const analysis = loadedContractAnalysis();
  if (analysis === null) throw new Error("the contract analysis is not loaded: call prepareEngine() or prepareContracts() before runEngine()");
  return analysis.analyseContracts(input);
}
function engineDialects(input) {
  return migrationDialects(input);
}
function engineNeeds(input) {
  return migrationNeeds(input);
}
var ANALYSERS = [analyseMigrations, analyseContractsNow, configChanged];
function runEngine(input, options = {}) {
  return runAnalysers(input, ANALYSERS, options, [annotateCodeReferences]);
}
var codeSearches = /* @__PURE__ */ new WeakMap();
function startCodeSearch(input) {
  const tree = input.changes.baseTree;
  if (input.config.codeReferences.mode === "off" || !tree.prefetchWords) return;
  const words = likelyCodeWords(input);
  if (words.length === 0) return;
  const search2 = { promise: tree.prefetchWords(words).catch(() => {
  }), done: false };
  void search2.promise.then(() => search2.done = true);
  codeSearches.set(input, search2);
}
async function runEngineAsync(input, options = {}) {
  const languages = migrationLanguages(input);
  if (languages.length > 0) {
    const needs = migrationNeeds(input);
    await Promise.all([prepareCodeLanguages(languages), prepareMigrations(needs.dialects, needs)]);
  }
  let contracts = null;
  if (!contractsMayChange(input)) contracts = noContracts();
  else {
    const analysis = await loadContractAnalysis();
    if (analysis.contractReadersWanted(input)) await prepareContracts();
    for (let run = 0; contracts === null; run++) {
      try {
        contracts = analysis.analyseContracts(input);
      } catch (error) {
        if (!(error instanceof analysis.ReadersNotLoaded) || run === 2) throw error;
        await (error.reader === "yaml" ? analysis.prepareYaml() : analysis.prepareMeta());
      }
    }
  }
  const output = contracts;
  const analysers = [analyseMigrations, () => output, configChanged];
  const search2 = codeSearches.get(input);
  const ready = (outputs) => search2 ? afterAnalysis(input, outputs.flatMap((o) => o.findings), search2) : Promise.resolve();
  return runAnalysersThen(input, analysers, options, [annotateCodeReferences], ready);
}

export {
  prepareContracts,
  prepareEngine,
  prepareSqlParsers,
  contractsMayChange,
  engineDialects,
  engineNeeds,
  runEngine,
  startCodeSearch,
  runEngineAsync
};
