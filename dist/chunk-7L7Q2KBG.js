import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  isSqlFileName
} from "./chunk-DVXSQJ6Y.js";
import {
  __commonJS,
  __toESM
} from "./chunk-U623IIGW.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/migrations/column-types.ts
var ALIASES = {
  int: "int4",
  integer: "int4",
  int4: "int4",
  serial: "int4",
  serial4: "int4",
  mediumint: "int3",
  bigint: "int8",
  int8: "int8",
  bigserial: "int8",
  serial8: "int8",
  smallint: "int2",
  int2: "int2",
  smallserial: "int2",
  serial2: "int2",
  tinyint: "int1",
  "character varying": "varchar",
  varchar: "varchar",
  nvarchar: "varchar",
  "varying character": "varchar",
  character: "char",
  char: "char",
  bpchar: "char",
  nchar: "char",
  text: "text",
  tinytext: "tinytext",
  mediumtext: "mediumtext",
  longtext: "longtext",
  clob: "text",
  numeric: "numeric",
  decimal: "numeric",
  dec: "numeric",
  real: "float4",
  float4: "float4",
  float: "float8",
  "double precision": "float8",
  double: "float8",
  float8: "float8",
  bool: "bool",
  boolean: "bool",
  timestamptz: "timestamptz",
  "timestamp with time zone": "timestamptz",
  timestamp: "timestamp",
  "timestamp without time zone": "timestamp",
  time: "time",
  "time without time zone": "time",
  timetz: "timetz",
  "time with time zone": "timetz",
  datetime: "datetime",
  varbit: "varbit",
  "bit varying": "varbit",
  varbinary: "varbinary",
  binary: "binary",
  blob: "blob",
  tinyblob: "tinyblob",
  mediumblob: "mediumblob",
  longblob: "longblob",
  bytea: "bytea",
  json: "json",
  jsonb: "jsonb"
};
var INT_RANK = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
var TEXT_RANK = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
var BLOB_RANK = { tinyblob: 1, blob: 2, mediumblob: 3, longblob: 4 };
var TEMPORAL = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time", "timetz", "datetime"]);
var isMysql = (dialect) => dialect === "mysql" || dialect === "mariadb";
function parseType(raw, dialect) {
  let t = raw.trim().toLowerCase().replace(/\s+/g, " ");
  t = t.replace(/^pg_catalog\./, "");
  const m = /^([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*(unsigned)?(\s+[a-z ]*)?$/.exec(t);
  if (!m) return { base: t, args: [] };
  let name = m[1].trim();
  const suffix = (m[4] ?? "").trim();
  if (suffix !== "" && ALIASES[`${name} ${suffix}`] !== void 0) name = `${name} ${suffix}`;
  const args = (m[2] ?? "").split(",").map((a) => Number.parseInt(a.trim(), 10)).filter((n) => Number.isFinite(n));
  let base = ALIASES[name] ?? name;
  if (isMysql(dialect)) {
    if (base === "bool" || name === "tinyint" && args.length === 1 && args[0] === 1 && !m[3]) return { base: "bool", args: [] };
    if (name === "float") return { base: args.length === 1 && args[0] > 24 ? "float8" : "float4", args: args.length === 2 ? args : [] };
    if (name === "real") base = "float8";
    if (base === "numeric" && args.length < 2) return { base, args: [args[0] ?? 10, 0] };
  }
  if (m[3]) base += " unsigned";
  if (base.startsWith("int") && args.length > 0 && /^(int|integer|bigint|smallint|tinyint|mediumint)/.test(name)) {
    return { base, args: [] };
  }
  if (TEMPORAL.has(base) && args.length === 0) return { base, args: [isMysql(dialect) ? 0 : 6] };
  return { base, args };
}
function arrayOf(type) {
  const m = /^(.*?)((?:\s*\[\s*\d*\s*\])+)\s*$/.exec(type);
  return m ? [m[1], (m[2].match(/\[/g) ?? []).length] : [type, 0];
}
function sqliteAffinity(type) {
  const t = type.toLowerCase();
  if (t.trim() === "" || t === "unspecified") return "blob";
  if (t.includes("int")) return "numeric";
  if (/char|clob|text/.test(t)) return "text";
  if (t.includes("blob")) return "blob";
  if (/real|floa|doub/.test(t)) return "real";
  return "numeric";
}
function compareTypes(oldType, newType, dialect) {
  if (/\benum\s*\(/i.test(oldType) || /\benum\s*\(/i.test(newType)) {
    return /\benum\s*\(/i.test(oldType) && /\benum\s*\(/i.test(newType) ? "same" : "change";
  }
  if (dialect === "sqlite") {
    const affinity = sqliteAffinity(oldType);
    if (affinity !== sqliteAffinity(newType)) return "change";
    if (affinity === "real") return "same";
    return compareTypes(oldType, newType) === "widen" ? "widen" : "same";
  }
  const [oldElement, oldDims] = arrayOf(oldType);
  const [newElement, newDims] = arrayOf(newType);
  if (oldDims !== newDims) return "change";
  if (oldDims > 0) return compareTypes(oldElement, newElement, dialect);
  const a = parseType(oldType, dialect);
  const b = parseType(newType, dialect);
  if (a.base === b.base && a.args.join(",") === b.args.join(",")) return "same";
  if ((dialect === void 0 || dialect === "postgres" || dialect === "cockroach") && isUnbounded(a) && isUnbounded(b)) return "same";
  if (TEMPORAL.has(a.base) && a.base === b.base) return (b.args[0] ?? 0) > (a.args[0] ?? 0) ? "widen" : "change";
  if ((a.base === "varchar" || a.base === "char") && b.base === "varchar") {
    if (b.args.length === 0) return "widen";
    if (a.args.length > 0 && b.args[0] >= a.args[0]) return a.base === "varchar" ? "widen" : "change";
    return "change";
  }
  if (a.base === "varchar" && (b.base === "text" || TEXT_RANK[b.base] !== void 0)) {
    if (b.base === "text" && !isMysql(dialect) || a.args.length === 0 || a.args[0] <= 16383 || (TEXT_RANK[b.base] ?? 0) >= 3) return "widen";
    return "change";
  }
  if (a.base === "text" && b.base === "text" && a.args.length > 0 && (b.args.length === 0 || b.args[0] >= a.args[0])) return "widen";
  if (TEXT_RANK[a.base] !== void 0 && TEXT_RANK[b.base] !== void 0) {
    return TEXT_RANK[b.base] > TEXT_RANK[a.base] ? "widen" : "change";
  }
  if (BLOB_RANK[a.base] !== void 0 && BLOB_RANK[b.base] !== void 0) {
    return BLOB_RANK[b.base] > BLOB_RANK[a.base] ? "widen" : "change";
  }
  if ((a.base === "varbinary" || a.base === "varbit") && b.base === a.base && a.args.length > 0 && (b.args[0] ?? Infinity) >= a.args[0]) return "widen";
  const ai = INT_RANK[a.base.replace(/ unsigned$/, "")];
  const bi = INT_RANK[b.base.replace(/ unsigned$/, "")];
  if (ai !== void 0 && bi !== void 0) {
    const aUnsigned = a.base.endsWith(" unsigned");
    const bUnsigned = b.base.endsWith(" unsigned");
    if (aUnsigned === bUnsigned) return bi > ai ? "widen" : "change";
    if (!aUnsigned && bUnsigned) return "change";
    return bi > ai ? "widen" : "change";
  }
  if (a.base === "float4" && b.base === "float8") return "widen";
  if (a.base === "numeric" && b.base === "numeric") {
    if (b.args.length === 0) return "widen";
    if (a.args.length === 0) return "change";
    const [p1, s1 = 0] = a.args;
    const [p2, s2 = 0] = b.args;
    return s1 === s2 && p2 >= p1 ? "widen" : "change";
  }
  if (ai !== void 0 && b.base === "numeric" && b.args.length === 0) return "widen";
  return "change";
}
function isUnbounded(t) {
  return (t.base === "text" || t.base === "varchar") && t.args.length === 0;
}
function enumValuesOf(type) {
  if (!type) return null;
  const m = /^\s*enum\s*\(([\s\S]*)\)/i.exec(type);
  if (!m) return null;
  const values = [];
  const re = /'((?:[^'\\]|''|\\.)*)'|"((?:[^"\\]|""|\\.)*)"/g;
  for (let v = re.exec(m[1]); v; v = re.exec(m[1])) values.push((v[1] ?? v[2]).replace(/''/g, "'"));
  return values;
}

// src/text/lines.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function lineAt(starts, offset) {
  return position(starts, offset).line;
}
function lineOfOffset(text, offset, firstLine = 1) {
  let line = firstLine;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

// src/migrations/detect.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var MIGRATION_DIRS = /* @__PURE__ */ new Set(["migrations", "migration", "migrate", "db", "schema", "sql"]);
var FLYWAY = /^(V|U)(\d+(?:[._]\d+)*)__.+\.sql$/i;
var FLYWAY_REPEATABLE = /^R__.+\.sql$/i;
var SQLC_QUERY = /^[ \t]*--[ \t]*name:[ \t]*\w+[ \t]+:(?:one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/m;
var matchers = /* @__PURE__ */ new Map();
function matcherFor(globs) {
  const key = globs.join("\0");
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = (0, import_picomatch.default)(globs, { dot: true });
    matchers.set(key, matcher);
  }
  return matcher;
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirs(path) {
  return path.split("/").slice(0, -1);
}
function leadingVersion(name) {
  const m = /^(\d+(?:[._-]\d+)*)/.exec(name);
  return m ? m[1] : null;
}
function detectMigration(path, text, configuredPaths, framework = "auto") {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (!isSqlFileName(lower) && !configuredPaths?.includes("**")) return null;
  const parts = dirs(path);
  let isMigration;
  if (configuredPaths && configuredPaths.length > 0) {
    isMigration = matcherFor(configuredPaths)(path);
  } else {
    isMigration = parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) || FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || parts.includes("deploy") || parts.includes("revert");
    if (isMigration && text !== null && SQLC_QUERY.test(text.slice(0, 65536))) isMigration = false;
  }
  if (!isMigration) return null;
  const detected = framework === "auto" ? guessFramework(path, text) : framework;
  return { path, framework: detected, version: versionOf(path, detected), part: partOf(path, detected) };
}
function guessFramework(path, text) {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? "";
  const head = text ? text.slice(0, 4096) : "";
  if (FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name)) return "flyway";
  if (/^\s*--\s*\+goose\s+up\b/im.test(head) || /--\s*\+goose\s+(up|down)\b/i.test(text ?? "")) return "goose";
  if (/^\s*--\s*migrate:(up|down)\b/im.test(text ?? "")) return "dbmate";
  if (/^\s*--\s*liquibase\s+formatted\s+sql/im.test(head)) return "liquibase";
  if (parts.includes("prisma") && name === "migration.sql") return "prisma";
  if ((name === "up.sql" || name === "down.sql") && leadingVersion(parent) !== null) return "diesel";
  if (/\.(up|down)\.sql$/i.test(name)) return "golang-migrate";
  if (parts.includes("deploy") || parts.includes("revert") || parts.includes("verify")) return "sqitch";
  return "plain";
}
function versionOf(path, framework) {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? "";
  switch (framework) {
    case "flyway": {
      const m = FLYWAY.exec(name);
      return m ? m[2].replace(/_/g, ".") : null;
    }
    case "diesel":
    case "prisma":
      return leadingVersion(parent);
    case "sqitch":
      return null;
    // sqitch orders by its plan file, not by name
    default:
      return leadingVersion(name);
  }
}
function partOf(path, framework) {
  const name = basename(path);
  const parts = dirs(path);
  if (framework === "flyway") {
    if (FLYWAY_REPEATABLE.test(name)) return "repeatable";
    return /^U/i.test(name) ? "down" : "up";
  }
  if (/(^|[._])down\.sql$/i.test(name)) return "down";
  if (framework === "sqitch") {
    if (parts.includes("revert")) return "down";
    if (parts.includes("verify")) return "verify";
  }
  return "up";
}
function sectionsOf(file, text) {
  if (file.part === "down") return [{ part: "down", start: 0, end: text.length, line: 1 }];
  if (file.part === "verify") return [];
  const markers = [];
  const markerRe = /^[ \t]*--[ \t]*(?:\+goose[ \t]+(Up|Down)\b|migrate:(up|down)\b|(rollback)\b)[^\n]*$/gim;
  for (let m = markerRe.exec(text); m; m = markerRe.exec(text)) {
    const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const line = lineOfOffset(text, m.index);
    if (word === "rollback") {
      if (file.framework !== "liquibase") continue;
      const bodyStart = m.index + m[0].search(/rollback/i) + "rollback".length;
      if (/^[ \t]*(?:not[ \t]+required[ \t]*|empty[ \t]*)?$/i.test(text.slice(bodyStart, m.index + m[0].length))) continue;
      markers.push({ part: "down", start: m.index, bodyStart, line, single: true });
    } else {
      markers.push({ part: word === "up" ? "up" : "down", start: m.index, bodyStart: m.index + m[0].length, line });
    }
  }
  if (markers.length === 0) return [{ part: "up", start: 0, end: text.length, line: 1 }];
  const sections = [];
  const firstStart = markers[0].start;
  if (firstStart > 0 && file.framework === "liquibase") sections.push({ part: "up", start: 0, end: firstStart, line: 1 });
  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i];
    if (marker.single) {
      const eol = text.indexOf("\n", marker.start);
      const end2 = eol === -1 ? text.length : eol;
      sections.push({ part: "down", start: marker.bodyStart, end: end2, line: marker.line });
      const nextStart = i + 1 < markers.length ? markers[i + 1].start : text.length;
      if (end2 < nextStart) sections.push({ part: "up", start: end2, end: nextStart, line: marker.line + 1 });
      continue;
    }
    const end = i + 1 < markers.length ? markers[i + 1].start : text.length;
    sections.push({ part: marker.part, start: marker.bodyStart, end, line: marker.line });
  }
  return sections;
}
var partsCache = /* @__PURE__ */ new Map();
function versionParts(version) {
  let parts = partsCache.get(version);
  if (!parts) {
    parts = version.split(/[._-]/).map((p) => BigInt(p.replace(/\D/g, "") || "0"));
    if (partsCache.size > 1e5) partsCache.clear();
    partsCache.set(version, parts);
  }
  return parts;
}
function compareVersions(a, b) {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function liquibaseChangesets(text) {
  const out = [];
  const re = /^[ \t]*--[ \t]*changeset[ \t]+(\S+)[^\n]*$/gim;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (out.length > 0) out[out.length - 1].end = m.index;
    out.push({ id: m[1], start: m.index, end: text.length, line: lineOfOffset(text, m.index), runOnChange: /\brunOnChange:true\b/i.test(m[0]) });
  }
  return out;
}

// src/migrations/rules/types.ts
function defineMigrationRule(meta, impl) {
  return { meta: { ...meta, category: "migration" }, ...impl };
}
function statementSpan(stmt, op) {
  const line = op?.line ?? stmt.line;
  return { line, endLine: op?.line ?? stmt.endLine, column: op?.line ? null : stmt.column };
}

// src/migrations/rules/add-unique-constraint.ts
function onlyNewColumns(facts, table, columns) {
  return columns.length > 0 && columns.every((c) => facts.isNewColumn(table, c));
}
var add_unique_constraint_default = defineMigrationRule(
  {
    id: "add-unique-constraint",
    defaultSeverity: "error",
    summary: "A UNIQUE (or primary key, or exclusion) constraint or unique index is added to an existing table, CONCURRENTLY included."
  },
  {
    operation(op, stmt, { facts }) {
      let name;
      let table;
      let columns;
      if (op.kind === "create-index" && op.unique) {
        ({ name, table, columns } = op);
        const known = name === null ? void 0 : facts.index(name) ?? facts.droppedIndex(name);
        if (known?.unique && known.table === table && known.columns?.join() === columns.join()) return [];
      } else if (op.kind === "add-constraint" && ["unique", "primary-key", "exclusion"].includes(op.constraint)) {
        if (op.usingIndex && facts.index(op.usingIndex)) return [];
        ({ name, table, columns } = op);
      } else return [];
      if (facts.isNewTable(table) || onlyNewColumns(facts, table, columns)) return [];
      const object = columns.length > 0 ? `${table}(${columns.join(", ")})` : name ?? table;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding a uniqueness rule on ${object} breaks the previous release, whose inserts and updates may write duplicates and now fail.`,
          object,
          tables: [table]
        }
      ];
    }
  }
);

// src/migrations/rules/add-check-constraint.ts
var add_check_constraint_default = defineMigrationRule(
  {
    id: "add-check-constraint",
    defaultSeverity: "warning",
    summary: "A CHECK constraint is added to an existing table, NOT VALID included (it still rejects new writes)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "add-constraint" || op.constraint !== "check") return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      const object = op.name ? `${op.table}.${op.name}` : op.table;
      const notValid = op.notValid ? " (NOT VALID only skips existing rows)" : "";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding CHECK constraint ${object} can break the previous release, whose writes it never had to satisfy${notValid}.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/add-enum-value.ts
var add_enum_value_default = defineMigrationRule(
  {
    id: "add-enum-value",
    defaultSeverity: "warning",
    summary: "An enum gains a value: rows written with it break the previous release after a rollback."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === "add-enum-value") {
        if (facts.isNewType(op.type)) return [];
        return [
          {
            ...statementSpan(stmt, op),
            message: `Adding value '${op.value}' to enum ${op.type} lets the new release write rows that the previous release cannot read after a rollback.`,
            object: `${op.type}.${op.value}`,
            tables: []
          }
        ];
      }
      if (op.kind === "enum-column-change" && op.added.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `ENUM column ${object} gains ${op.added.map((v) => `'${v}'`).join(", ")}: rows written with it break the previous release after a rollback.`,
            object,
            tables: [op.table]
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/add-foreign-key.ts
var add_foreign_key_default = defineMigrationRule(
  {
    id: "add-foreign-key",
    defaultSeverity: "warning",
    summary: "A FOREIGN KEY is added to an existing table, NOT VALID included (it still rejects new writes)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "add-constraint" || op.constraint !== "foreign-key") return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      const object = op.name ? `${op.table}.${op.name}` : `${op.table}(${op.columns.join(", ")})`;
      const notValid = op.notValid ? " (NOT VALID only skips existing rows)" : "";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding foreign key ${object} can break the previous release, whose writes and deletes in any order it never had to satisfy${notValid}.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/add-required-column.ts
var add_required_column_default = defineMigrationRule(
  {
    id: "add-required-column",
    defaultSeverity: "error",
    summary: "A NOT NULL column without a default is added to an existing table."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === "add-column") {
        if (facts.isNewTable(op.table) || !op.column.notNull || op.column.hasDefault) return [];
        if (op.ifNotExists && facts.column(op.table, op.column.name) && facts.existedInBase(op.table, op.column.name)) return [];
        return [required(op.table, op.column.name, stmt, op, (o) => `Adding ${o} as NOT NULL without a default`)];
      }
      if (op.kind === "set-not-null" || op.kind === "drop-default") return madeRequired(op, stmt, facts);
      return [];
    }
  }
);
function madeRequired(op, stmt, facts) {
  if (facts.isNewTable(op.table) || !facts.isNewColumn(op.table, op.column)) return [];
  const column = facts.column(op.table, op.column);
  if (!column || facts.isRelaxedLater(op.table, op.column)) return [];
  if (op.kind === "set-not-null" ? column.hasDefault || column.notNull : !column.hasDefault || !column.notNull) return [];
  const lead = (o) => op.kind === "set-not-null" ? `Making ${o}, added in this PR, NOT NULL without a default` : `Dropping the default of ${o}, added in this PR as NOT NULL,`;
  return [required(op.table, op.column, stmt, op, lead)];
}
function required(table, name, stmt, op, lead) {
  const object = `${table}.${name}`;
  return {
    ...statementSpan(stmt, op),
    message: `${lead(object)} breaks the previous release, whose inserts into ${table} do not set it.`,
    object,
    tables: [table]
  };
}

// src/migrations/rules/change-column-type.ts
var change_column_type_default = defineMigrationRule(
  {
    id: "change-column-type",
    defaultSeverity: "error",
    summary: "The type of a column that the previous release uses changes (other than a pure widening)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "alter-column-type" || facts.isNewColumn(op.table, op.column)) return [];
      if (op.oldType && op.newType && compareTypes(op.oldType, op.newType, stmt.dialect) !== "change") return [];
      const object = `${op.table}.${op.column}`;
      const change = op.oldType ? `from ${op.oldType} to ${op.newType ?? "another type"}` : `to ${op.newType ?? "another type"} (its previous type is not known from the migrations)`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Changing column ${object} ${change} can break the previous release, which reads and writes values of the old type.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/delete-rows.ts
var delete_rows_default = defineMigrationRule(
  {
    id: "delete-rows",
    defaultSeverity: "error",
    summary: "A DELETE removes rows from a table that existed before the PR."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "delete" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Deleting rows from ${op.table} loses data the previous release still expects; a rollback of the code cannot bring it back.`,
          object: op.table,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/deleted-migration.ts
var deleted_migration_default = defineMigrationRule(
  {
    id: "deleted-migration",
    defaultSeverity: "error",
    summary: "A migration that already shipped in base was deleted or renamed."
  },
  {
    file(ctx) {
      if (ctx.file.part === "down" || ctx.file.part === "verify") return [];
      if (ctx.status === "deleted") {
        return [
          {
            line: null,
            message: `${ctx.file.path} was applied by every database that ran base; deleting it breaks the migration history (the tool sees an unknown applied version) and new environments will differ.`,
            object: ctx.file.path
          }
        ];
      }
      if (ctx.status === "renamed" && ctx.oldPath) {
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.oldPath} was renamed to ${ctx.file.path}: databases that applied the old name will apply it again or report a missing migration.`,
            object: ctx.oldPath
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/down-migration.ts
function downTexts(ctx, text) {
  const out = /* @__PURE__ */ new Map();
  for (const s of sectionsOf(ctx.file, text)) if (s.part === "down") out.set(s.line, text.slice(s.start, s.end).trim());
  return out;
}
var down_migration_default = defineMigrationRule(
  {
    id: "down-migration",
    defaultSeverity: "error",
    summary: "A down migration is added or changed: running it destroys data written since the up migration."
  },
  {
    file(ctx) {
      if (ctx.status === "deleted") return [];
      if (ctx.file.part === "down") {
        if (ctx.status === "renamed" && ctx.baseText === ctx.text) return [];
        return [
          {
            line: 1,
            endLine: 1,
            message: `${ctx.file.path} is a down migration: rolling the schema back drops what the release wrote since; roll the code back and fix forward instead.`,
            object: ctx.file.path
          }
        ];
      }
      let unchanged = () => false;
      if (ctx.baseText !== null && ctx.text !== null) {
        const before = new Set(downTexts(ctx, ctx.baseText).values());
        const after = downTexts(ctx, ctx.text);
        unchanged = (line) => before.has(after.get(line) ?? "\0");
      }
      return ctx.downSections.filter((section) => !unchanged(section.line)).map((section) => ({
        line: section.line,
        endLine: section.endLine,
        message: `This ${ctx.file.framework} down section would undo the schema and destroy data written since; roll the code back and fix forward instead.`,
        object: `${ctx.file.path}:${section.line}`
      }));
    }
  }
);

// src/migrations/rules/drop-column.ts
var drop_column_default = defineMigrationRule(
  {
    id: "drop-column",
    defaultSeverity: "error",
    summary: "A column that the previous release reads or writes is dropped."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-column" || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping column ${object} breaks the previous release, which still reads it.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/drop-default.ts
var drop_default_default = defineMigrationRule(
  {
    id: "drop-default",
    defaultSeverity: "warning",
    summary: "The default of an existing column is dropped while the previous release relies on it."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-default" || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping the default of ${object} breaks the previous release, whose inserts omit it and relied on the default.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/drop-index.ts
var drop_index_default = defineMigrationRule(
  {
    id: "drop-index",
    defaultSeverity: "warning",
    summary: "An index is dropped (an error for a unique one: the previous release relies on it for upserts and uniqueness)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === "drop-index") {
        if (facts.isNewIndex(op.name) || facts.isRecreatedLater("index", op.name)) return [];
        const known = facts.index(op.name);
        const unique = known?.unique === true;
        const table = op.table ?? known?.table ?? null;
        if (table !== null && facts.isNewConstraint(table, op.name)) return [];
        return [
          {
            ...statementSpan(stmt, op),
            severity: unique ? "error" : "warning",
            message: unique ? `Dropping unique index ${op.name} breaks the previous release: its upserts (ON CONFLICT) fail and duplicates it never expected get in.` : `Dropping index ${op.name} can make the previous release's queries slow enough to time out.`,
            object: op.name,
            tables: table ? [table] : []
          }
        ];
      }
      if (op.kind === "drop-constraint") {
        if (facts.isNewConstraint(op.table, op.name)) return [];
        const kind = op.constraint ?? facts.constraintKind(op.table, op.name) ?? (facts.index(op.name)?.unique ? "unique" : void 0);
        if (kind !== "unique" && kind !== "primary-key") return [];
        return [
          {
            ...statementSpan(stmt, op),
            severity: "error",
            message: `Dropping ${kind === "primary-key" ? "primary key" : "unique constraint"} ${op.table}.${op.name} breaks the previous release: its upserts (ON CONFLICT) fail and duplicates it never expected get in.`,
            object: `${op.table}.${op.name}`,
            tables: [op.table]
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/drop-object.ts
var KINDS = /* @__PURE__ */ new Set(["view", "materialized view", "function", "procedure", "trigger", "sequence", "type", "domain"]);
var drop_object_default = defineMigrationRule(
  {
    id: "drop-object",
    defaultSeverity: "error",
    summary: "A view, function, procedure, trigger, sequence, type or domain that the previous release may use is dropped."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-object" || !KINDS.has(op.objectKind)) return [];
      if (facts.isRecreatedLater(op.objectKind, op.name)) return [];
      if (facts.isNewObject(op.objectKind, op.name) || (op.objectKind === "type" || op.objectKind === "domain") && facts.isNewType(op.name)) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${op.objectKind} ${object} breaks the previous release, which may still use it.`,
          object,
          tables: op.table ? [op.table] : []
        }
      ];
    }
  }
);

// src/migrations/rules/drop-schema.ts
var drop_schema_default = defineMigrationRule(
  {
    id: "drop-schema",
    defaultSeverity: "error",
    summary: "A schema or database that the previous release uses is dropped."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-schema" || facts.isNewObject("schema", op.name)) return [];
      const what = op.database ? "database" : "schema";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${what} ${op.name} breaks the previous release, which still uses every table in it, and loses their data for good.`,
          object: op.name,
          tables: []
        }
      ];
    }
  }
);

// src/migrations/rules/drop-table.ts
var drop_table_default = defineMigrationRule(
  {
    id: "drop-table",
    defaultSeverity: "error",
    summary: "A table that the previous release uses is dropped."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "drop-table" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping table ${op.table} breaks the previous release, which still reads it, and loses its data for good.`,
          object: op.table,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/edited-migration.ts
function firstChangedLine(before, after) {
  const lines = (text) => (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
  const a = lines(before);
  const b = lines(after);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.max(1, Math.min(i + 1, b.length));
}
var edited_migration_default = defineMigrationRule(
  {
    id: "edited-migration",
    defaultSeverity: "error",
    summary: "A migration that already shipped in base was modified."
  },
  {
    file(ctx) {
      if (ctx.status !== "modified" || ctx.file.part !== "up") return [];
      if (ctx.editedChangesets) {
        return ctx.editedChangesets.map((c) => ({
          line: c.line,
          endLine: c.line,
          message: c.removed ? `Changeset ${c.id} was removed from ${ctx.file.path}, but it already ran on databases that applied base: they keep what it did, new environments will not; keep it and add a new changeset instead.` : `Changeset ${c.id} of ${ctx.file.path} already ran on databases that applied base: editing it changes nothing there (or fails its checksum) and makes environments diverge; add a new changeset instead.`,
          object: `${ctx.file.path}#${c.id}`,
          tables: []
        }));
      }
      const line = ctx.baseText !== null && ctx.text !== null ? firstChangedLine(ctx.baseText, ctx.text) : 1;
      return [
        {
          line,
          endLine: line,
          message: `${ctx.file.path} already exists in base, so databases have applied it: editing it changes nothing there and makes environments diverge; add a new migration instead.`,
          object: ctx.file.path
        }
      ];
    }
  }
);

// src/migrations/rules/out-of-order-migration.ts
var ONE_FILE_PER_VERSION = /* @__PURE__ */ new Set(["golang-migrate", "sqlx", "goose", "flyway", "dbmate"]);
var out_of_order_migration_default = defineMigrationRule(
  {
    id: "out-of-order-migration",
    defaultSeverity: "warning",
    summary: "A new migration sorts before the newest migration already in base."
  },
  {
    file(ctx) {
      const { version, framework } = ctx.file;
      if (ctx.status !== "added" || ctx.file.part !== "up" || version === null || ctx.newestBaseVersion === null) return [];
      const order = compareVersions(version, ctx.newestBaseVersion);
      if (order > 0 || order === 0 && !ONE_FILE_PER_VERSION.has(framework)) return [];
      const message = order === 0 ? `${ctx.file.path} has version ${version}, the same as a migration already in base: ${framework} keeps one migration per version, so databases that applied it skip this one or refuse to migrate.` : `${ctx.file.path} has version ${version}, older than ${ctx.newestBaseVersion} already in base: databases that applied ${ctx.newestBaseVersion} skip it or refuse to migrate (${framework} orders by version).`;
      return [{ line: 1, endLine: 1, message, object: ctx.file.path, tables: [] }];
    }
  }
);

// src/migrations/rules/rename-column.ts
var rename_column_default = defineMigrationRule(
  {
    id: "rename-column",
    defaultSeverity: "error",
    summary: "A column that the previous release reads or writes is renamed."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-column" || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming column ${object} to ${op.newName} breaks the previous release, which still reads and writes ${op.column}.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/rename-enum-value.ts
var rename_enum_value_default = defineMigrationRule(
  {
    id: "rename-enum-value",
    defaultSeverity: "error",
    summary: "An enum value that the previous release writes or reads is renamed or removed."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === "rename-enum-value") {
        if (facts.isNewType(op.type)) return [];
        const object = `${op.type}.${op.oldValue}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Renaming value '${op.oldValue}' of enum ${op.type} to '${op.newValue}' breaks the previous release, which still writes and compares '${op.oldValue}'.`,
            object,
            tables: []
          }
        ];
      }
      if (op.kind === "enum-column-change" && op.removed.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Redefining ENUM column ${object} without ${op.removed.map((v) => `'${v}'`).join(", ")} breaks the previous release, which still writes those values (and existing rows hold them).`,
            object,
            tables: [op.table]
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/rename-object.ts
var KINDS2 = /* @__PURE__ */ new Set(["view", "materialized view", "function", "procedure", "type", "domain", "sequence", "schema", "constraint"]);
var rename_object_default = defineMigrationRule(
  {
    id: "rename-object",
    defaultSeverity: "error",
    summary: "A view, function, type, sequence, schema or constraint that the previous release may use is renamed."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-object" || !KINDS2.has(op.objectKind)) return [];
      if (op.objectKind === "constraint" ? facts.isNewConstraint(op.table ?? "", op.name) : facts.isNewObject(op.objectKind, op.name)) return [];
      if ((op.objectKind === "type" || op.objectKind === "domain") && facts.isNewType(op.name)) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      const why = op.objectKind === "constraint" ? "which names it (ON CONFLICT ON CONSTRAINT, error handling by constraint name)" : "which still refers to it by its old name";
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming ${op.objectKind} ${object} to ${op.newName} breaks the previous release, ${why}.`,
          object,
          tables: op.table ? [op.table] : []
        }
      ];
    }
  }
);

// src/migrations/rules/rename-table.ts
var rename_table_default = defineMigrationRule(
  {
    id: "rename-table",
    defaultSeverity: "error",
    summary: "A table that the previous release uses is renamed."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "rename-table" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming table ${op.table} to ${op.newName} breaks the previous release, which still queries ${op.table}.`,
          object: op.table,
          tables: [op.table, op.newName]
        }
      ];
    }
  }
);

// src/migrations/rules/revoke-privilege.ts
var revoke_privilege_default = defineMigrationRule(
  {
    id: "revoke-privilege",
    defaultSeverity: "warning",
    summary: "A privilege, role, user or row-level policy that the previous release may depend on is revoked or dropped."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === "revoke") {
        const object = op.on || op.from || "privileges";
        return [
          {
            ...statementSpan(stmt, op),
            message: `Revoking ${op.privileges}${op.on ? ` on ${op.on}` : ""}${op.from ? ` from ${op.from}` : ""} can break the previous release if it runs as that role.`,
            object,
            tables: op.tables
          }
        ];
      }
      if (op.kind === "drop-object" && (op.objectKind === "role" || op.objectKind === "policy")) {
        if (facts.isNewObject(op.objectKind, op.name)) return [];
        const object = op.table ? `${op.table}.${op.name}` : op.name;
        const why = op.objectKind === "role" ? "can break the previous release if it connects or acts as that role" : "changes which rows the previous release may see or write";
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping ${op.objectKind} ${object} ${why}.`,
            object,
            tables: op.table ? [op.table] : []
          }
        ];
      }
      return [];
    }
  }
);

// src/migrations/rules/set-not-null.ts
var set_not_null_default = defineMigrationRule(
  {
    id: "set-not-null",
    defaultSeverity: "error",
    summary: "An existing column becomes NOT NULL while the previous release may still write NULL."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "set-not-null" || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Making ${object} NOT NULL breaks the previous release, whose inserts and updates may still leave it NULL.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/truncate-table.ts
var truncate_table_default = defineMigrationRule(
  {
    id: "truncate-table",
    defaultSeverity: "error",
    summary: "A table that existed before the PR is truncated."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "truncate" || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Truncating ${op.table} loses every row the previous release still expects; a rollback of the code cannot bring them back.`,
          object: op.table,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/unparsed-statement.ts
var DANGEROUS = /\b(DROP|TRUNCATE|DELETE|UPDATE|RENAME)\b|\bALTER\b[\s\S]*\bTYPE\b/i;
var unparsed_statement_default = defineMigrationRule(
  {
    id: "unparsed-statement",
    defaultSeverity: "warning",
    summary: "A statement the parser could not analyse (an error when it mentions DROP, TRUNCATE, DELETE, UPDATE, RENAME or ALTER \u2026 TYPE)."
  },
  {
    statement(stmt) {
      if (stmt.status !== "unparsed") return [];
      const severity = unparsedSeverity(stmt.opaqueText === void 0 ? stmt.text : `${stmt.text}
${stmt.opaqueText}`);
      return [
        {
          line: stmt.line,
          endLine: stmt.endLine,
          column: stmt.column,
          severity,
          message: `This statement could not be analysed (${stmt.error ?? "no parser for it"}), so the gate cannot prove it is rollback-safe; review it by hand and suppress with a reason.`,
          object: null
        }
      ];
    }
  }
);
function unparsedSeverity(text) {
  return DANGEROUS.test(stripComments(text)) ? "error" : "warning";
}
function stripComments(text) {
  return text.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
}

// src/migrations/rules/update-rows.ts
var update_rows_default = defineMigrationRule(
  {
    id: "update-rows",
    defaultSeverity: "error",
    summary: "An UPDATE rewrites columns that existed before the PR (backfilling a column added in the PR is fine)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "update" || facts.isNewTable(op.table) || isSystemCatalog(op.table)) return [];
      const old = op.columns.filter((c) => !facts.isNewColumn(op.table, c));
      if (op.columns.length > 0 && old.length === 0) return [];
      const object = old.length === 1 ? `${op.table}.${old[0]}` : op.table;
      const what = old.length > 0 ? old.map((c) => `${op.table}.${c}`).join(", ") : op.table;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Updating ${what} rewrites data the previous release wrote and reads; a rollback of the code cannot restore the old values.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);
function isSystemCatalog(table) {
  return /^(pg_catalog\.)?pg_[a-z_]+$/.test(table) || table.startsWith("information_schema.");
}

// src/migrations/rules/widen-column-type.ts
var widen_column_type_default = defineMigrationRule(
  {
    id: "widen-column-type",
    defaultSeverity: "notice",
    summary: "A column type only widens (varchar(n) to varchar(m > n) or text, int to bigint, numeric precision up)."
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== "alter-column-type" || facts.isNewColumn(op.table, op.column)) return [];
      if (!op.oldType || !op.newType || compareTypes(op.oldType, op.newType, stmt.dialect) !== "widen") return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Widening column ${object} from ${op.oldType} to ${op.newType} is safe for the previous release, but values written after it may not fit its checks (lengths, ranges) after a rollback.`,
          object,
          tables: [op.table]
        }
      ];
    }
  }
);

// src/migrations/rules/index.ts
var migrationRules = [
  drop_table_default,
  drop_column_default,
  drop_schema_default,
  drop_object_default,
  drop_index_default,
  rename_table_default,
  rename_column_default,
  rename_object_default,
  change_column_type_default,
  widen_column_type_default,
  set_not_null_default,
  add_required_column_default,
  drop_default_default,
  add_unique_constraint_default,
  add_check_constraint_default,
  add_foreign_key_default,
  update_rows_default,
  delete_rows_default,
  truncate_table_default,
  rename_enum_value_default,
  add_enum_value_default,
  revoke_privilege_default,
  down_migration_default,
  edited_migration_default,
  deleted_migration_default,
  out_of_order_migration_default,
  unparsed_statement_default
];

export {
  compareTypes,
  enumValuesOf,
  require_picomatch2 as require_picomatch,
  lineStarts,
  position,
  lineAt,
  lineOfOffset,
  MIGRATION_DIRS,
  detectMigration,
  sectionsOf,
  compareVersions,
  liquibaseChangesets,
  migrationRules
};
