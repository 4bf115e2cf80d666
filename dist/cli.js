#!/usr/bin/env node
// kleak-gate (MIT). Bundles third-party packages: their licences are in THIRD-PARTY-NOTICES.txt beside this file.
import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);

// src/cli/main.ts
import { realpathSync } from "node:fs";

// src/render/escape.ts
var INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
function showInvisible(text) {
  return text.replace(INVISIBLE, (c) => {
    let out = "";
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return out;
  });
}
function visibleStrings(doc) {
  if (typeof doc === "string") return showInvisible(doc);
  if (Array.isArray(doc)) return doc.map(visibleStrings);
  if (typeof doc === "object" && doc !== null) {
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [showInvisible(k), visibleStrings(v)]));
  }
  return doc;
}
function flatten(text) {
  return showInvisible(text).replace(/[\r\n\t]+/g, " ");
}
function escapeHtml(text) {
  return showInvisible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function longestRun(text, ch) {
  let best = 0;
  let run2 = 0;
  for (const c of text) {
    run2 = c === ch ? run2 + 1 : 0;
    if (run2 > best) best = run2;
  }
  return best;
}
function codeSpan(text, inTable = false) {
  const flat = flatten(text);
  if (flat === "") return "";
  const fence = "`".repeat(longestRun(flat, "`") + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  const body = inTable ? flat.replace(/\|/g, "\\|") : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, info = "text") {
  const clean = showInvisible(text).replace(/\r\n?/g, "\n");
  const fence = "`".repeat(Math.max(3, longestRun(clean, "`") + 1));
  return `${fence}${info}
${clean}
${fence}`;
}
function htmlCode(text) {
  return `<code>${escapeHtml(flatten(text))}</code>`;
}

// src/errors.ts
var InputError = class extends Error {
  constructor(file, cause_, line) {
    super(`${file}${line !== void 0 ? `:${line}` : ""}: ${cause_}`);
    this.file = file;
    this.cause_ = cause_;
    this.line = line;
    this.name = "InputError";
  }
  file;
  cause_;
  line;
};
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function isInputProblem(e) {
  return e instanceof InputError || e instanceof UsageError;
}
function oneLine(text) {
  return showInvisible(text.replace(/[\r\n]+/g, " ").trim());
}

// package.json
var package_default = {
  name: "kleak-gate",
  version: "0.1.0",
  description: "Gate pull requests on new kmemleak leaks: parse, symbolize (even removed modules), fingerprint, compare with a baseline",
  keywords: [
    "kmemleak",
    "linux-kernel",
    "memory-leak",
    "github-action",
    "hardware-in-the-loop",
    "ci"
  ],
  homepage: "https://github.com/OWNER/kleak-gate#readme",
  bugs: {
    url: "https://github.com/OWNER/kleak-gate/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/OWNER/kleak-gate.git"
  },
  license: "MIT",
  type: "module",
  bin: {
    "kleak-gate": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "dist/cli.js",
    "dist/THIRD-PARTY-NOTICES.txt",
    "action.yml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  scripts: {
    bundle: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run typecheck && npm run bundle && vitest run",
    bench: "npm run bundle && node scripts/bench.mjs",
    fuzz: "node scripts/fuzz.mjs",
    example: "npm run bundle && bash scripts/example.sh",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    lint: "eslint .",
    prepublishOnly: "npm test",
    "lint:actions": "vitest run test/workflows"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/languageservice": "^0.3.61",
    "@eslint/js": "^9.39.5",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.11.0",
    "github-markdown-css": "^5.9.0",
    "js-yaml": "^5.5.0",
    "jsonc-parser": "^3.3.1",
    junit2json: "^4.0.0",
    marked: "^18.2.1",
    minimatch: "^11.0.9",
    prettier: "^3.10.2",
    "puppeteer-core": "^24.43.1",
    "tap-parser": "^18.3.4",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var TOOL_VERSION = package_default.version;

// src/cli/commands/baseline.ts
import { readFile as readFile4, writeFile as writeFile2, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

// src/fingerprint/fingerprint.ts
import { createHash } from "node:crypto";

// src/fingerprint/memo.ts
function memoize(fn2) {
  const cache2 = /* @__PURE__ */ new Map();
  return (name) => {
    let v = cache2.get(name);
    if (v === void 0 && !cache2.has(name)) {
      v = fn2(name);
      cache2.set(name, v);
    }
    return v;
  };
}

// src/fingerprint/frame-lists.ts
var ALLOCATOR_GLOBS = [
  // kmemleak itself (pre-4.x traces start in it)
  "create_object",
  "__create_object",
  "kmemleak_alloc*",
  "kmemleak_vmalloc",
  "kmemleak_percpu_alloc",
  // slab
  "kmalloc*",
  "kzalloc*",
  "kcalloc*",
  "krealloc*",
  "kvmalloc*",
  "kvzalloc*",
  "kvcalloc*",
  "kvrealloc*",
  "__kmalloc*",
  "__kvmalloc*",
  "__do_kmalloc*",
  "___kmalloc*",
  "kmem_cache_alloc*",
  "kmem_cache_zalloc",
  "__kmem_cache_alloc*",
  "slab_alloc*",
  "__slab_alloc*",
  "___slab_alloc*",
  "slab_post_alloc_hook",
  "kmalloc_trace*",
  "kmalloc_order*",
  "kmalloc_large*",
  "kmemdup*",
  "kstrdup*",
  "kstrndup",
  "kmemdup_nul",
  "kasprintf",
  "kvasprintf*",
  "devm_kmalloc",
  "devm_kzalloc",
  "devm_kcalloc",
  // vmalloc
  "vmalloc*",
  "vzalloc*",
  "__vmalloc*",
  "vmalloc_node*",
  "vzalloc_node",
  "__vmalloc_node*",
  "__vmalloc_area_node",
  // pages, percpu, mempools, skbs
  "alloc_pages*",
  "__alloc_pages*",
  "alloc_page*",
  "__get_free_pages",
  "get_zeroed_page",
  "pcpu_alloc*",
  "__alloc_percpu*",
  "alloc_percpu*",
  "pcpu_mem_zalloc",
  "mempool_alloc*",
  "__alloc_skb",
  "alloc_skb*",
  "__netdev_alloc_skb",
  "dev_alloc_skb",
  "kmalloc_reserve",
  "krealloc_array",
  // v6.10+ allocation profiling wrappers
  "*_noprof"
];
var TAIL_GLOBS = [
  "kthread",
  "ret_from_fork",
  "ret_from_fork_asm",
  "kernel_thread_helper",
  "kernel_init",
  "kernel_init_freeable",
  "worker_thread",
  "process_one_work",
  "process_scheduled_works",
  "do_syscall_64",
  "do_syscall_x64",
  "do_syscall_32_irqs_on",
  "do_fast_syscall_32",
  "do_int80_syscall_32",
  "__do_fast_syscall_32",
  "entry_SYSCALL_64*",
  "entry_SYSENTER_32",
  "entry_INT80_32",
  "entry_SYSCALL_compat*",
  "system_call_fastpath",
  "system_call",
  "tracesys",
  "sysenter_do_call",
  "syscall_call",
  "el0_svc*",
  "el0t_64_sync*",
  "el0_sync*",
  "invoke_syscall",
  "do_el0_svc",
  "ret_fast_syscall",
  "vector_swi",
  "start_thread"
];
function globToRegExp(glob) {
  const body = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${body}$`);
}
var ALLOCATOR = ALLOCATOR_GLOBS.map(globToRegExp);
var TAIL = TAIL_GLOBS.map(globToRegExp);
var isAllocatorFrame = memoize((n) => ALLOCATOR.some((r) => r.test(n)));
var isTailFrame = memoize((n) => TAIL.some((r) => r.test(n)));

// src/fingerprint/normalize.ts
var SUFFIX_WORDS = /* @__PURE__ */ new Set(["isra", "constprop", "part", "cold", "llvm", "lto_priv", "localalias", "clone", "specialized", "unlikely"]);
var DIGITS = /^\d+$/;
var SYSCALL_WRAPPER = /^(?:SyS_|compat_SyS_|__(?:x64|ia32|x32|arm64|riscv|s390x|s390|powerpc)_(?:compat_)?sys_|__se_(?:compat_)?sys_|__do_(?:compat_)?sys_|sys_|compat_sys_)(\w+)$/;
var ELFV1_DOT = /^\.(?=[A-Za-z_])/;
var normalizeFunctionName = memoize(normalizeUncached);
function normalizeUncached(name) {
  const n = withoutSuffixes(name.replace(ELFV1_DOT, ""));
  const sys = SYSCALL_WRAPPER.exec(n);
  return sys ? `sys_${sys[1]}` : n;
}
function withoutSuffixes(name) {
  let end = name.length;
  for (; ; ) {
    const dot = name.lastIndexOf(".", end - 1);
    if (dot < 0) return name.slice(0, end);
    const word = name.slice(dot + 1, end);
    if (!SUFFIX_WORDS.has(word) && !DIGITS.test(word)) return name.slice(0, end);
    end = dot;
  }
}

// src/model/module-name.ts
function normalizeModuleName(name) {
  return name.replace(/-/g, "_");
}

// src/fingerprint/fingerprint.ts
var FINGERPRINT_VERSION = "kl1";
var KEY_DEPTH = 4;
var FINGERPRINT = /^kl1:[0-9a-f]{16}$/;
function keyFrame(f) {
  if (f.function === void 0 || f.resolvedBy === "debug-info" || f.resolvedBy === "unresolved") return void 0;
  const k = { name: normalizeFunctionName(f.function) };
  if (f.module) k.module = normalizeModuleName(f.module);
  return k;
}
var show = (k) => k.module ? `${k.module}:${k.name}` : k.name;
function fingerprintKey(record) {
  const named3 = record.frames.map(keyFrame);
  let start = 0;
  while (start < named3.length && (named3[start] === void 0 || isAllocatorFrame(named3[start].name))) start++;
  const rest = named3.slice(start).filter((k) => k !== void 0 && !isTailFrame(k.name));
  if (rest.length === 0) return fallbackKey(record);
  const first = rest[0];
  const chosen = first.module ? rest.filter((k) => k.module !== void 0) : rest;
  return chosen.slice(0, KEY_DEPTH).map(show);
}
function fallbackKey(record) {
  const key = record.frames.map((f) => {
    const k = keyFrame(f);
    return k ? show(k) : "?";
  });
  return ["unresolved", ...key];
}
var fingerprints = /* @__PURE__ */ new Map();
function fingerprintOf(key) {
  const joined = key.join("\n");
  let fp = fingerprints.get(joined);
  if (fp === void 0) {
    fp = hashKey(joined);
    fingerprints.set(joined, fp);
  }
  return fp;
}
function hashKey(joined) {
  const digest = createHash("sha256").update(joined).digest("hex");
  return `${FINGERPRINT_VERSION}:${digest.slice(0, 16)}`;
}
function isFingerprint(text) {
  return FINGERPRINT.test(text);
}

// src/parse/numbers.ts
var MAX_EXACT = Number.MAX_SAFE_INTEGER;
var MAX_INT = 2147483647;
var shortDigits = (digits) => digits.length > 24 ? `${digits.slice(0, 12)}\u2026(${digits.length} digits)` : digits;
function significant(digits) {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}
function decimal(digits, what, max = MAX_EXACT) {
  const s = significant(digits);
  const value = s.length > 16 ? Infinity : Number(s);
  return value <= max ? { value } : { cause: `${what} ${shortDigits(digits)} is out of range (more than ${max})` };
}
function hexNumber(digits, what) {
  const s = significant(digits);
  const value = s.length > 14 ? Infinity : parseInt(s, 16);
  return value <= MAX_EXACT ? { value } : { cause: `${what} 0x${shortDigits(digits)} is out of range (more than 0x${MAX_EXACT.toString(16)})` };
}
function hexUnsigned(digits, what, bits = 64) {
  const s = significant(digits);
  return s.length <= bits / 4 ? { value: BigInt("0x" + s) } : { cause: `${what} 0x${shortDigits(digits)} is wider than ${bits} bits` };
}
function decimal64(digits, what) {
  const s = significant(digits);
  const value = s.length > 20 ? void 0 : BigInt(s);
  return value !== void 0 && value <= 0xffffffffffffffffn ? { value } : { cause: `${what} ${shortDigits(digits)} is wider than 64 bits` };
}
var OutOfRange = class extends Error {
};
function bounded(b) {
  if ("cause" in b) throw new OutOfRange(b.cause);
  return b.value;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function visit(text, visitor, options2 = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options2 && options2.disallowComments;
  const allowTrailingComma = options2 && options2.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options2.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  /** The 1-based line holding `offset`. */
  line(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

// src/baseline/strict-json.ts
var CONFLICT = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;
function keyPath(path2) {
  return path2.join(".");
}
function parseStrictJson(text) {
  if (text.charCodeAt(0) === 65279) return problem(1, "starts with a byte-order mark (BOM): save the file as UTF-8 without it");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (CONFLICT.test(lines[i])) {
      return problem(i + 1, `merge-conflict marker ${JSON.stringify(lines[i].trimEnd().slice(0, 40))}: resolve the conflict`);
    }
  }
  const deep = tooDeep(text);
  if (deep !== void 0) return problem(deep, `nested deeper than ${MAX_DEPTH} levels: not a file this tool reads`);
  let first;
  const valueLines = /* @__PURE__ */ new Map();
  const at = (line, path2) => void valueLines.set(keyPath(path2()), line + 1);
  const open3 = [];
  visit2(
    text,
    {
      onObjectBegin: (_offset, _length, line, _column, path2) => {
        at(line, path2);
        open3.push(/* @__PURE__ */ new Map());
      },
      onObjectEnd: () => void open3.pop(),
      onArrayBegin: (_offset, _length, line, _column, path2) => at(line, path2),
      onLiteralValue: (_value, _offset, _length, line, _column, path2) => at(line, path2),
      onObjectProperty: (name, _offset, _length, line) => {
        const keys = open3[open3.length - 1];
        const earlier = keys.get(name);
        if (earlier !== void 0 && first === void 0) {
          first = {
            line: line + 1,
            cause: `duplicate key ${JSON.stringify(name)} (first at line ${earlier}): JSON keeps only one of them`
          };
        }
        keys.set(name, line + 1);
      },
      onComment: (offset, _length, line) => {
        first ??= { line: line + 1, cause: `a comment at ${JSON.stringify(text.slice(offset, offset + 2))}: JSON has no comments` };
      },
      onError: (code, offset, _length, line) => {
        first ??= { line: line + 1, cause: syntaxCause(code, text, offset) };
      }
    },
    { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false }
  );
  if (first) return { problem: first };
  try {
    return { value: JSON.parse(text), lines: valueLines };
  } catch (e) {
    const pos = /position (\d+)/.exec(e.message);
    return problem(pos ? new LineIndex(text).line(Number(pos[1])) : 1, `not valid JSON: ${e.message}`);
  }
}
var MAX_DEPTH = 64;
function tooDeep(text) {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92)
        i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return void 0;
}
function problem(line, cause) {
  return { problem: { line, cause } };
}
function syntaxCause(code, text, offset) {
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  const at = text[offset];
  if (text[before] === "," && (at === "}" || at === "]")) return `trailing comma before '${at}': JSON allows none`;
  const name = printParseErrorCode(code).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const found = offset < text.length ? ` at ${JSON.stringify(text.slice(offset, offset + 12))}` : " at the end of the file";
  return `not valid JSON: ${name}${found}; truncated or hand-edited?`;
}

// src/baseline/schema.ts
var BASELINE_SCHEMA = "kleak-gate/baseline@1";
var ENTRY_KEYS = /* @__PURE__ */ new Set(["fingerprint", "title", "frames", "objects", "bytes", "note"]);
var TOP_KEYS = /* @__PURE__ */ new Set(["schema", "fingerprint", "leaks"]);
var REGENERATE = "regenerate it: `baseline update` with --accept-new over a reviewed run (the accept command a failed check prints)";
function parseBaseline(text, path2) {
  if (text.trim() === "") throw new InputError(path2, `empty baseline file: ${REGENERATE}`);
  const json = parseStrictJson(text);
  if ("problem" in json) throw new InputError(path2, json.problem.cause, json.problem.line);
  const { value: data, lines } = json;
  const lineOf = (...path3) => lines.get(keyPath(path3));
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new InputError(path2, "not a kleak-gate baseline (expected a JSON object)", 1);
  const obj = data;
  if (obj.schema !== BASELINE_SCHEMA) {
    throw new InputError(
      path2,
      `schema is ${JSON.stringify(obj.schema ?? null)}, this kleak-gate reads "${BASELINE_SCHEMA}": use the kleak-gate version that wrote it, or ${REGENERATE}`,
      lineOf("schema") ?? 1
    );
  }
  if (obj.fingerprint !== FINGERPRINT_VERSION) {
    throw new InputError(
      path2,
      `fingerprints are ${JSON.stringify(obj.fingerprint ?? null)}, this kleak-gate makes "${FINGERPRINT_VERSION}": they would never match; ${REGENERATE}`,
      lineOf("fingerprint") ?? 1
    );
  }
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new InputError(path2, `unknown key "${k}"`, lineOf(k));
  if (!Array.isArray(obj.leaks)) throw new InputError(path2, '"leaks" must be an array', lineOf("leaks") ?? 1);
  const seen = /* @__PURE__ */ new Map();
  const leaks = obj.leaks.map((raw, i) => {
    const where = `leaks[${i}]`;
    const line = lineOf("leaks", i);
    const fail = (cause, key) => {
      throw new InputError(path2, `${where}: ${cause}`, (key !== void 0 ? lineOf("leaks", i, key) : void 0) ?? line);
    };
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("is not an object");
    const e = raw;
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`unknown key "${k}"`, k);
    if (typeof e.fingerprint !== "string" || !isFingerprint(e.fingerprint)) {
      const other = typeof e.fingerprint === "string" && /^kl\d+:/.test(e.fingerprint) && !e.fingerprint.startsWith(`${FINGERPRINT_VERSION}:`);
      return fail(
        other ? `fingerprint ${e.fingerprint} was made by another fingerprint version; ${REGENERATE}` : `"fingerprint" must look like ${FINGERPRINT_VERSION}:<16 hex digits>`,
        "fingerprint"
      );
    }
    const twice = seen.get(e.fingerprint);
    if (twice !== void 0) fail(`fingerprint ${e.fingerprint} appears twice (also leaks[${twice}])`, "fingerprint");
    seen.set(e.fingerprint, i);
    if (typeof e.title !== "string") fail('"title" must be a string', "title");
    if (!Array.isArray(e.frames) || !e.frames.every((f) => typeof f === "string")) fail('"frames" must be an array of strings', "frames");
    for (const k of ["objects", "bytes"]) {
      if (typeof e[k] !== "number" || !Number.isSafeInteger(e[k]) || e[k] < 0)
        fail(`"${k}" must be a whole number from 0 to ${MAX_EXACT}`, k);
    }
    if (e.note !== void 0 && typeof e.note !== "string") fail('"note" must be a string', "note");
    const entry = {
      fingerprint: e.fingerprint,
      title: e.title,
      frames: e.frames,
      objects: e.objects,
      bytes: e.bytes
    };
    if (e.note !== void 0) entry.note = e.note;
    return entry;
  });
  return { schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks };
}
function serializeBaseline(baseline) {
  const leaks = [...baseline.leaks].sort((a, b) => a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0).map((e) => {
    const out = {
      fingerprint: e.fingerprint,
      title: e.title,
      frames: e.frames,
      objects: e.objects,
      bytes: e.bytes
    };
    if (e.note !== void 0) out.note = e.note;
    return out;
  });
  return showInvisible(JSON.stringify({ schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks }, null, 2)) + "\n";
}
function emptyBaseline() {
  return { schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks: [] };
}

// src/baseline/update.ts
function updateBaseline(previous, result2, acceptNew) {
  const old = new Map((previous ?? emptyBaseline()).leaks.map((e) => [e.fingerprint, e]));
  const fixed2 = new Set(result2.removalBlocked === void 0 ? result2.fixed.map((f) => f.fingerprint) : []);
  const added = [];
  const updated = [];
  const removed = [...old.values()].filter((e) => fixed2.has(e.fingerprint));
  const leaks = [...old.values()].filter((e) => !fixed2.has(e.fingerprint));
  for (const leak of result2.leaks) {
    const prev = old.get(leak.fingerprint);
    if (prev) {
      if (leak.status === "grown" && acceptNew) {
        const i = leaks.indexOf(prev);
        const next = { ...prev, objects: leak.objects, bytes: leak.bytes };
        leaks[i] = next;
        updated.push(next);
      }
      continue;
    }
    if (leak.status === "new" && acceptNew) {
      const entry = {
        fingerprint: leak.fingerprint,
        title: leak.title,
        frames: leak.key,
        objects: leak.objects,
        bytes: leak.bytes
      };
      leaks.push(entry);
      added.push(entry);
    }
  }
  const change = { baseline: { ...emptyBaseline(), leaks }, added, removed, updated };
  if (result2.removalBlocked !== void 0) change.keptBecause = result2.removalBlocked;
  return change;
}
function describeChange(change) {
  const parts = [`added ${change.added.length}`, `removed ${change.removed.length}`];
  if (change.updated.length) parts.push(`updated ${change.updated.length}`);
  return parts.join(", ");
}
function updateNotes(change, result2, acceptNew, acceptHow) {
  const notes = [];
  const plural3 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  if (change.keptBecause !== void 0 && result2.notConfirmed.length > 0) {
    const kept = plural3(result2.notConfirmed.length, "absent entry", "absent entries");
    notes.push(`nothing removed: ${change.keptBecause}; ${kept} kept (not confirmed fixed)`);
  }
  const unidentified = result2.leaks.filter((l) => l.status === "unidentified").length;
  if (unidentified > 0) {
    notes.push(
      `${plural3(unidentified, "unidentified leak", "unidentified leaks")} not accepted: its frames must be named first (the kallsyms snapshot taken before rmmod, or a capture directory)`
    );
  }
  const pending = result2.leaks.filter((l) => l.status === "new" || l.status === "grown").length;
  if (pending > 0 && !acceptNew) notes.push(`${plural3(pending, "new or grown leak", "new or grown leaks")} not accepted: ${acceptHow}`);
  return notes;
}

// src/inputs/paths.ts
import { isAbsolute, resolve } from "node:path";
function inputPath(cwd, path2) {
  return path2 === "-" || isAbsolute(path2) ? path2 : resolve(cwd, path2);
}

// src/inputs/settings.ts
import { existsSync } from "node:fs";

// src/inputs/defaults.ts
var DEFAULT_CONFIG = ".kleak-gate.yml";
var DEFAULT_BASELINE = "baselines/kmemleak.json";

// src/model/status.ts
var FAILS = {
  new: true,
  grown: true,
  known: false,
  waived: false,
  flaky: false,
  "out-of-scope": false,
  // It may be new: what it is cannot be told from what the run named.
  unidentified: true
};
var RANK = { new: 0, grown: 1, unidentified: 2, known: 3, waived: 4, flaky: 5, "out-of-scope": 6 };
function failsGate(status) {
  return FAILS[status];
}
function sortLeaks(leaks) {
  return [...leaks].sort((a, b) => RANK[a.status] - RANK[b.status] || b.objects - a.objects || a.fingerprint.localeCompare(b.fingerprint));
}
function failureReasons(summary) {
  const part = (n, what) => n > 0 ? `${n} ${what}${n === 1 ? "" : "s"}` : "";
  const parts = [
    part(summary.new, "new leak"),
    part(summary.grown, "grown leak"),
    part(summary.unidentified, "unidentified leak"),
    part(summary.unreadable, "unreadable record")
  ].filter(Boolean);
  return parts.join(", ") || "no leak failed";
}

// src/model/hex.ts
function hex(n) {
  return "0x" + n.toString(16);
}
function signedHex(n) {
  return n < 0n ? `-${hex(-n)}` : `+${hex(n)}`;
}

// src/symbolize/format.ts
function formatSymbol(fn2, offset, size, module) {
  let s = fn2;
  if (offset !== void 0) s += "+" + hex(offset) + (size !== void 0 ? "/" + hex(size) : "");
  if (module) s += ` [${module}]`;
  return s;
}
function formatHit(hit) {
  return formatSymbol(hit.function, hit.offset, hit.size, hit.module);
}
function formatFrame(frame) {
  if (frame.function !== void 0) return formatSymbol(frame.function, frame.offset, frame.size, frame.module);
  if (frame.address !== void 0) return hex(frame.address);
  return "?";
}

// src/render/backtrace.ts
var frameSymbol = formatFrame;
function frameSource(frame) {
  if (frame.file === void 0) return void 0;
  return frame.line !== void 0 ? `${frame.file}:${frame.line}` : frame.file;
}
function backtraceLines(frames) {
  const lines = [];
  for (const frame of frames) {
    for (const inl of frame.inlined) {
      const src2 = frameSource(inl);
      lines.push(`${inl.function}${src2 ? ` (${src2})` : ""} [inline]`);
    }
    const src = frameSource(frame);
    const how = frame.resolvedBy === "kallsyms" ? "  (named from kallsyms)" : frame.resolvedBy === "debug-info" ? "  (named from debug info)" : "";
    lines.push(`${frameSymbol(frame)}${src ? ` (${src})` : ""}${how}`);
  }
  return lines;
}
function backtraceText(frames) {
  return backtraceLines(frames).join("\n");
}
function isRepoRelative(file) {
  if (file === "" || file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return false;
  return !file.split(/[\\/]/).some((part) => part === ".." || part === "");
}
function allocationSite(frames, inRepo = isRepoRelative) {
  for (const frame of frames) {
    if (frame.file !== void 0 && frame.line !== void 0 && frame.line > 0 && inRepo(frame.file)) {
      return { file: frame.file, line: frame.line, frame };
    }
  }
  return void 0;
}

// src/render/text.ts
function indented(frames, indent = "    ") {
  return backtraceLines(frames).map((l) => indent + l);
}
function leakBlock(leak, runs, label) {
  const first = leak.records[0];
  const head = `${label ? label + ": " : ""}${leak.title}  (${leak.objects} object${leak.objects === 1 ? "" : "s"}, ${leak.bytes} bytes${runs > 1 ? `, seen ${leak.runs.length}/${runs}` : ""})`;
  const lines = [head, `  fingerprint ${leak.fingerprint}`];
  if ("reason" in leak && leak.reason) lines.push(`  ${leak.reason}`);
  if (first) {
    lines.push(`  unreferenced object ${first.object} (size ${first.size}):`);
    if (first.comm !== void 0) lines.push(`    comm "${first.comm}", pid ${first.pid}, jiffies ${first.jiffies}`);
    lines.push("  backtrace:");
  }
  lines.push(...indented(leak.frames));
  return lines;
}
function describeUnreadable(u) {
  return `${u.file}:${u.line}: ${u.cause}${u.object !== void 0 ? ` (object ${u.object}, size ${u.size})` : ""}`;
}
function unreadableLines(list) {
  return list.map((u) => `UNREADABLE: ${describeUnreadable(u)}`);
}
function renderCheckText(result2, opts = {}) {
  const s = result2.summary;
  const out = [];
  const extra = [
    s.unidentified ? `${s.unidentified} unidentified` : "",
    s.notConfirmed ? `${s.notConfirmed} not confirmed fixed` : "",
    s.unreadable ? `${s.unreadable} unreadable` : ""
  ].filter(Boolean).map((x) => `, ${x}`).join("");
  out.push(
    `kleak-gate: ${result2.verdict.toUpperCase()} \u2014 ${s.new} new, ${s.grown} grown, ${s.known} known, ${s.fixed} fixed, ${s.waived} waived${extra} (${s.objects} objects${result2.runs > 1 ? `, ${result2.runs} runs` : ""})`
  );
  if (result2.unreadable.length) out.push("", ...unreadableLines(result2.unreadable));
  for (const leak of sortLeaks(result2.leaks)) {
    out.push("");
    if (failsGate(leak.status)) out.push(...leakBlock(leak, result2.runs, leak.status.toUpperCase()));
    else
      out.push(
        `${leak.status}: ${leak.title}  (${leak.objects} object${leak.objects === 1 ? "" : "s"}, ${leak.fingerprint})${leak.reason ? ` \u2014 ${leak.reason}` : ""}`
      );
  }
  for (const f of result2.fixed) out.push("", `fixed: ${f.title}  (${f.fingerprint})`);
  for (const f of result2.notConfirmed) out.push("", `not confirmed fixed: ${f.title}  (${f.fingerprint}) \u2014 ${f.reason}`);
  for (const w of result2.warnings) out.push("", `warning: ${w}`);
  if (opts.acceptCommand && result2.leaks.some((l) => l.status === "new" || l.status === "grown")) {
    out.push("", "Fix it, or after review accept it into the baseline (and commit the file):", `  ${opts.acceptCommand}`);
  }
  return out.join("\n") + "\n";
}
function renderLeaksText(leaks, runs, warnings, unreadable = []) {
  const out = [];
  for (const leak of leaks) out.push(...leakBlock(leak, runs), "");
  if (unreadable.length) out.push(...unreadableLines(unreadable), "");
  if (leaks.length === 0 && unreadable.length === 0) out.push("no leaks", "");
  for (const w of warnings) out.push(`warning: ${w}`);
  return out.join("\n").replace(/\n*$/, "\n");
}
var textFormat = {
  name: "text",
  extension: ".txt",
  help: "the verdict, then each new or grown leak with its backtrace, for a person",
  machine: false,
  render: (result2, ctx) => renderCheckText(result2, ctx.acceptCommand ? { acceptCommand: ctx.acceptCommand } : {}),
  renderLeaks: (v) => renderLeaksText(v.leaks, v.runs, v.warnings)
};

// src/render/gitlab.ts
function issue(leak, ctx) {
  const site = allocationSite(leak.frames, ctx.inRepo);
  const grown = leak.baselineObjects !== void 0 ? `, baseline ${leak.baselineObjects}` : "";
  return {
    description: flatten(`${leak.status}: ${leak.title} (${leak.objects} object(s), ${leak.bytes} bytes${grown})`),
    check_name: `kleak-gate/${leak.status}`,
    fingerprint: leak.fingerprint,
    // GitLab's scale is info, minor, major, critical, blocker.
    severity: failsGate(leak.status) ? "critical" : "info",
    location: { path: site?.file ?? ctx.baseline, lines: { begin: site?.line ?? 1 } }
  };
}
function unreadableIssue(u, ctx) {
  return {
    description: flatten(`unreadable record: ${describeUnreadable(u)}`),
    check_name: "kleak-gate/unreadable",
    fingerprint: `unreadable:${u.run}:${u.line}`,
    severity: "critical",
    location: { path: ctx.baseline, lines: { begin: 1 } }
  };
}
function renderGitlab(result2, ctx) {
  const owned = sortLeaks(result2.leaks).filter((l) => l.status !== "out-of-scope");
  const issues = [...owned.map((l) => issue(l, ctx)), ...result2.unreadable.map((u) => unreadableIssue(u, ctx))];
  return `${JSON.stringify(visibleStrings(issues), null, 2)}
`;
}
var gitlabFormat = {
  name: "gitlab",
  extension: ".json",
  help: "GitLab Code Quality JSON (reports:codequality): an issue per leak site, fingerprint = kl1",
  machine: true,
  actionFile: true,
  render: renderGitlab
};

// src/render/json.ts
var RESULT_SCHEMA = "kleak-gate/result@1";
function frameJson(f) {
  const out = {};
  if (f.function !== void 0) out.function = f.function;
  if (f.module !== void 0) out.module = f.module;
  if (f.offset !== void 0) out.offset = f.offset;
  if (f.size !== void 0) out.size = f.size;
  if (f.address !== void 0) out.address = hex(f.address);
  out.resolvedBy = f.resolvedBy;
  if (f.snapshot !== void 0) out.snapshot = f.snapshot;
  if (f.file !== void 0) out.file = f.file;
  if (f.line !== void 0) out.line = f.line;
  out.inlined = f.inlined.map((i) => {
    const o = { function: i.function };
    if (i.file !== void 0) o.file = i.file;
    if (i.line !== void 0) o.line = i.line;
    return o;
  });
  return out;
}
function leakJson(leak, runs) {
  const out = { fingerprint: leak.fingerprint };
  if ("status" in leak) out.status = leak.status;
  out.title = leak.title;
  out.objects = leak.objects;
  out.bytes = leak.bytes;
  out.seen = `${leak.runs.length}/${runs}`;
  if ("reason" in leak && leak.reason) out.reason = leak.reason;
  if ("baselineObjects" in leak && leak.baselineObjects !== void 0) out.baselineObjects = leak.baselineObjects;
  if (leak.unidentified) out.unnamed = leak.unidentified.addresses;
  out.key = leak.key;
  const first = leak.records[0];
  if (first) {
    const rec = { report: first.source.file, line: first.source.line, object: first.object, size: first.size };
    if (first.comm !== void 0) rec.comm = first.comm;
    if (first.pid !== void 0) rec.pid = first.pid;
    if (first.jiffies !== void 0) rec.jiffies = first.jiffies.toString();
    out.firstRecord = rec;
  }
  out.frames = leak.frames.map(frameJson);
  return out;
}
function resultJson(result2, target) {
  return {
    schema: RESULT_SCHEMA,
    ...target !== void 0 ? { target } : {},
    verdict: result2.verdict,
    summary: result2.summary,
    runs: result2.runs,
    leaks: result2.leaks.map((l) => leakJson(l, result2.runs)),
    fixed: result2.fixed.map((f) => ({ fingerprint: f.fingerprint, title: f.title, key: f.key, objects: f.objects, bytes: f.bytes })),
    notConfirmed: result2.notConfirmed.map((f) => ({
      fingerprint: f.fingerprint,
      title: f.title,
      key: f.key,
      objects: f.objects,
      bytes: f.bytes,
      reason: f.reason
    })),
    unreadable: result2.unreadable.map(unreadableJson),
    ...result2.removalBlocked !== void 0 ? { removalBlocked: result2.removalBlocked } : {},
    warnings: result2.warnings
  };
}
function unreadableJson(u) {
  const out = { file: u.file, line: u.line, cause: u.cause };
  if (u.object !== void 0) out.object = u.object;
  if (u.size !== void 0) out.size = u.size;
  return out;
}
function renderResultJson(result2, target) {
  return JSON.stringify(resultJson(result2, target), null, 2) + "\n";
}
function renderLeaksJson(leaks, runs, warnings, unreadable = []) {
  const json = {
    schema: "kleak-gate/symbolize@1",
    runs,
    leaks: leaks.map((l) => leakJson(l, runs)),
    unreadable: unreadable.map(unreadableJson),
    warnings
  };
  return JSON.stringify(json, null, 2) + "\n";
}
var jsonFormat = {
  name: "json",
  extension: ".json",
  help: "the result as kleak-gate/result@1 (symbolize: kleak-gate/symbolize@1)",
  machine: true,
  render: (result2, ctx) => renderResultJson(result2, ctx.target),
  renderLeaks: (v) => renderLeaksJson(v.leaks, v.runs, v.warnings)
};

// src/render/junit.ts
var attr = (text) => escapeHtml(flatten(String(text)));
function testCase(leak, ctx, suite) {
  const site = allocationSite(leak.frames, ctx.inRepo);
  const where = site ? ` file="${attr(site.file)}" line="${site.line}"` : "";
  const head = `    <testcase classname="${attr(suite)}" name="${attr(`${leak.title} ${leak.fingerprint}`)}"${where}`;
  const facts = `${leak.status}: ${leak.objects} object(s), ${leak.bytes} bytes, fingerprint ${leak.fingerprint}${leak.reason ? ` (${leak.reason})` : ""}`;
  if (failsGate(leak.status)) {
    const body = escapeHtml(`${facts}
${backtraceText(leak.frames)}`);
    return `${head}>
      <failure type="${attr(leak.status)}" message="${attr(facts)}">${body}</failure>
    </testcase>`;
  }
  if (leak.status !== "known") return `${head}>
      <skipped message="${attr(facts)}"/>
    </testcase>`;
  return `${head}/>`;
}
function unreadableCase(u, suite) {
  const what = describeUnreadable(u);
  return `    <testcase classname="${attr(suite)}" name="${attr(`unreadable record ${u.file}:${u.line}`)}">
      <failure type="unreadable" message="${attr(what)}">${escapeHtml(what)}</failure>
    </testcase>`;
}
function renderJunit(result2, ctx) {
  const leaks = sortLeaks(result2.leaks);
  const suite = ctx.target ? `kmemleak.${ctx.target}` : "kmemleak";
  const failures = leaks.filter((l) => failsGate(l.status)).length + result2.unreadable.length;
  const skipped2 = leaks.filter((l) => !failsGate(l.status) && l.status !== "known").length;
  const counts = `tests="${leaks.length + result2.unreadable.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kleak-gate" ${counts}>`,
    `  <testsuite name="${attr(suite)}" ${counts} skipped="${skipped2}">`,
    ...leaks.map((l) => testCase(l, ctx, suite)),
    ...result2.unreadable.map((u) => unreadableCase(u, suite)),
    ...result2.warnings.length ? [`    <system-err>${escapeHtml(result2.warnings.join("\n"))}</system-err>`] : [],
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
var junitFormat = {
  name: "junit",
  extension: ".xml",
  help: "JUnit XML (Jenkins, GitLab reports:junit, LAVA/LKFT): a test case per leak site",
  machine: true,
  actionFile: true,
  render: renderJunit
};

// src/render/ktap.ts
var diag = (text) => `# ${flatten(text)}`.trimEnd();
function testLines(leak, n) {
  const name = flatten(`${leak.title} ${leak.fingerprint}`).replace(/#/g, "_");
  const lines = [
    diag(`${leak.status}: ${leak.title} (${leak.objects} object(s), ${leak.bytes} bytes)${leak.reason ? ` \u2014 ${leak.reason}` : ""}`),
    diag(`fingerprint ${leak.fingerprint}`),
    ...backtraceLines(leak.frames).map((l) => diag(`  ${l}`))
  ];
  if (failsGate(leak.status)) return [...lines, `not ok ${n} ${name}`];
  if (leak.status === "known") return [...lines, `ok ${n} ${name}`];
  return [...lines, `ok ${n} ${name} # SKIP ${flatten(leak.reason ?? leak.status).replace(/#/g, "_")}`];
}
function renderKtap(result2) {
  const leaks = sortLeaks(result2.leaks);
  const summary = renderCheckText({ ...result2, leaks: [], fixed: [], warnings: [] }).trim();
  const out = ["KTAP version 1", diag(summary), `1..${leaks.length + result2.unreadable.length}`];
  leaks.forEach((leak, i) => out.push(...testLines(leak, i + 1)));
  result2.unreadable.forEach(
    (u, i) => out.push(
      diag(`unreadable: ${describeUnreadable(u)}`),
      `not ok ${leaks.length + i + 1} ${flatten(`unreadable record ${u.file}:${u.line}`).replace(/#/g, "_")}`
    )
  );
  for (const f of result2.fixed) out.push(diag(`fixed: ${f.title} (${f.fingerprint})`));
  for (const w of result2.warnings) out.push(diag(`warning: ${w}`));
  return `${out.join("\n")}
`;
}
var ktapFormat = {
  name: "ktap",
  extension: ".ktap",
  help: "KTAP version 1 as kselftest/KUnit print it: a test per leak site",
  machine: true,
  actionFile: true,
  render: renderKtap
};

// src/render/markdown-leaks.ts
var LABEL = {
  new: "\u{1F195} new",
  grown: "\u{1F4C8} grown",
  known: "known",
  waived: "waived",
  flaky: "flaky",
  "out-of-scope": "out of scope",
  unidentified: "\u2753 unidentified"
};
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function narrowBacktrace(frames) {
  const lines = [];
  const at = (src) => src ? [`    at ${src}`] : [];
  for (const frame of frames) {
    for (const inl of frame.inlined) lines.push(`${inl.function} [inline]`, ...at(frameSource(inl)));
    const how = frame.resolvedBy === "kallsyms" ? "  (named from kallsyms)" : frame.resolvedBy === "debug-info" ? "  (named from debug info)" : "";
    lines.push(`${frameSymbol(frame)}${how}`, ...at(frameSource(frame)));
  }
  return lines.join("\n");
}
function leakSection(leak, link) {
  const site = allocationSite(leak.frames);
  const where = site ? frameSource(site) : void 0;
  const url = site && link ? link(site.file, site.line) : void 0;
  const place2 = where ? `, allocated at ${url ? `[${codeSpan(where)}](${url})` : codeSpan(where)}` : "; no source line (give the debug info of the build that ran)";
  const was = leak.baselineObjects !== void 0 ? ` (the baseline accepts ${leak.baselineObjects})` : "";
  const comm = leak.records[0]?.comm;
  const summary = [`fingerprint ${htmlCode(leak.fingerprint)}`, comm !== void 0 ? `comm ${htmlCode(comm)}` : ""].filter(Boolean);
  return [
    `### ${LABEL[leak.status]}: ${codeSpan(leak.title)}`,
    "",
    `${plural(leak.objects, "object")}${was}, ${leak.bytes} bytes${place2}`,
    "",
    `<details><summary>Backtrace \xB7 ${summary.join(" \xB7 ")}</summary>`,
    "",
    codeBlock(narrowBacktrace(leak.frames)),
    "</details>"
  ].join("\n");
}
function otherLeaksTable(leaks) {
  const counts = /* @__PURE__ */ new Map();
  for (const l of leaks) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const what = [...counts].map(([status, n]) => `${n} ${LABEL[status]}`).join(", ");
  return {
    open: [
      `<details><summary>${escapeHtml(what)} (${leaks.length === 1 ? "it does" : "they do"} not fail the check)</summary>`,
      "",
      "| status | leak | objects | fingerprint |",
      "|---|---|---:|---|"
    ].join("\n"),
    rows: leaks.map((l) => `| ${LABEL[l.status]} | ${codeSpan(l.title, true)} | ${l.objects} | ${codeSpan(l.fingerprint, true)} |`),
    close: "\n</details>"
  };
}

// src/render/shell-words.ts
function shQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
var PLAIN = /^[A-Za-z0-9_@%+=:,./#-]+$/;
function shellLine(argv) {
  return argv.map((w) => PLAIN.test(w) && !w.startsWith("#") ? w : shQuote(w)).join(" ");
}
function wrapShellLine(line) {
  const words = [];
  let word = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) quoted = c !== "'";
    else if (c === "'") quoted = true;
    else if (c === "\\") {
      word += c + (line[++i] ?? "");
      continue;
    } else if (c === " ") {
      if (word) words.push(word);
      word = "";
      continue;
    }
    word += c;
  }
  if (word) words.push(word);
  const lines = [];
  for (const w of words) {
    if (w.startsWith("--") || lines.length === 0) lines.push([w]);
    else lines[lines.length - 1].push(w);
  }
  return lines.map((l) => l.join(" ")).join(" \\\n  ");
}

// src/render/markdown.ts
var COMMENT_MAX = 65536;
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function headline(result2, opts) {
  const s = result2.summary;
  const who = opts.target ? ` on ${codeSpan(opts.target)}` : "";
  if (result2.verdict === "fail") {
    const parts = [
      s.new ? plural2(s.new, "new leak") : "",
      s.grown ? plural2(s.grown, "grown leak") : "",
      s.unidentified ? plural2(s.unidentified, "unidentified leak") : "",
      s.unreadable ? plural2(s.unreadable, "unreadable record") : ""
    ].filter(Boolean);
    return `## \u274C kleak-gate${who}: ${parts.join(", ") || "failed"}`;
  }
  if (opts.cleanNow) return `## \u2705 kleak-gate${who}: clean now \u2014 no new or grown leaks`;
  return `## \u2705 kleak-gate${who}: no new or grown leaks`;
}
function summaryLine(result2) {
  const s = result2.summary;
  const bold = (n, word) => n > 0 ? `**${n} ${word}**` : `${n} ${word}`;
  return [
    bold(s.new, "new"),
    bold(s.grown, "grown"),
    ...s.unreadable ? [bold(s.unreadable, "unreadable")] : [],
    `${s.fixed} fixed`,
    `${s.known} known`,
    `${s.waived} waived`,
    `${plural2(s.objects, "object")} in ${plural2(result2.runs, "run")}`
  ].join(" \xB7 ");
}
function acceptHint(opts) {
  const intro = "Fix the leak if you can. If it is expected, or not this change\u2019s to fix, accept it and commit the updated baseline";
  const body = opts.acceptCommand ? [
    `${intro} with this pull request, so that the reviewers see the decision. The command takes this run\u2019s files`,
    "(paths relative to the workspace: download the job\u2019s artifacts into a checkout first):",
    "",
    codeBlock(wrapShellLine(opts.acceptCommand), "sh")
  ] : [`${intro} (\`baseline update \u2026 --accept-new\` over this run\u2019s inputs) with this pull request.`];
  return [
    "<details><summary>How to accept a leak into the baseline</summary>",
    "",
    ...body,
    "",
    "A false positive (e.g. RCU-deferred free) is better waived with a reason in `.kleak-gate.yml` (`waivers:`).",
    "</details>"
  ].join("\n");
}
var Budget = class {
  constructor(max) {
    this.max = max;
  }
  max;
  parts = [];
  used = 0;
  omitted = 0;
  add(text) {
    if (this.omitted === 0 && this.used + text.length + 2 <= this.max) {
      this.parts.push(text);
      this.used += text.length + 2;
      return true;
    }
    this.omitted++;
    return false;
  }
  /** A block of rows (a table): as many rows as fit, its end always with it. */
  addRows(open3, rows, close) {
    const fixed2 = open3.length + close.length + 2;
    if (this.omitted > 0 || this.used + fixed2 + (rows[0]?.length ?? 0) + 1 > this.max) {
      this.omitted += 1;
      return;
    }
    let text = open3;
    let shown = 0;
    for (const row of rows) {
      if (this.used + fixed2 + text.length - open3.length + row.length + 1 > this.max) break;
      text += `
${row}`;
      shown++;
    }
    this.parts.push(text + close);
    this.used += text.length + close.length + 2;
    if (shown < rows.length) this.omitted += rows.length - shown;
  }
  text() {
    return this.parts.join("\n\n");
  }
};
function renderMarkdown(result2, opts) {
  const max = opts.maxLength ?? COMMENT_MAX;
  const note = (n) => `> [!NOTE]
> Truncated to fit GitHub's size limit: ${plural2(n, "part")} not shown. The full result is in the job summary and the \`result-json\` output${opts.runUrl ? ` ([workflow run](${opts.runUrl}))` : ""}.`;
  const head = [opts.marker, headline(result2, opts), summaryLine(result2)].filter((p) => !!p);
  const budget = new Budget(max - head.join("\n\n").length - note(99999).length - 4);
  const leaks = sortLeaks(result2.leaks);
  const actionable = leaks.filter((l) => failsGate(l.status));
  const others = leaks.filter((l) => !failsGate(l.status));
  for (const leak of actionable) budget.add(leakSection(leak, opts.sourceLink));
  if (result2.unreadable.length > 0) {
    budget.add("### Unreadable records (cut or garbled: never matched to the baseline, the gate fails)");
    for (const u of result2.unreadable) budget.add(`- ${codeSpan(describeUnreadable(u))}`);
  }
  if (others.length > 0) {
    const table = otherLeaksTable(others);
    budget.addRows(table.open, table.rows, table.close);
  }
  if (result2.fixed.length > 0) {
    budget.add("### Fixed: in the baseline, not seen in this run (update the baseline to drop them)");
    for (const f of result2.fixed) budget.add(`- ${codeSpan(f.title)} ${codeSpan(f.fingerprint)}`);
  }
  if (result2.notConfirmed.length > 0) {
    budget.add("### Not confirmed fixed (in the baseline, not seen in this run, but this run cannot prove them fixed: they stay)");
    for (const f of result2.notConfirmed) budget.add(`- ${codeSpan(f.title)} ${codeSpan(f.fingerprint)}: ${codeSpan(f.reason)}`);
  }
  if (result2.warnings.length > 0) {
    budget.add("### Warnings");
    for (const w of result2.warnings) budget.add(`- ${codeSpan(w)}`);
  }
  if (actionable.some((l) => l.status !== "unidentified")) budget.add(acceptHint(opts));
  if (opts.runUrl) budget.add(`<sub>[workflow run](${opts.runUrl})</sub>`);
  const out = [...head, budget.text()].filter(Boolean).join("\n\n");
  return budget.omitted > 0 ? `${out}

${note(budget.omitted)}
` : `${out}
`;
}
var markdownFormat = {
  name: "markdown",
  extension: ".md",
  help: "what the PR comment and the job summary show",
  machine: true,
  render: (result2, ctx) => renderMarkdown(result2, {
    ...ctx.target ? { target: ctx.target } : {},
    ...ctx.acceptCommand ? { acceptCommand: ctx.acceptCommand } : {}
  })
};

// src/render/sarif-rules.ts
var ABOUT = "kmemleak (CONFIG_DEBUG_KMEMLEAK) reports kernel objects that were allocated and are no longer referenced from anywhere: memory the kernel can never free. kleak-gate names the frames of the allocation backtrace (from a kallsyms snapshot when the module was already removed), resolves them to source lines with the debug info of the build that ran, and identifies the leak by its allocation site (the fingerprint, kl1:\u2026) so that it is the same alert on every boot.";
var ACCEPT_TEXT = "If the leak is expected, or not this change\u2019s to fix, accept it into the baseline: run `kleak-gate baseline update REPORT... --baseline baselines/<target>.json --accept-new` on the same capture and commit the baseline with the change, so reviewers see the decision. A false positive (for example an RCU-deferred free) is waived instead, with a reason, in .kleak-gate.yml (waivers:).";
var ACCEPT_MD = [
  "If the leak is expected, or not this change\u2019s to fix, accept it into the baseline on the same capture and commit the",
  "baseline with the change, so reviewers see the decision:",
  "",
  "```sh",
  "npx kleak-gate baseline update REPORT... --baseline baselines/<target>.json --accept-new",
  "```",
  "",
  "A false positive (for example an RCU-deferred free) is waived instead, with a reason, in `.kleak-gate.yml` (`waivers:`)."
].join("\n");
var NAME_IT = "Give the /proc/kallsyms copy taken as root before rmmod (kallsyms input), or better a capture directory written by kleak-gate-capture.sh on the board (capture input): its snapshots are stamped with the time of each load, so frames of a module loaded more than once are named from the right one.";
var READ_IT = "Capture the report again in full: read /sys/kernel/debug/kmemleak into a file on the board (a capture directory records how many objects it held), rather than copying it from a serial console where other output interleaves.";
var FIX = "Follow the backtrace from the allocation outwards: the first frame in this repository is where the object was allocated. Find the path on which it is not freed (an error path, a remove/rmmod path, a reference that is dropped).";
var SARIF_RULES = [
  {
    id: "kmemleak/new",
    name: "NewKmemleakLeak",
    level: "error",
    short: "A memory leak that the baseline does not contain.",
    full: "kmemleak found an unreferenced object allocated at this site on the board, and the committed kleak-gate baseline does not accept a leak from this allocation site: the change under test leaks memory, or exposes a leak.",
    helpText: `${ABOUT}

A new leak fails the check.

How to fix: ${FIX}

How to accept: ${ACCEPT_TEXT}`,
    helpMarkdown: [
      "# New kmemleak leak",
      "",
      ABOUT,
      "",
      "A **new** leak fails the check.",
      "",
      "## How to fix",
      "",
      FIX,
      "",
      "## How to accept",
      "",
      ACCEPT_MD
    ].join("\n")
  },
  {
    id: "kmemleak/grown",
    name: "GrownKmemleakLeak",
    level: "error",
    short: "A known memory leak that now leaks more objects than the baseline accepts.",
    full: "The baseline accepts a leak from this allocation site, but this run leaked more objects there than the baseline allows (more than the grown factor of .kleak-gate.yml times the accepted count): the leak got worse.",
    helpText: `${ABOUT}

A grown leak fails the check.

How to fix: ${FIX}

How to accept the new count: ${ACCEPT_TEXT}`,
    helpMarkdown: [
      "# Grown kmemleak leak",
      "",
      ABOUT,
      "",
      "A **grown** leak fails the check: the site was known, the number of leaked objects went up.",
      "",
      "## How to fix",
      "",
      FIX,
      "",
      "## How to accept the new count",
      "",
      ACCEPT_MD
    ].join("\n")
  },
  {
    id: "kmemleak/known",
    name: "KnownKmemleakLeak",
    level: "note",
    short: "A memory leak accepted in the baseline.",
    full: "kmemleak found unreferenced objects allocated at this site, and the committed baseline accepts this leak: it does not fail the check, and it is listed so the debt stays visible.",
    helpText: `${ABOUT}

A known leak does not fail the check. When it is fixed, the next run reports it fixed and the baseline entry can be removed (kleak-gate baseline update, or the baseline pull request).

How to fix: ${FIX}`,
    helpMarkdown: [
      "# Known kmemleak leak",
      "",
      ABOUT,
      "",
      "A **known** leak does not fail the check. When it is fixed, the next run reports it *fixed* and the baseline entry can",
      "be removed (`kleak-gate baseline update`, or the baseline pull request).",
      "",
      "## How to fix",
      "",
      FIX
    ].join("\n")
  },
  {
    id: "kmemleak/unidentified",
    name: "UnidentifiedKmemleakLeak",
    level: "error",
    short: "A memory leak whose allocation site could not be named: it may be new.",
    full: "kmemleak found an unreferenced object, but frames that identify where it was allocated are bare addresses that kleak-gate could not name (a removed module with no kallsyms snapshot of it, or snapshots that disagree). Its fingerprint is not its allocation site, so it is never matched with the baseline: it fails the check, and while it is there no baseline entry is reported fixed or removed.",
    helpText: `${ABOUT}

An unidentified leak fails the check and cannot be accepted into the baseline.

How to fix: name its frames. ${NAME_IT}`,
    helpMarkdown: [
      "# Unidentified kmemleak leak",
      "",
      ABOUT,
      "",
      "An **unidentified** leak fails the check and cannot be accepted into the baseline.",
      "",
      "## How to fix",
      "",
      NAME_IT
    ].join("\n")
  },
  {
    id: "kmemleak/unreadable",
    name: "UnreadableKmemleakRecord",
    level: "error",
    short: "A kmemleak record that could not be read in full (cut, garbled, interrupted).",
    full: "A record of the kmemleak report could not be read in full: cut at the end of the file, cut mid-line, a line of unknown form or a console line inside its backtrace. It has no fingerprint: it is never matched with the baseline, it fails the check, and while it is there no baseline entry is reported fixed or removed.",
    helpText: `An unreadable record fails the check (it is only judged at all with allow-unreadable). How to fix: ${READ_IT}`,
    helpMarkdown: ["# Unreadable kmemleak record", "", "An **unreadable** record fails the check.", "", "## How to fix", "", READ_IT].join(
      "\n"
    )
  }
];

// src/render/sarif.ts
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var BUILD_SRCROOT = "BUILD_SRCROOT";
var RULE_OF = { new: 0, grown: 1, known: 2, unidentified: 3 };
var UNREADABLE_RULE = 4;
var BASELINE_STATE = { new: "new", grown: "updated", known: "unchanged" };
function artifact(file, inRepo) {
  if (inRepo(file)) return { uri: encodeURI(file), uriBaseId: SRCROOT };
  if (file.startsWith("/")) return { uri: `file://${encodeURI(file)}` };
  return { uri: encodeURI(file.replace(/\\/g, "/")), uriBaseId: BUILD_SRCROOT };
}
function physical(file, line, inRepo) {
  return {
    physicalLocation: {
      artifactLocation: artifact(file, inRepo),
      ...line !== void 0 && line > 0 ? { region: { startLine: line } } : {}
    }
  };
}
function step(name, fullName, src, inRepo) {
  const where = frameSource(src);
  const logical = { name: flatten(name), kind: "function" };
  if (fullName !== void 0) logical.fullyQualifiedName = flatten(fullName);
  return {
    ...src.file !== void 0 && src.file !== "" ? physical(src.file, src.line, inRepo) : {},
    logicalLocations: [logical],
    message: { text: flatten(`${name}${where ? ` ${where}` : ""}`) }
  };
}
function flowSteps(frames, site, inRepo) {
  const steps = [];
  for (const frame of frames) {
    for (const inl of frame.inlined) steps.push({ location: step(`${inl.function} [inline]`, inl.function, inl, inRepo) });
    steps.push({
      location: step(frameSymbol(frame), frame.function, frame, inRepo),
      ...frame === site ? { importance: "essential" } : {}
    });
  }
  return steps;
}
function result(leak, ruleIndex, opts, inRepo) {
  const site = allocationSite(leak.frames, inRepo);
  const rule = SARIF_RULES[ruleIndex];
  const where = site ? physical(site.file, site.line, inRepo) : physical(opts.baseline, 1, inRepo);
  return {
    ruleId: rule.id,
    ruleIndex,
    level: rule.level,
    message: {
      // Code scanning shows the first sentence as the alert's title.
      text: `${flatten(leak.title)}: ${leak.objects} object(s), ${leak.bytes} bytes.
${backtraceText(leak.frames)}`
    },
    locations: [where],
    partialFingerprints: { primaryLocationLineHash: leak.fingerprint },
    codeFlows: [{ threadFlows: [{ locations: flowSteps(leak.frames, site?.frame, inRepo) }] }],
    baselineState: BASELINE_STATE[leak.status],
    properties: {
      status: leak.status,
      objects: leak.objects,
      bytes: leak.bytes,
      fingerprint: leak.fingerprint,
      ...leak.baselineObjects !== void 0 ? { baselineObjects: leak.baselineObjects } : {}
    }
  };
}
function unreadableResult(u, opts, inRepo) {
  const rule = SARIF_RULES[UNREADABLE_RULE];
  return {
    ruleId: rule.id,
    ruleIndex: UNREADABLE_RULE,
    level: rule.level,
    message: { text: flatten(`Unreadable kmemleak record: ${describeUnreadable(u)}.`) },
    locations: [inRepo(u.file) ? physical(u.file, u.line, inRepo) : physical(opts.baseline, 1, inRepo)],
    properties: { status: "unreadable", cause: flatten(u.cause) }
  };
}
function renderSarif(check, opts) {
  const inRepo = opts.inRepo ?? isRepoRelative;
  const results = [];
  for (const leak of check.leaks) {
    const ruleIndex = RULE_OF[leak.status];
    if (ruleIndex !== void 0) results.push(result(leak, ruleIndex, opts, inRepo));
  }
  for (const u of check.unreadable) results.push(unreadableResult(u, opts, inRepo));
  const version = opts.toolVersion ?? TOOL_VERSION;
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kleak-gate",
            version,
            semanticVersion: version,
            rules: SARIF_RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              help: { text: r.helpText, markdown: r.helpMarkdown },
              defaultConfiguration: { level: r.level },
              properties: {
                tags: ["kmemleak", "memory-leak", "linux-kernel"],
                precision: "high",
                "problem.severity": r.level === "note" ? "recommendation" : "error"
              }
            }))
          }
        },
        ...opts.target ? { automationDetails: { id: `kleak-gate/${opts.target}/` } } : {},
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: "The repository checkout: resolved source files of this repository." } },
          [BUILD_SRCROOT]: { description: { text: "The source tree of the build that ran on the board, outside this repository." } }
        },
        results,
        properties: { verdict: check.verdict, summary: check.summary }
      }
    ]
  };
}
var sarifFormat = {
  name: "sarif",
  extension: ".sarif",
  help: "SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif)",
  machine: true,
  actionFile: true,
  render: (result2, ctx) => `${JSON.stringify(
    visibleStrings(
      renderSarif(result2, {
        baseline: ctx.baseline,
        ...ctx.inRepo ? { inRepo: ctx.inRepo } : {},
        ...ctx.target ? { target: ctx.target } : {}
      })
    ),
    null,
    2
  )}
`
};

// src/render/index.ts
var FORMATS = [
  textFormat,
  jsonFormat,
  markdownFormat,
  sarifFormat,
  junitFormat,
  gitlabFormat,
  ktapFormat
].map(visible);
function visible(f) {
  const { render, renderLeaks } = f;
  const out = { ...f, render: (result2, ctx) => showInvisible(render(result2, ctx)) };
  if (renderLeaks) out.renderLeaks = (view) => showInvisible(renderLeaks(view));
  return out;
}
var FORMAT_NAMES = FORMATS.map((f) => f.name);

// src/inputs/table.ts
var TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function targetProblem(t) {
  if (TARGET.test(t) && !t.includes("..")) return void 0;
  return "expected letters, digits, '.', '_' and '-' (it names baselines/<target>.json and the PR comment), e.g. 'rpi4-usb'";
}
function symbolizerProblem(v) {
  if (["auto", "addr2line", "llvm-symbolizer"].includes(v)) return void 0;
  if (/^[^\0\r\n]*?(?:^|\/)(?:[\w.+-]+-)?addr2line$|^[^\0\r\n]*?(?:^|\/)llvm-symbolizer(?:-\d+)?$/.test(v)) return void 0;
  return "expected auto, addr2line, llvm-symbolizer, or such a command (aarch64-linux-gnu-addr2line, llvm-symbolizer-18, /opt/cross/bin/arm-linux-gnueabihf-addr2line)";
}
var AUTHOR = /^([^<>\r\n]*[^<>\s])\s*<([^<>\s@]+@[^<>\s@]+)>$/;
function authorProblem(v) {
  return AUTHOR.test(v) ? void 0 : "expected 'Name <email>', e.g. 'Board Bot <board-bot@example.com>'";
}
var COMMENT_ON_CHANGE = ["update", "new"];
var MODES = ["check", "update-baseline", "baseline-pr", "publish"];
var ANALYSIS = ["symbolize", "check", "baseline-update", "diff"];
var ONE_READ = ["symbolize", "check", "baseline-update"];
var GATE = ["check", "baseline-update"];
var INPUTS = [
  {
    name: "report",
    kind: "paths",
    metavar: "REPORT",
    help: "kmemleak report files (debugfs file, dmesg with kmemleak.verbose=1, serial console or LAVA log, mail quote).",
    details: "Several files are several runs of the same target. Either report or capture is required.",
    cli: ONE_READ,
    positional: true,
    action: true,
    hook: true
  },
  {
    name: "capture",
    kind: "paths",
    metavar: "DIR",
    help: "capture directories written by `kleak-gate capture` on the board (report with its own kallsyms snapshots).",
    details: "The report and its snapshots travel together, so they cannot be paired wrongly. In the hook, a last segment with * picks the newest match.",
    cli: ONE_READ,
    action: true,
    hook: true
  },
  {
    name: "kallsyms",
    kind: "paths",
    metavar: "FILE",
    help: "/proc/kallsyms copies taken before rmmod (as root), or System.map files: they name the frames of removed modules.",
    cli: ONE_READ,
    action: true,
    hook: true
  },
  {
    name: "old-kallsyms",
    kind: "paths",
    metavar: "FILE",
    help: "diff: /proc/kallsyms copies (or System.map) of the OLD read, when OLD is a report rather than a capture directory.",
    cli: ["diff"]
  },
  {
    name: "new-kallsyms",
    kind: "paths",
    metavar: "FILE",
    help: "diff: the same for the NEW read.",
    cli: ["diff"]
  },
  {
    name: "debug-info",
    kind: "paths",
    metavar: "PATH",
    help: "vmlinux and *.ko(.xz|.zst|.gz) with debug info (the very build that ran), or directories searched for them.",
    details: "With them, frames get file:line and annotations land on source lines. A binary that does not match the run gives a warning and no line, never a wrong line.",
    cli: ANALYSIS,
    action: true,
    hook: true
  },
  {
    name: "module-sections",
    kind: "paths",
    metavar: "[MODULE=]FILE",
    help: '/sys/module/MODULE/sections dumps ("name 0xaddress" per line), to name module init code.',
    cli: ANALYSIS,
    action: true,
    hook: true
  },
  {
    name: "source-root",
    kind: "path",
    metavar: "DIR",
    help: "the DWARF build directory prefix to strip from source paths (default: found by looking for the files in the repository).",
    cli: ANALYSIS,
    action: true,
    hook: true
  },
  {
    name: "symbolizer",
    kind: "text",
    metavar: "auto|addr2line|llvm-symbolizer|COMMAND",
    check: symbolizerProblem,
    default: "auto",
    help: "who turns addresses into source lines: auto picks per binary by its ELF machine ($CROSS_COMPILE addr2line, <triple>-addr2line, addr2line, llvm-symbolizer); addr2line or llvm-symbolizer: only binutils or only LLVM; or a command.",
    details: "A binary goes only to a tool that reads its machine (a binutils addr2line lists its targets in --help); with none, a warning names the Debian package to install.",
    cli: ANALYSIS,
    action: true,
    hook: true
  },
  {
    name: "baseline",
    kind: "path",
    metavar: "FILE",
    defaultText: "baselines/<target>.json when target is set, else baselines/kmemleak.json",
    help: "the committed baseline of accepted leaks (kleak-gate/baseline@1).",
    details: "A missing baseline is an input error that says how to create one.",
    cli: GATE,
    action: true,
    hook: true
  },
  {
    name: "config",
    kind: "path",
    metavar: "FILE",
    defaultText: ".kleak-gate.yml when it exists",
    help: "the repository config (scope, waivers, grown factor, runs, hook).",
    cli: GATE,
    action: true
  },
  {
    name: "target",
    kind: "text",
    metavar: "NAME",
    check: targetProblem,
    help: "the board or matrix leg (letters, digits, '.', '_', '-'): picks baselines/<target>.json and keys the PR comment.",
    cli: GATE,
    action: true,
    hook: true
  },
  {
    name: "min-seen",
    kind: "count",
    metavar: "N",
    defaultText: "the config's runs.min-seen, else 1",
    help: "a leak seen in fewer of the given runs is flaky: reported, never failing.",
    cli: GATE,
    action: true
  },
  {
    name: "allow-unreadable",
    kind: "boolean",
    default: false,
    help: "judge the readable records of a report that also holds records that cannot be read (cut, garbled): they are listed and the gate fails.",
    details: "Without it such a report is an input error (exit 2), naming the first unreadable record and how many there are.",
    cli: GATE,
    action: true,
    hook: true
  },
  {
    name: "mode",
    kind: "choice",
    choices: MODES,
    default: "check",
    help: "what the step does.",
    details: "check: gate this run against the baseline. baseline-pr: open or update a pull request that brings the baseline to what this run shows (on the default branch only). update-baseline: write the baseline file in the workspace from this run (fixed leaks removed, notes kept, new ones only with accept-new) for a later step to commit or upload. publish: post the comment, annotations, job summary and file outputs of a result made elsewhere (the result input), and fail as its verdict says.",
    action: true
  },
  {
    name: "result",
    kind: "path",
    help: "mode publish: a result JSON made elsewhere (`kleak-gate check --target T --format json`), e.g. on a board runner or in a fork's workflow.",
    details: "Refused unless its schema is kleak-gate/result@1, its target is this step's target, and its verdict agrees with its leaks. On workflow_run, the pull request comes from the event, never from this file.",
    action: true
  },
  {
    name: "accept-new",
    kind: "boolean",
    default: false,
    help: "baseline update (Action: mode update-baseline): also accept new and grown leaks into the baseline.",
    cli: ["baseline-update"],
    action: true
  },
  {
    name: "comment",
    kind: "boolean",
    default: true,
    help: "post or update one sticky comment per target on the pull request.",
    action: true
  },
  {
    name: "comment-on-change",
    kind: "choice",
    choices: COMMENT_ON_CHANGE,
    default: "update",
    help: "update: edit the sticky comment in place; new: post a fresh comment when what to act on changed.",
    details: "new: when the verdict or the set of new and grown leaks differs from the previous comment's, post a fresh comment (the PR's subscribers are notified) and hide the previous one as outdated; otherwise edit in place.",
    action: true
  },
  {
    name: "annotations",
    kind: "boolean",
    default: true,
    help: "annotate new and grown leaks on their source lines and fixed ones on the baseline.",
    action: true
  },
  // One file input per format the Action can write (the registry's `actionFile`).
  ...FORMATS.filter((f) => f.actionFile).map((f) => ({
    name: f.name,
    kind: "path",
    help: `a path to write ${f.help} to (relative to the workspace, or absolute); the output of the same name is this path.`,
    action: true
  })),
  {
    name: "github-token",
    kind: "text",
    actionDefault: "${{ github.token }}",
    help: "the token for the GitHub API (the PR comment needs pull-requests: write).",
    details: "On pull requests from forks it is read-only: the comment is skipped with a warning and the verdict is unchanged. Masked in the log.",
    action: true
  },
  {
    name: "push-token",
    kind: "text",
    help: "mode baseline-pr: the token that writes the baseline branch (default: github-token), e.g. a PAT or GitHub App token.",
    details: "Pushes and pull requests made with GITHUB_TOKEN start no workflow: with a PAT or App token here, each update of the proposal runs the checks. Masked in the log.",
    action: true
  },
  {
    name: "sign-commits",
    kind: "boolean",
    default: false,
    help: "mode baseline-pr: make the commit through GitHub's Git Data API instead of git push, so that GitHub signs it (Verified).",
    details: "The commit is then the token's own (github-actions[bot], or the App's bot): author and signoff cannot be set with it.",
    action: true
  },
  {
    name: "author",
    kind: "text",
    help: 'mode baseline-pr: the commit author, "Name <email>" (default: github-actions[bot]).',
    check: authorProblem,
    action: true
  },
  {
    name: "signoff",
    kind: "boolean",
    default: false,
    help: "mode baseline-pr: end the commit message with a DCO `Signed-off-by:` trailer of the author.",
    action: true
  },
  {
    name: "format",
    kind: "choice",
    choices: FORMAT_NAMES,
    default: "text",
    help: "the output format.",
    cli: ["symbolize", "check", "diff"]
  },
  {
    name: "output",
    kind: "path",
    metavar: "FILE",
    help: "write the output to FILE instead of standard output.",
    cli: ["symbolize", "check", "diff"]
  }
];
function inputDef(name) {
  const def = INPUTS.find((d) => d.name === name);
  if (!def) throw new Error(`no input '${name}' in the table`);
  return def;
}

// src/inputs/values.ts
function valueProblem(def, value) {
  if (def.kind === "choice" && !def.choices.includes(value)) return `expected ${def.choices.join(", ")}`;
  if (def.kind === "count" && !/^[1-9]\d{0,8}$/.test(value)) return "expected a whole number from 1";
  if (def.kind === "boolean" && !["true", "false"].includes(value)) return "expected true or false";
  return def.check?.(value);
}
function refuse(def, label, value, problem2) {
  throw new UsageError(`invalid ${label(def.name)} '${value.replace(/[\r\n]+/g, " ")}': ${problem2}`);
}
function checked(def, label, value) {
  const problem2 = valueProblem(def, value);
  if (problem2) refuse(def, label, value, problem2);
  return value;
}
function oneValue(def, raw, label) {
  if (raw === void 0 || raw === "") return typeof def.default === "string" ? def.default : void 0;
  if (Array.isArray(raw)) {
    if (raw.length !== 1) refuse(def, label, raw.join(" "), `expected one value, got ${raw.length}`);
    return checked(def, label, raw[0]);
  }
  return checked(def, label, String(raw));
}
function listValue(def, raw, label) {
  if (raw === void 0 || raw === "") return [];
  const list = Array.isArray(raw) ? raw : [String(raw)];
  return list.map((v) => checked(def, label, v));
}
function booleanValue(def, raw, label) {
  if (raw === void 0 || raw === "") return def.default === true;
  if (typeof raw === "boolean") return raw;
  const v = String(raw);
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  return refuse(def, label, v, "expected true or false");
}
function countValue(def, raw, label) {
  const v = oneValue(def, typeof raw === "number" ? String(raw) : raw, label);
  return v === void 0 ? void 0 : Number(v);
}

// src/inputs/settings.ts
function baselineOrDefault(given, target) {
  return given ?? (target ? `baselines/${target}.json` : DEFAULT_BASELINE);
}
function configOrDefault(given, cwd) {
  if (given !== void 0) return given;
  return existsSync(inputPath(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : void 0;
}
function analyzeSettings(raw, ctx) {
  const list = (name) => listValue(inputDef(name), raw[name], ctx.label);
  const sourceRoot = oneValue(inputDef("source-root"), raw["source-root"], ctx.label);
  const crossCompile = ctx.env?.CROSS_COMPILE?.trim();
  return {
    reports: list("report"),
    captures: list("capture"),
    kallsyms: list("kallsyms"),
    debugInfo: list("debug-info"),
    moduleSections: list("module-sections"),
    ...sourceRoot !== void 0 ? { sourceRoot } : {},
    symbolizer: oneValue(inputDef("symbolizer"), raw.symbolizer, ctx.label),
    ...crossCompile ? { crossCompile } : {},
    cwd: ctx.cwd,
    ...ctx.stdin ? { stdin: ctx.stdin } : {},
    ...ctx.invocation ? { invocation: ctx.invocation } : {}
  };
}
function checkSettings(raw, ctx) {
  const one = (name) => oneValue(inputDef(name), raw[name], ctx.label);
  const target = one("target");
  const config = configOrDefault(one("config"), ctx.cwd);
  const minSeen = countValue(inputDef("min-seen"), raw["min-seen"], ctx.label);
  return {
    ...analyzeSettings(raw, ctx),
    baseline: baselineOrDefault(one("baseline"), target),
    ...config !== void 0 ? { config } : {},
    ...target !== void 0 ? { target } : {},
    ...minSeen !== void 0 ? { minSeen } : {},
    now: ctx.now,
    allowUnreadable: booleanValue(inputDef("allow-unreadable"), raw["allow-unreadable"], ctx.label)
  };
}

// src/read-text.ts
import { readFile } from "node:fs/promises";
async function readText(path2, what, stdin) {
  if (path2 === "-") {
    if (!stdin) throw new InputError("-", "standard input is not available here");
    return stdin();
  }
  try {
    const buf = await readFile(path2);
    return buf.toString("utf8");
  } catch (e) {
    const err = e;
    const cause = err.code === "ENOENT" ? `${what} not found` : err.code === "EACCES" ? `${what} not readable (permission denied)` : err.code === "EISDIR" ? `${what} is a directory, expected a file` : `cannot read ${what}: ${err.message}`;
    throw new InputError(path2, cause);
  }
}
async function readOptionalText(path2) {
  try {
    return (await readFile(path2)).toString("utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new InputError(path2, `cannot read: ${e.message}`);
  }
}

// src/config/types.ts
function defaultConfig(path2 = "(default)") {
  return {
    path: path2,
    waivers: [],
    grown: { factor: 2 },
    runs: { minSeen: 1 },
    hook: {}
  };
}

// src/config/yaml-nodes.ts
var NodeReader = class {
  constructor(file, lines) {
    this.file = file;
    this.lines = lines;
  }
  file;
  lines;
  line(node) {
    return this.lines.line(node.offset);
  }
  fail(node, cause) {
    throw new InputError(this.file, cause, this.line(node));
  }
  /** A mapping whose keys are all in `allowed`; returns key → value node. */
  map(node, what, allowed) {
    const n = this.plain(node, what);
    if (n.kind !== "map") return this.fail(n, `${what} must be a mapping`);
    const out = /* @__PURE__ */ new Map();
    for (const { key, value } of n.pairs) {
      if (key.kind !== "scalar" || typeof key.value !== "string") return this.fail(key, `${what}: keys must be plain names`);
      const name = key.value;
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key '${name}' in ${what} (expected one of: ${allowed.join(", ")})`);
      }
      const earlier = out.get(name);
      if (earlier)
        this.fail(key, `duplicate key '${name}' in ${what} (first at line ${this.line(earlier.key)}): YAML keeps only one of them`);
      out.set(name, { key, value });
    }
    return out;
  }
  string(node, what) {
    const n = this.plain(node, what);
    if (n.kind !== "scalar") return this.fail(n, `${what} must be a string`);
    const v = n.value;
    if (typeof v === "string") return v;
    return this.fail(n, `${what} must be a string, not ${v === null ? "empty" : typeof v}`);
  }
  number(node, what) {
    const n = this.plain(node, what);
    if (n.kind !== "scalar" || typeof n.value !== "number" || !Number.isFinite(n.value)) return this.fail(n, `${what} must be a number`);
    return n.value;
  }
  boolean(node, what) {
    const n = this.plain(node, what);
    if (n.kind !== "scalar" || typeof n.value !== "boolean") return this.fail(n, `${what} must be true or false`);
    return n.value;
  }
  seq(node, what) {
    const n = this.plain(node, what);
    if (n.kind !== "seq") return this.fail(n, `${what} must be a list`);
    return n.items.map((item, i) => this.plain(item, `${what}[${i}]`));
  }
  /** A sequence of strings; a single string is accepted as a list of one. */
  strings(node, what) {
    const n = this.plain(node, what);
    if (n.kind === "scalar" && typeof n.value === "string") return [{ value: n.value, node: n }];
    if (n.kind !== "seq") return this.fail(n, `${what} must be a list of strings`);
    return n.items.map((item, i) => ({ value: this.string(item, `${what}[${i}]`), node: item }));
  }
  /** Aliases would let one edit change several entries unseen in review; refuse them. */
  plain(node, what) {
    if (node.kind === "alias") return this.fail(node, `${what}: YAML aliases (*name) are not supported`);
    return node;
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options2) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options2.implicit ?? false,
    matchByTagPrefix: options2.matchByTagPrefix ?? false,
    implicitFirstChars: options2.implicitFirstChars ?? null,
    resolve: options2.resolve,
    identify: options2.identify,
    represent: options2.represent ?? ((data) => String(data)),
    representTagName: options2.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options2) {
  const carrierIsResult = options2.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options2.matchByTagPrefix ?? false,
    create: options2.create,
    addItem: options2.addItem,
    finalize: options2.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options2.identify,
    represent: options2.represent ?? ((data) => data),
    representTagName: options2.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options2) {
  const carrierIsResult = options2.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options2.matchByTagPrefix ?? false,
    create: options2.create,
    addPair: options2.addPair,
    has: options2.has,
    keys: options2.keys,
    get: options2.get,
    finalize: options2.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options2.identify,
    represent: options2.represent ?? ((data) => data),
    representTagName: options2.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$2(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$1(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result2 = 0;
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    return sign * result2;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result3 = sign * parseFloat(value);
    return Number.isFinite(result3) ? result3 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = Number(source);
  if (Number.isFinite(result2)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result2 = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    result2 *= sign;
  } else result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result2 = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result2[index] = binary.charCodeAt(index);
  return result2;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match2 = YAML_DATE_REGEXP.exec(source);
  if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match2 === null) return NOT_RESOLVED;
  const year = +match2[1];
  const month = +match2[2] - 1;
  const day = +match2[3];
  if (!match2[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match2[4];
  const minute = +match2[5];
  const second = +match2[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match2[7]) {
    let value = match2[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match2[9]) {
    const offsetHour = +match2[10];
    const offsetMinute = +(match2[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result2 = [];
  for (const tag of tags) {
    let index = result2.length;
    for (let previousIndex = 0; previousIndex < result2.length; previousIndex++) {
      const previous = result2[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result2[index] = tag;
  }
  return result2;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix2 = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix2.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix2.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix2.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix2;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
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
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options2) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options2
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match2;
  let foundLineNo = -1;
  while (match2 = re.exec(mark.buffer)) {
    lineEnds.push(match2.index);
    lineStarts2.push(match2.index + match2[0].length);
    if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result2 = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result2 = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result2}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result2 += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result2.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
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
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result2 += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result2 += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result2 += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit2 = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit2;
        }
        result2 += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result2 = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result2 += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result2 += " ";
      } else result2 += "\n".repeat(emptyLines);
    } else result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result2 += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result2 += "\n";
  }
  return result2;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace2(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace2(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace2(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result2 = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result2;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match2 !== null) {
    state.position = start + match2.index + match2[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit2 = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit2 >= 0) {
      if (digit2 === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit2 - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace2(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace2(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace2(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace2(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix2] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix2)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix2;
    state.directives.push({
      kind: "tag",
      handle,
      prefix: prefix2
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options2) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options2,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/config/yaml-tree.ts
var YamlProblem = class extends Error {
  constructor(cause_, line) {
    super(cause_);
    this.cause_ = cause_;
    this.line = line;
  }
  cause_;
  line;
};
var MAX_DEPTH2 = 100;
var IMPLICIT = {
  "1.2": [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag],
  "1.1": [nullYaml11Tag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag]
};
function readYamlTree(text, lines) {
  const events = eventsOf(text);
  const builder = new TreeBuilder(text, lines);
  for (let i = 0; i < events.length; i++) builder.take(events[i], () => nextOffset(events, i));
  return builder.root;
}
function eventsOf(text) {
  try {
    return parseEvents(text, { maxDepth: MAX_DEPTH2 });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const cause = /maxDepth/.test(e.reason) ? `nested more than ${MAX_DEPTH2} levels deep` : e.reason;
    throw new YamlProblem(cause, e.mark ? e.mark.line + 1 : void 0);
  }
}
var TreeBuilder = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  root = null;
  open = [];
  documents = 0;
  resolvers = IMPLICIT["1.2"];
  /** Where the last node started: an empty scalar (`key:` and nothing) has no place of its own. */
  last = 0;
  take(e, offsetAfter) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        return this.document(e, offsetAfter);
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const offset = this.place(e.start, e.anchorStart, e.tagStart);
        const seq = e.type === EVENT_ID.SEQUENCE;
        const tag = this.tag(e.tagStart, e.tagEnd, offset);
        if (tag !== void 0 && tag !== "!" && tag !== (seq ? "seq" : "map"))
          this.fail(`YAML tag '!!${tag}' does not fit a ${seq ? "list" : "mapping"}`, offset);
        const node = seq ? { kind: "seq", offset, items: [] } : { kind: "map", offset, pairs: [] };
        this.add(node);
        this.open.push({ node });
        return;
      }
      case EVENT_ID.SCALAR: {
        if (this.open.length === 0 && e.valueStart < 0 && e.tagStart < 0 && e.anchorStart < 0) return;
        const offset = this.place(e.valueStart, e.anchorStart, e.tagStart);
        return this.add({ kind: "scalar", offset, value: this.scalar(e, offset) });
      }
      case EVENT_ID.ALIAS:
        return this.add({ kind: "alias", offset: this.place(e.anchorStart) });
      case EVENT_ID.POP:
        this.open.pop();
        return;
    }
  }
  document(e, offsetAfter) {
    if (++this.documents > 1) this.fail("more than one YAML document (a '---' line starts another): a config is one", offsetAfter());
    for (const d of e.directives) {
      if (d.kind === "tag") this.fail(`%TAG directives are not supported (tag ${d.handle})`, offsetAfter());
      else this.resolvers = d.version === "1.1" ? IMPLICIT["1.1"] : IMPLICIT["1.2"];
    }
  }
  add(node) {
    const parent = this.open.at(-1);
    if (!parent) this.root = node;
    else if (parent.node.kind === "seq") parent.node.items.push(node);
    else if (parent.key === void 0) parent.key = node;
    else {
      parent.node.pairs.push({ key: parent.key, value: node });
      parent.key = void 0;
    }
  }
  /** The first known offset among the node's parts (-1 is absent), else where the last node started. */
  place(...offsets) {
    const known = offsets.filter((o) => o >= 0);
    if (known.length > 0) this.last = Math.min(...known);
    return this.last;
  }
  scalar(e, offset) {
    const source = getScalarValue(this.text, e);
    const tag = this.tag(e.tagStart, e.tagEnd, offset);
    if (tag === void 0) return e.style === SCALAR_STYLE.PLAIN ? implicit(this.resolvers, source) : source;
    if (tag === "!" || tag === "str") return source;
    const def = this.resolvers.find((d) => d.tagName.endsWith(`:${tag}`));
    if (!def) return this.fail(`YAML tag '!!${tag}' is not supported here (quote the value instead)`, offset);
    const value = def.resolve(source, true, def.tagName);
    if (value === NOT_RESOLVED) this.fail(`'${source}' is not a valid !!${tag}`, offset);
    return value;
  }
  /** The core tag's short name (`str` for `!!str` or `!<tag:yaml.org,2002:str>`), '!' for the non-specific tag, undefined for none. */
  tag(start, end, offset) {
    if (start < 0) return void 0;
    const t = this.text.slice(start, end);
    const name = /^!(?:!([a-z]+)|<tag:yaml\.org,2002:([a-z]+)>)$/.exec(t);
    if (name) return name[1] ?? name[2];
    if (t === "!") return "!";
    return this.fail(`YAML tag '${t}' is not supported (quote the value instead)`, offset);
  }
  fail(cause, offset) {
    throw new YamlProblem(cause, offset === void 0 ? void 0 : this.lines.line(offset));
  }
};
function implicit(resolvers, source) {
  for (const def of resolvers) {
    const value = def.resolve(source, false, def.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return source;
}
function nextOffset(events, i) {
  for (let j = i + 1; j < events.length; j++) {
    const e = events[j];
    if (e.type === EVENT_ID.SCALAR && e.valueStart >= 0) return e.valueStart;
    if ((e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) && e.start >= 0) return e.start;
  }
  return void 0;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open3 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open3.push(i);
    } else if (c === 125 && open3.length) {
      open3.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open3.length; i++) {
    const at = open3[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options2 = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options2.max, EXPANSION_MAX);
  const maxLength = bound(options2.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options2.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options2.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options2.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run2 = "";
  const flush = () => {
    for (const ch of run2.normalize(form))
      out.push(lit(ch));
    run2 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run2 += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show2 = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run2, i, top) {
    for (const r of state.runs) {
      if (r.neg === run2.neg && sameState(r.state, run2.state))
        return;
    }
    state.runs.push(run2);
    if (!run2.state.match) {
      this.add(state, run2.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run2 of state.runs) {
        if (run2.state.dead) {
          this.addRun(next, run2, i + 1, top);
          continue;
        }
        const sub = this.step(run2.state, c, i, false);
        this.addRun(next, { t: "run", neg: run2.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options2 = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options2;
    const { nocase = false, noext = false, normalize: n } = options2;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options2.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show2(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options2) => {
  assertValidPattern(pattern);
  if (!options2?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options2).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options2) => {
  const key = options2 ? optionsKey(options2) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options2));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options2) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options2)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options2 = {}) => orig(p, pattern, ext(def, options2));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options2 = {}) {
        super(pattern, ext(def, options2));
      }
      static defaults(options2) {
        return orig.defaults(ext(def, options2)).Minimatch;
      }
    },
    unescape: (s, options2 = {}) => orig.unescape(s, ext(def, options2)),
    escape: (s, options2 = {}) => orig.escape(s, ext(def, options2)),
    filter: (pattern, options2 = {}) => orig.filter(pattern, ext(def, options2)),
    defaults: (options2) => orig.defaults(ext(def, options2)),
    braceExpand: (pattern, options2 = {}) => orig.braceExpand(pattern, ext(def, options2)),
    match: (list, pattern, options2 = {}) => orig.match(list, pattern, ext(def, options2)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options2 = {}) => {
  assertValidPattern(pattern);
  if (options2.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options2.windowsPathsNoEscape || options2[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options2.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options2 = {}) => {
  const mm = new Minimatch(pattern, options2);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep3) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep3))
        return true;
    }
    const s = nextSep(f, k, sep3);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep3))
      k++;
  }
  return false;
};
var isSep = (c, sep3) => sep3 === "/" ? c === 47 : sep3 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep3) => {
  if (sep3 !== "both")
    return f.indexOf(sep3, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep3) => sep3 !== "both" ? f.lastIndexOf(sep3, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options2 = {}) {
    assertValidPattern(pattern);
    options2 = options2 || {};
    this.options = options2;
    this.maxGlobstarRecursion = options2.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options2.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options2.windowsPathsNoEscape || options2[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options2.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options2.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options2.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options2.windowsNoMagicRoot !== void 0 ? options2.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options2.optimizationLevel ?? 1) >= 2;
    const n = options2.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options2.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options2 = this.options;
    if (!options2.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options2.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep3 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep3);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep3))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep3) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep3)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep3))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep3);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep3) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep3))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep3); e !== -1; e = nextSep(f, s, sep3)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep3))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep3))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep3))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options2 = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options2;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options2 = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options2.flipNegate ? false : this.negate;
        if (can === "yes")
          return options2.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options2.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options2.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options2.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/config/patterns.ts
var SIMPLE_PATTERN_CHARS = 4096;
function globProblem(pattern) {
  if (pattern.trim() === "") return "empty pattern";
  if (pattern.startsWith("!")) return `negated pattern '${pattern}' is not supported (list what is included)`;
  if (pattern.startsWith("#")) return `pattern '${pattern}' starts with '#' and would match nothing`;
  if (pattern.length <= SIMPLE_PATTERN_CHARS && !/[[\]{}()!+@\\]/.test(pattern)) return void 0;
  const open3 = [];
  const pairs = { "]": "[", "}": "{", ")": "(" };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[" || c === "{" || c === "(") open3.push(c);
    else if (c in pairs) {
      if (open3.length > 0 && open3[open3.length - 1] !== pairs[c]) return `bad pattern '${pattern}': unbalanced '${c}'`;
      open3.pop();
    }
  }
  if (open3.length > 0) return `bad pattern '${pattern}': unclosed '${open3[open3.length - 1]}'`;
  try {
    if (new Minimatch(pattern).set.length === 0) return `bad pattern '${pattern}': matches nothing`;
  } catch (e) {
    return `bad pattern '${pattern}': ${e.message}`;
  }
  return void 0;
}
function underscoreModulePattern(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) {
      out += c + pattern[++i];
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c === "-" && !inClass ? "_" : c;
  }
  return out;
}
function onlyWildcards(pattern) {
  const literal2 = pattern.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "").replace(/[*?+@!]\([^)]*\)/g, "").replace(/[*?{},|]/g, "");
  return literal2.trim() === "";
}

// src/config/parse.ts
var TOP_KEYS2 = ["scope", "waivers", "grown", "runs", "hook"];
var WAIVER_KEYS = ["fingerprint", "frames", "reason", "expires"];
var HOOK_INPUTS = INPUTS.filter((d) => d.hook);
var ANY_FRAMES = "...";
var MAX_CONFIG_CHARS = 1024 * 1024;
function parseConfig(text, path2) {
  if (text.length > MAX_CONFIG_CHARS) {
    throw new InputError(path2, `${text.length} characters: a config of more than ${MAX_CONFIG_CHARS} is not one people review`);
  }
  const lines = new LineIndex(text);
  const root = readTree(text, path2, lines);
  const config = defaultConfig(path2);
  if (root === null) return config;
  const r = new NodeReader(path2, lines);
  const top = r.map(root, "the config", TOP_KEYS2);
  const scope = top.get("scope");
  if (scope) config.scope = parseScope(r, scope.value);
  const waivers = top.get("waivers");
  if (waivers) config.waivers = parseWaivers(r, waivers.value);
  const grown = top.get("grown");
  if (grown) {
    const factor = r.map(grown.value, "grown", ["factor"]).get("factor");
    if (factor) {
      const f = r.number(factor.value, "grown.factor");
      if (!(f >= 1)) r.fail(factor.value, `grown.factor must be at least 1, got ${f}`);
      config.grown.factor = f;
    }
  }
  const runs = top.get("runs");
  if (runs) {
    const min = r.map(runs.value, "runs", ["min-seen"]).get("min-seen");
    if (min) {
      const n = r.number(min.value, "runs.min-seen");
      if (!Number.isInteger(n) || n < 1) r.fail(min.value, `runs.min-seen must be a whole number >= 1, got ${n}`);
      config.runs.minSeen = n;
    }
  }
  const hook = top.get("hook");
  if (hook) config.hook = parseHook(r, hook.value);
  return config;
}
function readTree(text, path2, lines) {
  try {
    return readYamlTree(text, lines);
  } catch (e) {
    if (e instanceof YamlProblem) throw new InputError(path2, `invalid YAML: ${e.cause_}`, e.line);
    throw e;
  }
}
function patterns(r, node, what, map = (p) => p) {
  return r.strings(node, what).map(({ value, node: n }) => {
    const problem2 = globProblem(value);
    if (problem2) r.fail(n, `${what}: ${problem2}`);
    return map(value);
  });
}
function parseScope(r, node) {
  const m = r.map(node, "scope", ["modules", "paths"]);
  const modules = m.get("modules");
  const paths = m.get("paths");
  const scope = {
    modules: modules ? patterns(r, modules.value, "scope.modules", underscoreModulePattern) : [],
    paths: paths ? patterns(r, paths.value, "scope.paths") : []
  };
  for (const p of paths ? r.strings(paths.value, "scope.paths") : []) {
    if (p.value.startsWith("/")) r.fail(p.node, `scope.paths: '${p.value}' must be relative to the repository`);
  }
  if (scope.modules.length === 0 && scope.paths.length === 0) {
    r.fail(node, "scope must list at least one of modules / paths (omit scope to cover everything)");
  }
  return scope;
}
function parseWaivers(r, node) {
  const items = r.seq(node, "waivers");
  return items.map((item, i) => {
    const what = `waivers[${i}]`;
    const m = r.map(item, what, WAIVER_KEYS);
    const line = r.line(item);
    const waiver = { reason: "", ref: { file: r.file, line } };
    const fp = m.get("fingerprint");
    const frames = m.get("frames");
    if (fp && frames) r.fail(frames.key, `${what}: give either fingerprint or frames, not both`);
    if (!fp && !frames) r.fail(item, `${what}: needs a fingerprint or frames`);
    if (fp) {
      const v = r.string(fp.value, `${what}.fingerprint`).trim();
      if (!isFingerprint(v)) {
        r.fail(fp.value, `${what}.fingerprint '${v}' is malformed (expected ${FINGERPRINT_VERSION}: followed by 16 hex digits)`);
      }
      waiver.fingerprint = v;
    }
    if (frames) {
      const list = r.strings(frames.value, `${what}.frames`);
      if (list.length === 0) r.fail(frames.value, `${what}.frames is empty`);
      waiver.frames = list.map(({ value, node: n }) => {
        if (value === ANY_FRAMES) return value;
        const problem2 = globProblem(value);
        if (problem2) r.fail(n, `${what}.frames: ${problem2}`);
        return value;
      });
      if (waiver.frames.every((f) => f === ANY_FRAMES || onlyWildcards(f))) {
        r.fail(frames.value, `${what}.frames pins nothing (only wildcards: it would waive any leak); name at least one function`);
      }
    }
    const reason = m.get("reason");
    if (!reason) r.fail(item, `${what}: reason is required (why is this leak acceptable?)`);
    waiver.reason = r.string(reason.value, `${what}.reason`).trim();
    if (waiver.reason === "") r.fail(reason.value, `${what}.reason is empty`);
    const expires = m.get("expires");
    if (expires) waiver.expires = checkDate(r, expires.value, `${what}.expires`);
    return waiver;
  });
}
function checkDate(r, node, what) {
  const v = r.string(node, what).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : void 0;
  if (!d || d.toISOString().slice(0, 10) !== v) r.fail(node, `${what} '${v}' is not a date (expected YYYY-MM-DD)`);
  return v;
}
function parseHook(r, node) {
  const m = r.map(
    node,
    "hook",
    HOOK_INPUTS.map((d) => d.name)
  );
  const hook = {};
  for (const def of HOOK_INPUTS) {
    const e = m.get(def.name);
    if (!e) continue;
    const what = `hook.${def.name}`;
    if (def.kind === "paths") {
      hook[def.name] = r.strings(e.value, what).map((x) => x.value);
      continue;
    }
    const value = def.kind === "boolean" ? String(r.boolean(e.value, what)) : def.kind === "count" ? String(r.number(e.value, what)) : r.string(e.value, what);
    const problem2 = valueProblem(def, value);
    if (problem2) r.fail(e.value, `invalid ${what} '${value}': ${problem2}`);
    hook[def.name] = value;
  }
  if (!hook.capture && !hook.report) r.fail(node, "hook needs capture or report (what should the hook check?)");
  return hook;
}

// src/config/load.ts
async function loadConfig(path2) {
  return parseConfig(await readText(path2, "config file"), path2);
}

// src/rules/scope.ts
function compileScope(scope) {
  if (!scope) return { inScope: () => true, unused: () => [] };
  const modules = scope.modules.map((p) => ({
    text: `scope.modules ${p}`,
    m: new Minimatch(p, { nonegate: true, nocomment: true }),
    used: false
  }));
  const paths = scope.paths.map((p) => ({
    text: `scope.paths ${p}`,
    m: new Minimatch(p.replace(/^(\.\/)+/, ""), { nonegate: true, nocomment: true, dot: true }),
    used: false
  }));
  const inModules = anyMatch(modules);
  const inPaths = anyMatch(paths);
  return {
    inScope: (leak) => {
      let inside = false;
      let judgedByPath = false;
      for (const f of leak.frames) {
        if (f.module !== void 0 && inModules(normalizeModuleName(f.module))) inside = true;
        const files = [f.file, ...f.inlined.map((i) => i.file)].filter((x) => x !== void 0);
        if (files.length) judgedByPath = true;
        for (const file of files) if (inPaths(file)) inside = true;
      }
      if (inside) return true;
      return paths.length > 0 && !judgedByPath;
    },
    unused: () => [...modules, ...paths].filter((p) => !p.used).map((p) => p.text)
  };
}
function anyMatch(list) {
  const judged = /* @__PURE__ */ new Map();
  return (value) => {
    let any = judged.get(value);
    if (any === void 0) {
      any = false;
      for (const p of list) if (p.m.match(value)) any = p.used = true;
      judged.set(value, any);
    }
    return any;
  };
}
function describeScope(scope) {
  const parts = [];
  if (scope.modules.length) parts.push(`modules ${scope.modules.join(", ")}`);
  if (scope.paths.length) parts.push(`paths ${scope.paths.join(", ")}`);
  return parts.join("; ");
}

// src/rules/frames.ts
function compileFramePattern(pattern) {
  const steps = pattern.map((p) => p === ANY_FRAMES ? ANY_FRAMES : new Minimatch(p, { nonegate: true, nocomment: true }));
  return (frames) => {
    const names = frames.map((f) => f.function === void 0 ? void 0 : normalizeFunctionName(f.function));
    return matchFrom(steps, names);
  };
}
function matchFrom(steps, names) {
  let next = new Array(names.length + 1).fill(true);
  for (let si = steps.length - 1; si >= 0; si--) {
    const step2 = steps[si];
    const here = new Array(names.length + 1).fill(false);
    for (let ni = names.length; ni >= 0; ni--) {
      if (step2 === ANY_FRAMES) here[ni] = next[ni] || ni < names.length && here[ni + 1];
      else {
        const name = names[ni];
        here[ni] = name !== void 0 && next[ni + 1] && step2.match(name);
      }
    }
    next = here;
  }
  return next[0];
}

// src/rules/waivers.ts
function isExpired(waiver, now) {
  return waiver.expires !== void 0 && now.toISOString().slice(0, 10) > waiver.expires;
}
function compileWaivers(waivers, now) {
  return waivers.map((waiver) => {
    let frames;
    if (waiver.frames) frames = compileFramePattern(waiver.frames);
    const matches = (leak) => waiver.fingerprint !== void 0 ? leak.fingerprint === waiver.fingerprint : frames(leak.frames);
    return { waiver, expired: isExpired(waiver, now), matches };
  });
}
function describeWaiver(w) {
  const what = w.fingerprint ?? `frames ${w.frames.join(" / ")}`;
  return `waiver at ${w.ref.file}:${w.ref.line} (${what})`;
}

// src/rules/apply.ts
function applyRules(leaks, config, opts) {
  const decisions = /* @__PURE__ */ new Map();
  const warnings = [];
  const scope = compileScope(config.scope);
  const waivers = compileWaivers(config.waivers, opts.now);
  const used = /* @__PURE__ */ new Set();
  let minSeen = config.runs.minSeen;
  if (minSeen > opts.runs) {
    warnings.push(
      `${config.path}: runs.min-seen is ${minSeen} but only ${opts.runs} run(s) were given; a leak seen in all ${opts.runs} counts`
    );
    minSeen = opts.runs;
  }
  for (const leak of leaks) {
    if (leak.unidentified) continue;
    const matching = waivers.map((w, i) => ({ w, i })).filter(({ w }) => w.matches(leak));
    matching.forEach(({ i }) => used.add(i));
    const live = matching.find(({ w }) => !w.expired);
    let decision;
    if (config.scope && !scope.inScope(leak)) {
      decision = { status: "out-of-scope", reason: `not in scope (${describeScope(config.scope)})` };
    } else if (live) {
      const w = live.w.waiver;
      decision = { status: "waived", reason: `${w.reason} (${describeWaiver(w)}${w.expires ? `, until ${w.expires}` : ""})` };
    } else if (leak.runs.length < minSeen) {
      decision = { status: "flaky", reason: `seen ${leak.runs.length}/${opts.runs} runs, below runs.min-seen ${minSeen}` };
    }
    if (decision) decisions.set(leak.fingerprint, decision);
  }
  if (config.scope && leaks.length > 0) {
    for (const p of scope.unused())
      warnings.push(`${config.path}: ${p} matched no frame of any leak in this run (a typo would put every leak out of scope)`);
  }
  waivers.forEach(({ waiver, expired }, i) => {
    if (expired) {
      const hit = used.has(i) ? "its leak is no longer hidden" : "it matched no leak either";
      warnings.push(`${describeWaiver(waiver)} expired on ${waiver.expires}: not applied, ${hit}`);
    } else if (!used.has(i)) {
      warnings.push(`${describeWaiver(waiver)} is stale: it matched no leak in this run; remove it if the leak is fixed`);
    }
  });
  return { decisions, warnings };
}
function grownFactor(config) {
  return config?.grown.factor ?? defaultConfig().grown.factor;
}

// src/compare/absent.ts
function judgeAbsent(absent, leaks, blockers) {
  const unidentified = leaks.filter((l) => l.status === "unidentified");
  const reasons = [...blockers];
  if (unidentified.length > 0) {
    reasons.push(`${unidentified.length} leak${unidentified.length === 1 ? "" : "s"} with unnamed frames in this run`);
  }
  const fixed2 = [];
  const notConfirmed = [];
  for (const e of absent) {
    const entry = { fingerprint: e.fingerprint, title: e.title, key: e.frames, objects: e.objects, bytes: e.bytes };
    const why = blockers[0] ?? (unidentified.some((l) => couldBe(l, e)) ? "unnamed frames in this run" : void 0);
    if (why === void 0) fixed2.push(entry);
    else notConfirmed.push({ ...entry, reason: why });
  }
  const out = { fixed: fixed2, notConfirmed };
  if (reasons.length > 0) out.removalBlocked = reasons.join("; ");
  return out;
}
function couldBe(leak, entry) {
  const module = leak.unidentified?.module;
  if (module === void 0) return true;
  const modules = new Set(entry.frames.filter((f) => f.includes(":")).map((f) => normalizeModuleName(f.split(":")[0])));
  return modules.has(normalizeModuleName(module));
}

// src/compare/compare.ts
function compareWithBaseline(leaks, baseline, opts) {
  const unreadable = opts.unreadable ?? [];
  const accepted = new Map((baseline?.leaks ?? []).map((e) => [e.fingerprint, e]));
  const compared = leaks.map((leak) => {
    if (leak.unidentified) {
      const n = leak.unidentified.addresses.length;
      const reason = `${n} frame${n === 1 ? "" : "s"} that would identify it could not be named (${leak.unidentified.addresses.join(", ")}): it may be new`;
      return { ...leak, status: "unidentified", reason };
    }
    const decision = opts.decisions?.get(leak.fingerprint);
    if (decision && decision.status !== "flaky") return { ...leak, status: decision.status, reason: decision.reason };
    const entry = accepted.get(leak.fingerprint);
    if (entry) {
      const grown = leak.objects > opts.grownFactor * entry.objects;
      if (grown && decision) return { ...leak, status: "flaky", reason: decision.reason, baselineObjects: entry.objects };
      const c = { ...leak, status: grown ? "grown" : "known", baselineObjects: entry.objects };
      if (grown) c.reason = `${leak.objects} objects, baseline accepts ${entry.objects} (grown factor ${opts.grownFactor})`;
      return c;
    }
    if (decision) return { ...leak, status: decision.status, reason: decision.reason };
    return { ...leak, status: "new" };
  });
  const seen = new Set(leaks.map((l) => l.fingerprint));
  const blockers = [...opts.noEvidence ?? []];
  if (unreadable.length > 0) {
    blockers.push(`${unreadable.length} unreadable record${unreadable.length === 1 ? "" : "s"} in this run (any entry may be among them)`);
  }
  const absent = judgeAbsent(
    (baseline?.leaks ?? []).filter((e) => !seen.has(e.fingerprint)),
    compared,
    blockers
  );
  const { fixed: fixed2, notConfirmed } = absent;
  const count = (s) => compared.filter((l) => l.status === s).length;
  const summary = {
    new: count("new"),
    known: count("known"),
    grown: count("grown"),
    fixed: fixed2.length,
    waived: count("waived"),
    objects: compared.reduce((n, l) => n + l.objects, 0),
    unreadable: unreadable.length,
    unidentified: count("unidentified"),
    notConfirmed: notConfirmed.length
  };
  return {
    verdict: compared.some((l) => failsGate(l.status)) || unreadable.length > 0 ? "fail" : "pass",
    summary,
    leaks: compared,
    fixed: fixed2,
    notConfirmed,
    unreadable,
    ...absent.removalBlocked !== void 0 ? { removalBlocked: absent.removalBlocked } : {},
    warnings: opts.warnings ?? [],
    runs: opts.runs
  };
}

// src/capture/read.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join } from "node:path";

// src/capture/build-id.ts
var NT_GNU_BUILD_ID = 3;
function buildIdFromNoteHex(hexText) {
  const hex2 = hexText.replace(/\s+/g, "").toLowerCase();
  if (!/^([0-9a-f]{2})*$/.test(hex2)) return { problem: "not a hex dump" };
  const bytes = Buffer.from(hex2, "hex");
  if (bytes.length < 12) return { problem: `note too short (${bytes.length} bytes)` };
  const namesz = bytes.readUInt32LE(0);
  const descsz = bytes.readUInt32LE(4);
  const type = bytes.readUInt32LE(8);
  const descAt = 12 + Math.ceil(namesz / 4) * 4;
  const name = bytes.subarray(12, 12 + namesz).toString("latin1");
  if (type !== NT_GNU_BUILD_ID || name !== "GNU\0") {
    return { problem: `not a GNU build-id note (type ${type}, name ${JSON.stringify(name)})` };
  }
  if (descsz === 0 || descAt + descsz > bytes.length) {
    return { problem: `build id of ${descsz} bytes does not fit in a ${bytes.length}-byte note` };
  }
  return { buildId: bytes.subarray(descAt, descAt + descsz).toString("hex") };
}

// src/parse/mentions.ts
function mentionsInOrder(text, first, then) {
  const lower = text.toLowerCase();
  const at = lower.indexOf(first);
  if (at < 0) return false;
  return then.some((t) => lower.indexOf(t, at + first.length) >= 0);
}

// src/capture/checks.ts
function kallsymsAllZero(text) {
  for (const line of text.split("\n")) {
    const addr = /^([0-9a-fA-F]+)\s/.exec(line)?.[1];
    if (addr !== void 0 && /[1-9a-fA-F]/.test(addr)) return false;
  }
  return true;
}
var KMEMLEAK_GAVE_UP = [
  "disabled",
  "cannot allocate",
  "memory pool empty",
  "early log buffer exceeded",
  "cannot insert",
  "overlaps existing"
];
function firstKmemleakFailure(dmesg) {
  const lines = dmesg.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? "").replace(/\r$/, "");
    if (mentionsInOrder(text, "kmemleak", KMEMLEAK_GAVE_UP)) return { line: i + 1, text };
  }
  return void 0;
}
function objectAfter(report, endJiffies) {
  const lines = report.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const hit = /\bjiffies (\d+)/.exec(lines[i] ?? "");
    if (hit?.[1] === void 0) continue;
    const jiffies = decimal64(hit[1], "jiffies");
    if (!("value" in jiffies) || jiffies.value > endJiffies) return { line: i + 1, jiffies: shortDigits(hit[1]) };
  }
  return void 0;
}

// src/capture/manifest.ts
var MANIFEST_FORMAT = "kleak-gate-capture/1";
function parseManifest(path2, text) {
  const entries = /* @__PURE__ */ new Map();
  const errors = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    if (eq <= 0) {
      errors.push({ value: `not a key=value line: ${line.slice(0, 80)}`, line: i + 1 });
      return;
    }
    const key = line.slice(0, eq);
    const entry = { value: line.slice(eq + 1), line: i + 1 };
    if (key === "error") errors.push(entry);
    else entries.set(key, entry);
  });
  return { path: path2, entries, errors };
}
function manifestValue(m, key) {
  return m.entries.get(key)?.value;
}
function snapshotNumbers(m) {
  const out = [];
  for (const key of m.entries.keys()) {
    const hit = /^snapshot\.(\d+)\.dir$/.exec(key);
    if (hit) out.push(Number(hit[1]));
  }
  return out.sort((a, b) => a - b);
}

// src/capture/read.ts
var MANIFEST = "manifest.txt";
async function readCaptureDir(dir) {
  const manifestPath = join(dir, MANIFEST);
  const m = parseManifest(manifestPath, await readText2(manifestPath, `not a kleak-gate capture directory (no ${MANIFEST})`));
  const bootId = checkManifest(m);
  const warnings = [];
  const reportPath = join(dir, required(m, "report"));
  const report = { path: reportPath, text: await readText2(reportPath) };
  const endJiffies = jiffiesOf(m, "end_jiffies");
  if (endJiffies !== void 0) {
    const late = objectAfter(report.text, endJiffies);
    if (late) {
      throw new InputError(
        report.path,
        `object allocated at jiffies ${late.jiffies}, after the capture ended at ${endJiffies}: this report is not from the capture's boot ${bootId}`,
        late.line
      );
    }
  }
  checkReportComplete(m, report);
  const dmesgWarning = await checkDmesg(dir, m);
  if (dmesgWarning) warnings.push(dmesgWarning);
  const snapshots = [];
  const moduleSections = [];
  const buildIds = [];
  for (const n of snapshotNumbers(m)) {
    const label = `snapshot-${n}`;
    const snapBoot = manifestValue(m, `snapshot.${n}.boot_id`);
    if (snapBoot !== bootId) {
      throw new InputError(
        m.path,
        `${label} was taken in boot ${snapBoot ?? "(none)"}, the report in boot ${bootId}: a snapshot names frames only in its own boot`,
        m.entries.get(`snapshot.${n}.boot_id`)?.line
      );
    }
    const sdir = join(dir, required(m, `snapshot.${n}.dir`));
    const kallsymsPath = join(sdir, "kallsyms.txt");
    const text = await readText2(kallsymsPath);
    if (kallsymsAllZero(text)) {
      throw new InputError(kallsymsPath, "every address is zero (read without root, or kptr_restrict=2): it cannot name any frame");
    }
    const modules = (manifestValue(m, `snapshot.${n}.modules`) ?? "").split(" ").filter(Boolean);
    const takenAtJiffies = jiffiesOf(m, `snapshot.${n}.jiffies`);
    snapshots.push({ path: kallsymsPath, text, label, modules, ...takenAtJiffies !== void 0 ? { takenAtJiffies } : {} });
    for (const module of modules) {
      if (!/^[A-Za-z0-9_]+$/.test(module)) {
        throw new InputError(
          m.path,
          `${label}: bad module name ${JSON.stringify(oneLine(module))}`,
          m.entries.get(`snapshot.${n}.modules`)?.line
        );
      }
      const path2 = join(sdir, "sections", `${module}.txt`);
      moduleSections.push({ module, path: path2, text: await readText2(path2), snapshot: label });
      const id = await readBuildId(join(sdir, "build-id", `${module}.hex`));
      if (id === void 0)
        warnings.push(`${label}: no build id for ${module} (the kernel exposes none): its source lines cannot be checked against the .ko`);
      else if ("problem" in id) warnings.push(`${label}: build id note of ${module}: ${id.problem}`);
      else buildIds.push({ module, buildId: id.buildId, snapshot: label });
    }
  }
  if (snapshots.length === 0) {
    warnings.push(`${dir}: no snapshot was taken: frames of modules removed before the scan stay unnamed`);
  } else if (snapshots.length > 1 && snapshots.some((s) => s.takenAtJiffies === void 0)) {
    warnings.push(`${dir}: ${snapshots.length} snapshots without the kernel clock: objects cannot be told apart by load`);
  }
  const kernelRelease = manifestValue(m, "kernel_release") || void 0;
  const beganAtJiffies = jiffiesOf(m, "begin_jiffies");
  return {
    dir,
    bootId,
    ...kernelRelease !== void 0 ? { kernelRelease } : {},
    ...beganAtJiffies !== void 0 ? { beganAtJiffies } : {},
    report,
    snapshots,
    moduleSections,
    buildIds,
    warnings
  };
}
function checkManifest(m) {
  const format2 = m.entries.get("format");
  if (format2?.value !== MANIFEST_FORMAT) {
    throw new InputError(
      m.path,
      `not a kleak-gate capture manifest (format ${format2 ? JSON.stringify(oneLine(format2.value)) : "missing"}, expected ${MANIFEST_FORMAT})`,
      format2?.line
    );
  }
  const first = m.errors[0];
  if (first) throw new InputError(m.path, `the capture failed on the board: ${oneLine(first.value)}`, first.line);
  for (const key of ["kmemleak", "kmemleak_end"]) {
    const e = m.entries.get(key);
    if (e?.value !== "enabled") {
      throw new InputError(m.path, `kmemleak was ${e ? oneLine(e.value) : "not checked"} (${key}): the report cannot be trusted`, e?.line);
    }
  }
  if (manifestValue(m, "complete") !== "yes") {
    throw new InputError(m.path, "the capture is unfinished: 'end' did not complete on the board");
  }
  const bootId = required(m, "boot_id");
  const end = m.entries.get("end_boot_id");
  if (end?.value !== bootId) {
    throw new InputError(
      m.path,
      `the report was read in boot ${end ? oneLine(end.value) : "(none)"}, the capture began in boot ${bootId}`,
      end?.line
    );
  }
  return bootId;
}
function checkReportComplete(m, report) {
  const e = m.entries.get("report_objects");
  if (e === void 0) {
    throw new InputError(
      m.path,
      `missing report_objects= (how many objects the board read): without it an emptied or cut ${report.path} looks like a clean read`
    );
  }
  if (!/^\d+$/.test(e.value)) throw new InputError(m.path, `report_objects=${oneLine(e.value)} is not a count`, e.line);
  const expected = Number(e.value);
  const found = countReportRecords(report.text);
  if (found < expected) {
    throw new InputError(
      m.path,
      `${report.path} holds ${found} of the ${expected} objects the board read (report_objects=${expected}): the report was emptied or cut after the capture`,
      e.line
    );
  }
}
function countReportRecords(text) {
  return text.match(/^\s*unreferenced object\b/gm)?.length ?? 0;
}
var DMESG_UNAVAILABLE = "unavailable";
async function checkDmesg(dir, m) {
  const e = m.entries.get("dmesg");
  if (e === void 0 || e.value === "" || e.value === DMESG_UNAVAILABLE) {
    const why = e === void 0 || e.value === "" ? "the manifest names no kernel log (no dmesg=)" : "the board could not read the kernel log (dmesg=unavailable)";
    return `${dir}: ${why}: whether kmemleak stopped tracking during the test is unchecked`;
  }
  const name = fileNameValue(m, "dmesg");
  if (name === MANIFEST || name === manifestValue(m, "report")) {
    throw new InputError(m.path, `dmesg=${oneLine(name)} is not the kernel log of the capture`, e.line);
  }
  const path2 = join(dir, name);
  const failure = firstKmemleakFailure(await readText2(path2));
  if (failure) throw new InputError(path2, `kmemleak stopped tracking during the test: ${oneLine(failure.text)}`, failure.line);
  return void 0;
}
function required(m, key) {
  const value = manifestValue(m, key);
  if (value === void 0 || value === "") throw new InputError(m.path, `missing ${key}=`);
  if (key.endsWith("dir") || key === "report") return fileNameValue(m, key);
  return value;
}
function fileNameValue(m, key) {
  const value = manifestValue(m, key) ?? "";
  if (!/^[A-Za-z0-9._-]+$/.test(value) || value === ".." || value === ".") {
    throw new InputError(m.path, `${key}=${oneLine(value)} is not a file name inside the capture`, m.entries.get(key)?.line);
  }
  return value;
}
function jiffiesOf(m, key) {
  const e = m.entries.get(key);
  if (e === void 0 || e.value === "") return void 0;
  if (!/^\d+$/.test(e.value)) throw new InputError(m.path, `${key}=${oneLine(e.value)} is not a jiffies count`, e.line);
  return BigInt(e.value);
}
async function readText2(path2, missing) {
  try {
    return await readFile2(path2, "utf8");
  } catch (e) {
    const code = e.code;
    throw new InputError(path2, code === "ENOENT" ? missing ?? "missing from the capture" : `cannot read (${code ?? String(e)})`);
  }
}
async function readBuildId(path2) {
  try {
    return buildIdFromNoteHex(await readFile2(path2, "utf8"));
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw new InputError(path2, `cannot read (${e.code ?? String(e)})`);
  }
}

// src/kallsyms/mapping.ts
function isMappingSymbol(name) {
  return /^(?:\$[adtx](?:\.|$)|\$xrv(?:32|64)|\.L|L0)/.test(name);
}
function isPrefixedMappingSymbol(name) {
  const m = /^__[a-z]+_(\$.*)$/.exec(name);
  return m !== null && isMappingSymbol(m[1]);
}

// src/kallsyms/parse.ts
var KallsymsSymbol = class _KallsymsSymbol {
  constructor(hi, lo, type, name, index) {
    this.hi = hi;
    this.lo = lo;
    this.type = type;
    this.name = name;
    this.index = index;
  }
  hi;
  lo;
  type;
  name;
  index;
  module;
  get address() {
    return BigInt(this.hi) << 32n | BigInt(this.lo);
  }
  static at(address, type, name, index, module) {
    const s = new _KallsymsSymbol(Number(address >> 32n), Number(address & 0xffffffffn), type, name, index);
    if (module !== void 0) s.module = module;
    return s;
  }
};
function compareAddress(hi, lo, s) {
  return hi - s.hi || lo - s.lo;
}
var HEX = /^(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{16})$/;
var TYPE = /^[a-zA-Z?]$/;
var MODULE = /^\[[\w-]+\]$/;
function parseKallsyms(text, path2, opts = {}) {
  if (text.includes("\0")) throw new InputError(path2, "binary data, not a kallsyms file");
  const symbols = [];
  let nonZero = false;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trimEnd();
    if (raw === "") continue;
    const sp1 = raw.indexOf(" ");
    const sp2 = sp1 < 0 ? -1 : raw.indexOf(" ", sp1 + 1);
    const hex2 = sp1 < 0 ? "" : raw.slice(0, sp1);
    const type = sp2 < 0 ? "" : raw.slice(sp1 + 1, sp2);
    let rest = sp2 < 0 ? "" : raw.slice(sp2 + 1);
    let module;
    const tab = rest.search(/[ \t]/);
    if (tab >= 0) {
      module = rest.slice(tab).trim();
      rest = rest.slice(0, tab);
    }
    if (!HEX.test(hex2) || !TYPE.test(type) || rest === "" || module !== void 0 && !MODULE.test(module)) {
      throw new InputError(path2, `not a kallsyms/System.map line: "${raw.slice(0, 80)}" (expected "ADDRESS TYPE NAME [MODULE]")`, i + 1);
    }
    if (isMappingSymbol(rest)) continue;
    const cut = hex2.length - 8;
    const sym = new KallsymsSymbol(cut > 0 ? parseInt(hex2.slice(0, cut), 16) : 0, parseInt(hex2.slice(cut), 16), type, rest, symbols.length);
    if (sym.hi !== 0 || sym.lo !== 0) nonZero = true;
    if (module !== void 0) sym.module = module.slice(1, -1);
    symbols.push(sym);
  }
  if (symbols.length === 0) throw new InputError(path2, "empty kallsyms file");
  if (!nonZero) {
    throw new InputError(path2, "every address is 0: /proc/kallsyms was read without root (or with kptr_restrict=2); read it as root");
  }
  symbols.sort((a, b) => a.hi - b.hi || a.lo - b.lo || a.index - b.index);
  const complete = symbols.some((s) => !s.module && (s.name === "_text" || s.name === "_stext"));
  const table = { path: path2, symbols, complete, label: opts.label ?? path2 };
  if (opts.takenAtJiffies !== void 0) table.takenAtJiffies = opts.takenAtJiffies;
  return table;
}

// src/parse/dedupe.ts
var identity = (r) => `${r.object}/${r.size}/${r.jiffies ?? ""}`;
function dedupeRecords(records) {
  const readInFull = new Set(records.filter((r) => !r.unreadable && r.object !== "").map(identity));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const r of records) {
    if (r.unreadable || r.object === "") {
      const readElsewhere = r.object !== "" && r.jiffies !== void 0 && readInFull.has(identity(r));
      if (!readElsewhere) out.push(r);
      continue;
    }
    const key = identity(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return { records: out, repeated: records.length - out.length };
}

// src/parse/quoted-printable.ts
var HEADER = /^Content-Transfer-Encoding:[ \t]*quoted-printable[ \t]*\r?$/im;
var MARKS = /=(?:A0|C2=A0)|=20\r?$/m;
var ESCAPE = /=([0-9A-F]{2})/g;
function looksQuotedPrintable(text) {
  return text.includes("=") && (HEADER.test(text) || MARKS.test(text));
}
function decodeQuotedPrintable(lines) {
  const out = [];
  let parts = [];
  let start = 0;
  for (const l of lines) {
    const text = l.text.endsWith("\r") ? l.text.slice(0, -1) : l.text;
    if (parts.length === 0) start = l.line;
    if (text.endsWith("=")) {
      parts.push(text.slice(0, -1));
      continue;
    }
    parts.push(text);
    out.push({ text: decodeLine(parts.join("")), line: start });
    parts = [];
  }
  if (parts.length > 0) out.push({ text: decodeLine(parts.join("")), line: start });
  return out;
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var latin1 = new TextDecoder("latin1");
function decodeLine(text) {
  if (!text.includes("=")) return text;
  const bytes = [];
  let last = 0;
  for (const m of text.matchAll(ESCAPE)) {
    pushText(bytes, text.slice(last, m.index));
    bytes.push(parseInt(m[1], 16));
    last = m.index + 3;
  }
  pushText(bytes, text.slice(last));
  const buf = Uint8Array.from(bytes);
  try {
    return utf8.decode(buf);
  } catch {
    return latin1.decode(buf);
  }
}
function pushText(bytes, s) {
  for (const b of Buffer.from(s, "utf8")) bytes.push(b);
}

// src/parse/lines.ts
var DMESG_PREFIX = /^(?:<\d+>)?\[\s*\d+\.\d+\](?:c\d+)?(?:\s*\[\s*[TC]\d+\])?\s?/;
var SYSLOG_PREFIX = /^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\S+\s+kernel:\s?/;
var QUOTE_PREFIX = /^(?:\s*>)+ ?/;
var WRAPPED = [
  /^\s*(?:BUG: memory leak )?unreferenced object(?: \((?:phys|percpu)\))? 0x[0-9a-fA-F]+$/,
  /^\s*comm ".*", pid \d+, jiffies$/,
  /^\s*\[<[^>]+>\]$/
];
var LAVA = /^- \{"dt": "[^"]*", "lvl": "(\w+)", "msg": (.*)\}\s*$/;
function unwrapLava(raw) {
  const first = raw.find((l) => l.trim() !== "");
  if (!first || !LAVA.test(first)) return void 0;
  const out = [];
  for (const l of raw) {
    const m = LAVA.exec(l);
    if (!m) {
      out.push(l);
      continue;
    }
    if (m[1] !== "target") {
      out.push(null);
      continue;
    }
    let msg;
    try {
      msg = JSON.parse(m[2]);
    } catch {
      msg = void 0;
    }
    out.push(typeof msg === "string" ? msg : l);
  }
  return out;
}
function cleanLines(text) {
  let plain = text.split("\n");
  let lineOf = (i) => i + 1;
  if (looksQuotedPrintable(text)) {
    const numbered = decodeQuotedPrintable(plain.map((t, i) => ({ text: t, line: i + 1 })));
    plain = numbered.map((l) => l.text);
    lineOf = (i) => numbered[i].line;
  }
  const raw = unwrapLava(plain) ?? plain;
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (line === null || line === void 0) continue;
    const cleaned = cleanLine(line);
    const next = raw[i + 1];
    if (typeof next === "string" && mayBeWrapped(cleaned.text) && WRAPPED.some((r) => r.test(cleaned.text))) {
      const rest = cleanLine(next).text.trim();
      if (rest !== "" && !DMESG_PREFIX.test(next.replace(QUOTE_PREFIX, ""))) {
        out.push({ text: `${cleaned.text} ${rest}`, line: lineOf(i), origin: cleaned.origin });
        i++;
        continue;
      }
    }
    out.push({ text: cleaned.text, line: lineOf(i), origin: cleaned.origin });
  }
  return out;
}
function mayBeWrapped(text) {
  const c = text.charCodeAt(text.length - 1);
  return c === 93 || c === 115 || c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
var ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1bc/g;
function cleanLine(line) {
  let s = line.includes("\x1B") ? line.replace(ANSI, "").trimEnd() : line.trimEnd();
  if (s.includes("\xA0")) s = s.replace(/\u00a0/g, " ");
  if (s.trimStart().startsWith(">")) s = s.replace(QUOTE_PREFIX, "");
  const before = s.length;
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) s = s.replace(SYSLOG_PREFIX, "");
  if (s.startsWith("[") && !s.startsWith("[<") || s.startsWith("<")) s = s.replace(DMESG_PREFIX, "");
  if (s.startsWith("kmemleak: ")) return { text: s.slice(10), origin: "kmemleak" };
  return { text: s, origin: s.length < before ? "printk" : "plain" };
}
function looksBinary(text) {
  if (text.includes("\0")) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) control++;
    else if (c === 65533) control++;
  }
  return control > sample.length / 100;
}

// src/parse/problems.ts
var KMEMLEAK_PROBLEMS = [
  { pattern: /Kernel memory leak detector disabled/, cause: "kmemleak is disabled (the kernel turned it off)" },
  // "kmemleak" and later "disabled" / "not enabled", any case (a regex `kmemleak.*(…)` is quadratic on a long line).
  { pattern: { test: (t) => mentionsInOrder(t, "kmemleak", ["disabled", "not enabled"]) }, cause: "kmemleak is disabled" },
  { pattern: /Memory pool empty/, cause: "kmemleak's memory pool ran empty: objects went untracked, the report is incomplete" },
  {
    pattern: /Cannot insert 0x[0-9a-f]+ into the object search tree/,
    cause: "kmemleak object tree overlap error: kmemleak disabled itself, the report is incomplete"
  },
  { pattern: /Cannot allocate a kmemleak_object structure/, cause: "kmemleak could not allocate its metadata: the report is incomplete" },
  { pattern: /Early log buffer exceeded/, cause: "kmemleak's early log buffer overflowed: kmemleak disabled itself" }
];
var READ_ERROR = /(Permission denied|No such file or directory|Operation not permitted|Device or resource busy|Invalid argument|can't open)/;
var OOPS_START = /(BUG: unable to handle|general protection fault|Oops:|kernel BUG at|BUG: KASAN:|Unable to handle kernel)/;
var KMEMLEAK_FRAME = /\b(kmemleak_\w+|lookup_object|scan_block|scan_gray_list|create_object|mm\/kmemleak\.c)\b/;
var OOPS_WINDOW = 80;
function lineProblem(text, line, hasRecords) {
  for (const rule of KMEMLEAK_PROBLEMS) {
    if (rule.pattern.test(text)) return { line, cause: rule.cause };
  }
  const readError = READ_ERROR.exec(text);
  if (readError && (/kmemleak|kallsyms/.test(text) || !hasRecords)) {
    return { line, cause: `the capture holds an error instead of a report: "${text.trim().slice(0, 120)}"` };
  }
  return void 0;
}
function oopsInKmemleak(lines) {
  for (let i = 0; i < lines.length; i++) {
    const start = OOPS_START.exec(lines[i].text);
    if (!start) continue;
    for (let j = i; j < Math.min(lines.length, i + OOPS_WINDOW); j++) {
      if (KMEMLEAK_FRAME.test(lines[j].text)) {
        return {
          line: lines[i].line,
          cause: `kernel oops inside kmemleak ("${lines[i].text.trim().slice(0, 100)}"): the scan did not complete, the report cannot be trusted`
        };
      }
    }
  }
  return void 0;
}

// src/parse/scan-counts.ts
var SUSPECTED = /^(\d+) new suspected memory leaks/;
function scanCountProblem(lines, records) {
  if (!lines.some((l) => l.origin === "kmemleak")) return void 0;
  const origin = new Map(lines.map((l) => [l.line, l.origin]));
  const printed = records.filter((r) => origin.get(r.source.line) === "kmemleak").map((r) => r.source.line).sort((a, b) => a - b);
  if (printed.length === 0) return void 0;
  let next = 0;
  for (const l of lines) {
    const m = SUSPECTED.exec(l.text);
    if (!m) continue;
    const expected = Number(m[1]);
    let found = 0;
    for (; next < printed.length && printed[next] < l.line; next++) found++;
    if (found < expected) {
      return {
        line: l.line,
        cause: `kmemleak reported ${expected} new suspected memory leaks here, but the log holds ${found} record${found === 1 ? "" : "s"} of that scan: records were lost (a log cut at its start, a wrapped ring buffer, a console that dropped lines)`
      };
    }
  }
  return void 0;
}

// src/parse/faddr2line.ts
var QUERY = /^\S+\+0x[0-9a-fA-F]+(?:\/0x[0-9a-fA-F]+)?:$/;
var PLACE = /^(?:\(inlined by\) )?[^\s()]+ at \S+:(?:\d+|\?)(?: \(discriminator \d+\))?$/;
function isFaddr2lineLine(text) {
  return QUERY.test(text) || PLACE.test(text);
}

// src/parse/decoded.ts
var NAME = /^[^\s()+[\]:]+$/;
var PLACE2 = /^(\S+?):(\d+|\?)(?::\d+)?$/;
var DISCRIMINATOR_END = /^\d+\)$/;
var MODULE2 = /^(?:\[([\w-]+)\]|([\w-]+))$/;
var INFO = /^\([A-Z]*\)$/;
function parseDecodedFrame(text) {
  const open3 = text.indexOf(" (");
  if (open3 <= 0) return void 0;
  const name = text.slice(0, open3);
  if (!NAME.test(name)) return void 0;
  const close = matchingParen(text, open3 + 1);
  if (close < 0) return void 0;
  const places = parsePlaces(text.slice(open3 + 2, close));
  if (!places) return void 0;
  const module = parseTail(text.slice(close + 1));
  if (module === null) return void 0;
  const own = places[places.length - 1];
  return {
    function: name,
    module,
    resolvedBy: "kernel",
    inlined: [],
    text,
    file: own.file,
    line: own.line
  };
}
function matchingParen(text, at) {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}
function parsePlaces(inner) {
  const tokens = inner.split(" ");
  const places = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(discriminator" && DISCRIMINATOR_END.test(tokens[i + 1] ?? "") && places.length > 0) {
      i++;
      continue;
    }
    const m = PLACE2.exec(t);
    if (!m) return void 0;
    places.push(m[1] === "??" || m[2] === "?" ? {} : { file: m[1], line: bounded(decimal(m[2], "line number", MAX_INT)) });
  }
  return places.length > 0 ? places : void 0;
}
function parseTail(tail) {
  const tokens = tail.split(" ").filter((t) => t !== "");
  if (tokens.length > 0 && INFO.test(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 0) return void 0;
  if (tokens.length > 1) return null;
  const m = MODULE2.exec(tokens[0]);
  return m ? m[1] ?? m[2] : null;
}

// src/parse/frame.ts
var ADDRESS_COLUMN = /^\[<([0-9a-fA-F]+|\(____ptrval____\)|\(ptrval\))>\]\s+/;
var SYMBOL = /^(\S+?)\+0x([0-9a-fA-F]+)\/0x([0-9a-fA-F]+)$/;
var RAW = /^0x([0-9a-fA-F]+)$/;
var NAME2 = /^[^\s+[\]]+$/;
var MODULE3 = /^\[([\w-]+)\]$/;
var BARE_MODULE = /^([\w-]+)\]?$/;
var SOURCE = /^(\S+?):(\d+)(?::\d+)?$/;
var PLAIN_SYMBOL = /^\s*(?:\[<([0-9a-fA-F]+|\(____ptrval____\)|\(ptrval\))>\]\s+)?(\S+?)\+0x([0-9a-fA-F]+)\/0x([0-9a-fA-F]+)(?:\s+\[([\w-]+)\])?$/;
function parseFrameLine(line) {
  try {
    return parseFrame(line);
  } catch (e) {
    if (e instanceof OutOfRange) return { kind: "unreadable", cause: e.message };
    throw e;
  }
}
var offsetOf = (digits) => bounded(hexNumber(digits, "offset"));
var sizeOf = (digits) => bounded(hexNumber(digits, "symbol size"));
function parseFrame(line) {
  const plain = PLAIN_SYMBOL.exec(line);
  if (plain && plain[5] !== "inline") {
    const frame = {
      address: realColumnAddress(plain[1]),
      function: plain[2],
      offset: offsetOf(plain[3]),
      size: sizeOf(plain[4]),
      module: plain[5],
      resolvedBy: "kernel",
      inlined: [],
      text: line.trim(),
      file: void 0,
      line: void 0
    };
    return plain[1] === void 0 ? { kind: "frame", frame } : { kind: "frame", frame, columnAddress: plain[1] };
  }
  let rest = line.trim();
  let columnAddress;
  const col = ADDRESS_COLUMN.exec(rest);
  if (col) {
    columnAddress = col[1];
    rest = rest.slice(col[0].length);
  }
  if (columnAddress === void 0) {
    const decoded = parseDecodedFrame(rest);
    if (decoded) return { kind: "frame", frame: decoded };
  }
  const tokens = rest.split(/\s+/);
  const symbol = tokens[0];
  if (!symbol) return void 0;
  let i = 1;
  let module;
  const mod = tokens[i] !== void 0 ? MODULE3.exec(tokens[i]) : null;
  if (mod && tokens[i] !== "[inline]") {
    module = mod[1];
    i++;
  } else if (tokens.length === 2 && SYMBOL.test(symbol) && BARE_MODULE.test(tokens[1])) {
    module = BARE_MODULE.exec(tokens[1])[1];
    i++;
  }
  let file;
  let lineNo;
  const src = tokens[i] !== void 0 ? SOURCE.exec(tokens[i]) : null;
  if (src) {
    file = src[1];
    lineNo = bounded(decimal(src[2], "line number", MAX_INT));
    i++;
  }
  if (tokens[i]?.startsWith("(discriminator")) i += 2;
  const inline = tokens[i] === "[inline]";
  if (inline) i++;
  if (i !== tokens.length) return void 0;
  if (inline) {
    if (!NAME2.test(symbol)) return void 0;
    return { kind: "inline", inline: { function: symbol, file, line: lineNo }, columnAddress };
  }
  const raw = RAW.exec(symbol);
  if (raw) {
    if (isTerminator(raw[1])) return { kind: "terminator" };
    const address = bounded(hexUnsigned(raw[1], "address"));
    return {
      kind: "frame",
      columnAddress,
      frame: { address, resolvedBy: "unresolved", inlined: [], text: rest, module, file, line: lineNo }
    };
  }
  const sym = SYMBOL.exec(symbol);
  if (!sym) return void 0;
  return {
    kind: "frame",
    columnAddress,
    frame: {
      address: realColumnAddress(columnAddress),
      function: sym[1],
      offset: offsetOf(sym[2]),
      size: sizeOf(sym[3]),
      module,
      resolvedBy: "kernel",
      inlined: [],
      text: rest,
      file,
      line: lineNo
    }
  };
}
function isTerminator(hex2) {
  return /^f+$/i.test(hex2) && (hex2.length === 8 || hex2.length === 16);
}
function realColumnAddress(col) {
  if (!col || col.length !== 16 || !/^ffff/i.test(col)) return void 0;
  return BigInt("0x" + col);
}

// src/parse/record.ts
var HEADER2 = /^\s*(?:BUG: memory leak )?unreferenced object(?: \((phys|percpu)\))? 0x([0-9a-fA-F]+) \(size (\d+)\)(?: \((phys|percpu)\))?:?$/;
var HEADER_START = /^\s*(?:BUG: memory leak )?unreferenced object\b/;
var COMM = /^\s*comm "(.*)", pid (\d+)(?:, jiffies (\d+)(?: \(age [\d.]+s\))?)?$/;
var HEX_DUMP = /^\s*hex dump \(first \d+ bytes(?: on cpu \d+)?\):$/;
var HEX_ROW = /^\s*[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*(?:\s|$)/;
var BACKTRACE = /^\s*backtrace(?: \(crc ([0-9a-fA-F]+)\))?:$/;
var FRAME_LIKE = /^(?:\s{4,}|\s*\[<)/;
var RECORD_LINE_START = /^(?:$|\s|\[<|\[\s*[\d.]*\]?\s*$|<\d)/;
var TRACE_OPENER = /:\s*$|^\s*<\w+>$/;
var MAX_RECORD_LINE = 65536;
var tooLong = (text) => `line too long (${text.length} characters, more than ${MAX_RECORD_LINE}): ${quote(text)}`;
var quote = (text) => JSON.stringify(text.trim().slice(0, 100));
function parseRecord(input, start) {
  const { lines } = input;
  const headerLine = lines[start];
  const header = HEADER2.exec(headerLine.text);
  const object = header ? hexUnsigned(header[2], "object address") : void 0;
  const size = header ? decimal(header[3], "object size") : void 0;
  const record = {
    object: object && "value" in object ? "0x" + header[2].toLowerCase() : "",
    size: size && "value" in size ? size.value : 0,
    kind: header?.[1] ?? header?.[4],
    frames: [],
    source: { file: input.path, line: headerLine.line },
    run: input.run
  };
  if (!record.kind) delete record.kind;
  const outOfRange = (b) => b && "cause" in b ? b.cause : void 0;
  const headerCause = headerLine.text.length > MAX_RECORD_LINE ? tooLong(headerLine.text) : header ? outOfRange(object) ?? outOfRange(size) : `record header not understood (no address or size): ${quote(headerLine.text)}`;
  let problem2 = headerCause === void 0 ? void 0 : { line: headerLine.line, cause: headerCause };
  let i = start + 1;
  let state = "meta";
  let pendingInline = [];
  let sawBacktrace = false;
  const foreign = (l) => l.origin !== "plain" && l.origin !== headerLine.origin;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (HEADER_START.test(text)) break;
    if (foreign(lines[i])) continue;
    const long = text.length > MAX_RECORD_LINE;
    if (long && state !== "trace") {
      problem2 ??= { line, cause: tooLong(text) };
      continue;
    }
    if (text.trim() === "") {
      if (state === "trace") {
        const next = nextOwnLine(lines, i + 1, foreign, true);
        if (next !== void 0 && isFaddr2lineLine(lines[next].text.trim())) {
          i = next - 1;
          continue;
        }
        if (continuesAt(lines, next)) problem2 ??= { line, cause: "a blank line inside the backtrace, frames go on after it" };
      }
      break;
    }
    if (state !== "trace") {
      const comm = COMM.exec(text);
      if (comm) {
        record.comm = comm[1];
        const pid = decimal(comm[2], "pid", MAX_INT);
        const jiffies = comm[3] === void 0 ? void 0 : decimal64(comm[3], "jiffies");
        if ("value" in pid) record.pid = pid.value;
        if (jiffies && "value" in jiffies) record.jiffies = jiffies.value;
        const cause = outOfRange(pid) ?? outOfRange(jiffies);
        if (cause !== void 0) problem2 ??= { line, cause };
        continue;
      }
      if (HEX_DUMP.test(text)) {
        state = "hex";
        continue;
      }
      const bt = BACKTRACE.exec(text);
      if (bt) {
        sawBacktrace = true;
        const crc = bt[1] === void 0 ? void 0 : hexUnsigned(bt[1], "crc", 32);
        if (crc && "value" in crc) record.crc = bt[1].toLowerCase();
        const crcCause = outOfRange(crc);
        if (crcCause !== void 0) problem2 ??= { line, cause: crcCause };
        state = "trace";
        continue;
      }
      if (state === "hex" && HEX_ROW.test(text)) continue;
      break;
    }
    const parsed = long ? void 0 : parseFrameLine(text);
    if (!parsed && !long && isFaddr2lineLine(text.trim())) continue;
    if (!parsed) {
      const unknown = unreadableLine(lines, i, record.frames.length + pendingInline.length === 0, foreign);
      problem2 ??= unknown && long ? { line, cause: tooLong(text) } : unknown;
      break;
    }
    if (parsed.kind === "unreadable") {
      problem2 ??= { line, cause: `${parsed.cause}: ${quote(text)}` };
      continue;
    }
    if (parsed.kind === "terminator") continue;
    if (parsed.kind === "inline") {
      pendingInline.push(parsed.inline);
      continue;
    }
    const frame = parsed.frame;
    if (pendingInline.length) {
      frame.inlined = pendingInline;
      pendingInline = [];
    }
    record.frames.push(frame);
  }
  const atEnd = i >= lines.length - 1 && lines.slice(i).every((l) => l.text.trim() === "");
  const last = lines[i - 1];
  const cut = cutMidLineAfter(input, i);
  if (cut) problem2 = { line: cut.line, cause: `cut mid-line at end of input: ${quote(cut.text)}` };
  if (!problem2 && !sawBacktrace) {
    problem2 = atEnd ? { line: last.line, cause: "cut at end of input before its backtrace" } : { line: lines[i].line, cause: `no backtrace: the record ends at ${quote(lines[i].text)}` };
  }
  if (!problem2 && record.frames.length === 0) {
    problem2 = atEnd ? { line: last.line, cause: 'cut at end of input: no frame after "backtrace:"' } : { line: lines[i].line, cause: "a backtrace without frames" };
  }
  if (problem2) record.unreadable = problem2;
  return { record, next: i };
}
function cutMidLineAfter(input, i) {
  const { lines } = input;
  if (!input.cutMidLine) return void 0;
  const last = lines[lines.length - 1];
  if (i === lines.length) return last;
  if (i === lines.length - 1 && RECORD_LINE_START.test(last.text)) return last;
  return void 0;
}
function cutHeader(text, input, index) {
  const t = text.trim();
  return input.cutMidLine && index === input.lines.length - 1 && t !== "" && "unreferenced object".startsWith(t);
}
function unreadableLine(lines, i, first, foreign) {
  const { text, line } = lines[i];
  if (first) return { line, cause: `the first line of the backtrace is of unknown form: ${quote(text)}` };
  if (FRAME_LIKE.test(text)) return { line, cause: `a line of unknown form inside the backtrace: ${quote(text)}` };
  if (!TRACE_OPENER.test(text) && continuesAt(lines, nextOwnLine(lines, i + 1, foreign, false))) {
    return { line, cause: `a console line inside the backtrace, frames go on after it: ${quote(text)}` };
  }
  return void 0;
}
function continuesAt(lines, j) {
  const next = j === void 0 ? void 0 : lines[j];
  if (next === void 0 || next.text.trim() === "" || HEADER_START.test(next.text)) return false;
  return parseFrameLine(next.text) !== void 0 || isFaddr2lineLine(next.text.trim());
}
function nextOwnLine(lines, from, foreign, skipBlank) {
  for (let i = from; i < lines.length; i++) {
    if (foreign(lines[i]) || skipBlank && lines[i].text.trim() === "") continue;
    return i;
  }
  return void 0;
}

// src/parse/report.ts
var KMEMLEAK_LINE = /^(?:.*\]\s*)?kmemleak: /m;
function parseReport(text, path2, run2) {
  if (looksBinary(text)) throw new InputError(path2, "binary data, not a kmemleak report");
  const warnings = [];
  if (text.trim() === "") {
    warnings.push(`${path2}: empty report, read as "no leaks" (a failed capture looks the same: check it)`);
    return { path: path2, records: [], warnings };
  }
  const lines = cleanLines(text);
  const input = { lines, path: path2, run: run2, cutMidLine: !text.endsWith("\n") };
  const records = [];
  const outside = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (HEADER_START.test(l.text) || cutHeader(l.text, input, i)) {
      const { record, next } = parseRecord(input, i);
      records.push(record);
      i = next;
      continue;
    }
    outside.push(l);
    i++;
  }
  for (const l of outside) {
    const problem2 = lineProblem(l.text, l.line, records.length > 0);
    if (problem2) throw new InputError(path2, problem2.cause, problem2.line);
  }
  const oops = oopsInKmemleak(outside);
  if (oops) throw new InputError(path2, oops.cause, oops.line);
  if (records.length === 0) {
    const suspected = lines.find((l) => SUSPECTED.test(l.text) && Number(SUSPECTED.exec(l.text)[1]) > 0);
    if (suspected) {
      throw new InputError(
        path2,
        "kmemleak reported suspected leaks but their records are not in this file: read /sys/kernel/debug/kmemleak (or boot with kmemleak.verbose=1)",
        suspected.line
      );
    }
    if (!KMEMLEAK_LINE.test(text)) {
      throw new InputError(
        path2,
        "not a kmemleak report: no 'unreferenced object' record and no kmemleak line (was kmemleak on, was the report read?)"
      );
    }
    const last = [...lines].reverse().find((l) => l.origin === "kmemleak");
    throw new InputError(
      path2,
      `no record and no finished scan in this kernel log${last ? ` (its last kmemleak line: ${JSON.stringify(last.text.trim().slice(0, 100))})` : ""}: a clean scan prints nothing to the log, so it cannot show that kmemleak found nothing; read /sys/kernel/debug/kmemleak after a scan (an empty read is a clean one), or give a capture directory`,
      last?.line
    );
  }
  const lost = scanCountProblem(lines, records);
  if (lost) throw new InputError(path2, lost.cause, lost.line);
  const unique = dedupeRecords(records);
  if (unique.repeated > 0) {
    warnings.push(
      `${path2}: ${unique.repeated} record(s) printed again by a later read of kmemleak (reports are cumulative): each object counted once`
    );
  }
  return { path: path2, records: unique.records, warnings };
}

// src/kallsyms/lookup.ts
var TEXT_TYPES = /* @__PURE__ */ new Set(["t", "T", "w", "W"]);
var PARTIAL_LAST_SYMBOL_SPAN = 0x10000n;
function isText(sym) {
  return TEXT_TYPES.has(sym.type) && !isPrefixedMappingSymbol(sym.name);
}
function floorIndex(symbols, addr) {
  const aHi = Number(addr >> 32n);
  const aLo = Number(addr & 0xffffffffn);
  let lo = 0;
  let hi = symbols.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (compareAddress(aHi, aLo, symbols[mid]) >= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
function lookupAddress(table, addr) {
  const { symbols } = table;
  const last = floorIndex(symbols, addr);
  if (last < 0) return void 0;
  const top = symbols[last];
  const at = top.address;
  let first = last;
  while (first > 0 && symbols[first - 1].hi === top.hi && symbols[first - 1].lo === top.lo) first--;
  let sym;
  for (let i = first; i <= last; i++)
    if (isText(symbols[i])) {
      sym = symbols[i];
      break;
    }
  if (!sym) return void 0;
  const next = symbols[last + 1];
  if (!next && !(table.complete === false && addr - at < PARTIAL_LAST_SYMBOL_SPAN)) return void 0;
  const hit = { function: sym.name, offset: Number(addr - at), symbolAddress: at };
  if (sym.module) hit.module = sym.module;
  if (table.complete && next) hit.size = Number(next.address - at);
  return hit;
}
function findSymbol(table, name, module) {
  const found = symbolIndex(table).get(name);
  const all = found === void 0 ? [] : Array.isArray(found) ? found : [found];
  const want = module === void 0 ? void 0 : normalizeModuleName(module);
  return all.filter((s) => s.module === void 0 ? want === void 0 : normalizeModuleName(s.module) === want);
}
var indexes = /* @__PURE__ */ new WeakMap();
function symbolIndex(table) {
  let index = indexes.get(table);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const s of table.symbols) {
      if (!isText(s)) continue;
      const held = index.get(s.name);
      if (held === void 0) index.set(s.name, s);
      else if (Array.isArray(held)) held.push(s);
      else index.set(s.name, [held, s]);
    }
    indexes.set(table, index);
  }
  return index;
}

// src/symbolize/mapping-names.ts
var isMappingName = (f) => f.function !== void 0 && (isMappingSymbol(f.function) || isPrefixedMappingSymbol(f.function));
function unnameMappingFrames(records) {
  let count = 0;
  let example = "";
  const out = records.map((r) => {
    if (!r.frames.some(isMappingName)) return r;
    const frames = r.frames.map((f) => {
      if (!isMappingName(f)) return f;
      if (count++ === 0) example = f.text || formatFrame(f);
      const { function: _fn, offset: _o, size: _s, module: _m, ...rest } = f;
      return { ...rest, resolvedBy: "unresolved" };
    });
    return { ...r, frames };
  });
  if (count === 0) return { records };
  return {
    records: out,
    warning: `${count} frame${count === 1 ? "" : "s"} printed with a mapping symbol for a name (e.g. "${example}"): not a function; named from the address where a snapshot covers it, else left unresolved`
  };
}

// src/symbolize/tally.ts
var WarningTally = class {
  buckets = /* @__PURE__ */ new Map();
  add(kind, example) {
    const b = this.buckets.get(kind);
    if (b) b.count++;
    else this.buckets.set(kind, { count: 1, example });
  }
  /** Raw frames no snapshot covers: reported after source resolution, which may still name them (init code). */
  notCoveredAddresses = /* @__PURE__ */ new Set();
  notCovered(address) {
    this.notCoveredAddresses.add(address);
  }
  ambiguous(address, hits, views) {
    this.add("ambiguous", `${hex(address)}: ${describe(hits, views)}`);
  }
  staleRenamed(kernelText, snapshotName) {
    this.add("stale-renamed", `kernel printed "${kernelText}", the object's snapshot has ${snapshotName}`);
  }
  staleUnresolved(kernelText, hits, views) {
    this.add("stale-unresolved", `kernel printed "${kernelText}"; ${describe(hits, views)}`);
  }
  messages(untimedSeveral) {
    const out = [];
    const b = (k) => this.buckets.get(k);
    const n = (x2) => `${x2.count} frame${x2.count === 1 ? "" : "s"}`;
    const hint = untimedSeveral ? " (give the snapshots as a capture directory, whose snapshot times tell which load each object belongs to)" : "";
    let x = b("ambiguous");
    if (x) out.push(`${n(x)} left unresolved: the snapshots disagree about them${hint}, e.g. ${x.example}`);
    x = b("stale-renamed");
    if (x) out.push(`${n(x)} renamed: the kernel printed the name of a module loaded later at the same address, e.g. ${x.example}`);
    x = b("stale-unresolved");
    if (x)
      out.push(
        `${n(x)} left unresolved: the kernel's name may belong to a module loaded later at the same address${hint}, e.g. ${x.example}`
      );
    return out;
  }
};
function describe(hits, views) {
  return hits.map((h, i) => `${views[i].label} has ${h ? formatHit(h) : "nothing"}`).join(", ");
}
function notCoveredWarning(records, notCovered) {
  let count = 0;
  let example;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.function === void 0 && f.address !== void 0 && notCovered.has(f.address)) {
        count++;
        example ??= f.address;
      }
    }
  }
  if (count === 0) return void 0;
  return `${count} frame${count === 1 ? "" : "s"} left unresolved: no snapshot has a text symbol there (module init code, freed after load: give --debug-info and --module-sections; or a snapshot from another boot), e.g. ${hex(example)}`;
}

// src/symbolize/symbolize.ts
function symbolizeRecords(given, tables) {
  const { records, warning } = unnameMappingFrames(given);
  const first = warning === void 0 ? [] : [warning];
  if (tables.length === 0) return { records, warnings: first, notCovered: /* @__PURE__ */ new Set() };
  const tally = new WarningTally();
  const timed = tables.every((t) => t.takenAtJiffies !== void 0);
  const byTime = timed ? [...tables].sort((a, b) => a.takenAtJiffies < b.takenAtJiffies ? -1 : 1) : tables;
  const singles = new Map(tables.map((t) => [t, [t]]));
  const out = records.map((record) => {
    const chosen = timed && record.jiffies !== void 0 ? snapshotOfLoad(byTime, record.jiffies) : void 0;
    const views = chosen ? singles.get(chosen) : tables;
    return { ...record, frames: record.frames.map((f) => nameFrame(f, views, byTime, tally)) };
  });
  return { records: out, warnings: [...first, ...tally.messages(tables.length > 1 && !timed)], notCovered: tally.notCoveredAddresses };
}
function snapshotOfLoad(byTime, jiffies) {
  return byTime.find((t) => t.takenAtJiffies >= jiffies) ?? byTime[byTime.length - 1];
}
function nameFrame(frame, views, byTime, tally) {
  const raw = frame.function === void 0;
  if (!raw && frame.module === void 0) return frame;
  const address = raw ? frame.address : frame.address ?? addressAtReadTime(frame, byTime);
  if (address === void 0) return frame;
  const hits = views.map((t) => lookupAddress(t, address));
  const agreed = allSame(hits);
  if (raw) {
    if (agreed) return named(frame, address, agreed, views);
    if (hits.every((h) => h === void 0)) tally.notCovered(address);
    else tally.ambiguous(address, hits, views);
    return frame;
  }
  if (agreed && agreed.symbolAddress === address - BigInt(frame.offset ?? 0) && sameModule(agreed.module, frame.module)) {
    return { ...frame, address, snapshot: labelOf(views) };
  }
  const stale = frame.text;
  if (agreed && views.length === 1 && byTime.length > 1) {
    tally.staleRenamed(stale, formatHit(agreed));
    return named(frame, address, agreed, views);
  }
  tally.staleUnresolved(stale, hits, views);
  return { ...frame, function: void 0, offset: void 0, size: void 0, module: void 0, address, resolvedBy: "unresolved" };
}
function addressAtReadTime(frame, byTime) {
  for (let i = byTime.length - 1; i >= 0; i--) {
    const syms = findSymbol(byTime[i], frame.function, frame.module);
    if (syms.length > 0) return syms[0].address + BigInt(frame.offset ?? 0);
  }
  return void 0;
}
function allSame(hits) {
  const first = hits[0];
  if (!first) return void 0;
  for (const h of hits) {
    if (!h || h.symbolAddress !== first.symbolAddress || h.function !== first.function || !sameModule(h.module, first.module))
      return void 0;
  }
  return first;
}
function sameModule(a, b) {
  return (a === void 0 ? void 0 : normalizeModuleName(a)) === (b === void 0 ? void 0 : normalizeModuleName(b));
}
function named(frame, address, hit, views) {
  return {
    address,
    function: hit.function,
    offset: hit.offset,
    size: hit.size,
    module: hit.module,
    resolvedBy: "kallsyms",
    snapshot: labelOf(views),
    file: frame.file,
    line: frame.line,
    inlined: frame.inlined,
    text: frame.text
  };
}
var labels = /* @__PURE__ */ new WeakMap();
function labelOf(views) {
  let l = labels.get(views);
  if (l === void 0) {
    l = views.map((v) => v.label).join(", ");
    labels.set(views, l);
  }
  return l;
}

// src/fingerprint/title-skip.ts
var LEAK_SKIP = [
  "kmemleak",
  "mmap",
  "kmem",
  "slab",
  "alloc",
  "create_object",
  "idr_get",
  "list_lru_init",
  "kasprintf",
  "kvasprintf",
  "pcpu_create",
  "strdup",
  "strndup",
  "memdup"
];
var GENERIC_SKIP = [
  "__sanitizer",
  "__asan",
  "kasan",
  "hwasan",
  "__msan",
  "kmsan",
  "kcsan_setup_watchpoint",
  "check_memory_region",
  "check_heap_object",
  "check_object",
  "read_word_at_a_time",
  "(read|write)_once_.*nocheck",
  "print_address_description",
  "panic",
  "invalid_op",
  "report_bug",
  "fixup_bug",
  "print_report",
  "print_usage_bug",
  "do_error",
  "invalid_op",
  "_trap$|do_trap",
  "show_stack",
  "dump_stack",
  "walk_stack",
  "dump_backtrace",
  "warn_slowpath",
  "warn_alloc",
  "warn_bogus",
  "__warn",
  "alloc_page",
  "k?v?(?:m|z|c)alloc",
  "krealloc",
  "kmem_cache",
  "allocate_slab",
  "__alloc_frozen_pages_noprof",
  "folio_(?:alloc|unlock)",
  "filemap_alloc_folio",
  "__filemap_get_folio",
  "find_or_create_page",
  "do_read_cache_folio",
  "read_cache_page",
  "pagecache_get_page",
  "grab_cache_page_write_begin",
  "slab_",
  "debug_object",
  "timer_is_static_object",
  "work_is_static_object",
  "__might_fault",
  "print_unlock",
  "imbalance_bug",
  "lockdep",
  "bh_enable",
  "bh_disable",
  "perf_trace",
  "lock_acquire",
  "lock_release",
  "lock_class",
  "mark_lock",
  "(reacquire|mark)_held_locks",
  "raw_spin_rq",
  "spin_lock",
  "spin_trylock",
  "spin_unlock",
  "read_lock",
  "read_trylock",
  "write_lock",
  "write_trylock",
  "read_unlock",
  "write_unlock",
  "^down$",
  "down_read",
  "down_write",
  "down_read_trylock",
  "down_write_trylock",
  "down_trylock",
  "up_read",
  "up_write",
  "^mutex_",
  "^__mutex_",
  "^rt_mutex_",
  "owner_on_cpu",
  "osq_lock",
  "osq_unlock",
  "atomic(64)?_(dec|inc|read|set|or|xor|and|add|sub|fetch|xchg|cmpxchg|try)",
  "(set|clear|change|test)_bit",
  "__wake_up",
  "^refcount_",
  "^kref_",
  "ref_tracker",
  "seqprop_assert",
  "memcpy",
  "memcmp",
  "memset",
  "memchr",
  "memmove",
  "memdup",
  "strcmp",
  "strncmp",
  "strcpy",
  "strlcpy",
  "strncpy",
  "strscpy",
  "strlen",
  "strstr",
  "strnstr",
  "strnlen",
  "strchr",
  "strdup",
  "strndup",
  "copy_to_user",
  "copy_from_user",
  "copy_to_iter",
  "copy_from_iter",
  "copy_page_to_iter",
  "copy_page_from_iter",
  "copy_folio_to_iter",
  "^copyin$",
  "^copyout$",
  "put_user",
  "get_user",
  "might_fault",
  "might_sleep",
  "list_add",
  "list_del",
  "list_replace",
  "list_move",
  "list_splice",
  "^rb_",
  "^__rb_",
  "_indirect_thunk_",
  // retpolines
  "string",
  "pointer",
  "snprintf",
  "scnprintf",
  "kasprintf",
  "kvasprintf",
  "printk",
  "va_format",
  "dev_info",
  "dev_notice",
  "dev_warn",
  "dev_err",
  "dev_alert",
  "dev_crit",
  "dev_emerg",
  "program_check_exception",
  "program_check_common",
  "del_timer",
  "flush_work",
  "__cancel_work_timer",
  "cancel_work_sync",
  "try_to_grab_pending",
  "flush_workqueue",
  "drain_workqueue",
  "destroy_workqueue",
  "queue_work",
  "finish_wait",
  "kthread_stop",
  "kobject_",
  "add_uevent_var",
  "get_device_parent",
  "device_add",
  "device_del",
  "device_unregister",
  "device_destroy",
  "device_release",
  "devres_release_all",
  "hwrng_unregister",
  "i2c_del_adapter",
  "__unregister_client",
  "device_for_each_child",
  "rollback_registered",
  "unregister_netdev",
  "sysfs_remove",
  "device_remove_file",
  "tty_unregister_device",
  "dummy_urb_enqueue",
  "usb_kill_urb",
  "usb_kill_anchored_urbs",
  "usb_control_msg",
  "usb_hcd_submit_urb",
  "usb_submit_urb",
  "^complete$",
  "wait_for_completion",
  "^kv?free$",
  "kfree_skb",
  "readb$",
  "readw$",
  "readl$",
  "readq$",
  "writeb$",
  "writew$",
  "writel$",
  "writeq$",
  "logic_in",
  "logic_out",
  "^crc\\d+",
  "crc_itu_t",
  "__might_resched",
  "assertfail",
  "^iput$",
  "^iput_final$",
  "^ihold$",
  "hex_dump_to_buffer",
  "print_hex_dump",
  "^klist_",
  "(trace|lockdep)_(hard|soft)irq",
  "^(un)?lock_page",
  "stack_trace_consume_entry",
  "arch_stack_walk",
  "stack_trace_save",
  "insert_work",
  "__queue_delayed_work",
  "queue_delayed_work_on",
  "ida_free",
  // arm64 translation exception handling path.
  "do_(kernel|translation)_fault",
  "do_mem_abort",
  "el1_abort",
  "el1h_64_sync(?:_handler)?",
  "print_tainted",
  "xas_(?:start|load|find)",
  "find_lock_entries",
  "truncate_inode_pages_range",
  "__phys_addr",
  "__fortify_report",
  "cleanup_srcu_struct",
  "rhashtable_lookup",
  "extract_(user|iter)_to_sg",
  "drop_nlink",
  "^get_taint$",
  "^put_device$",
  "lock_timer_base",
  "__timer_delete_sync",
  "sk_stop_timer_sync",
  "__mod_timer",
  "fast_dput",
  "dput",
  "mark_buffer_dirty"
];
var WHOLE_NAME_EXCEPTIONS = {
  put_user: "^_*put_user(?:_\\w+)?$",
  get_user: "^_*get_user(?:_\\w+)?$"
};
var TITLE_STRIP_PREFIXES = [
  "SYSC_",
  "SyS_",
  "sys_",
  "__x64_",
  "__ia32_",
  "__arm64_",
  "____sys_",
  "___sys_",
  "__sys_",
  "__se_",
  "__se_sys_",
  "__do_sys_",
  "compat_SYSC_",
  "compat_SyS_",
  "ksys_"
];
var TITLE_SKIP = new RegExp([...GENERIC_SKIP, ...LEAK_SKIP].map((p) => WHOLE_NAME_EXCEPTIONS[p] ?? p).join("|"));

// src/fingerprint/title.ts
var skipped = memoize((name) => TITLE_SKIP.test(name));
function frameName(name) {
  const n = name.startsWith(".") ? name.slice(1) : name;
  const dot = n.indexOf(".");
  return dot > 0 ? n.slice(0, dot) : n;
}
function withoutPrefix(name) {
  let best = name;
  for (const p of TITLE_STRIP_PREFIXES) {
    if (name.startsWith(p) && name.length - p.length < best.length) best = name.slice(p.length);
  }
  return best;
}
function calledFrames(frames) {
  return frames.filter((f) => f.function !== void 0 && f.resolvedBy !== "unresolved").map((f) => ({ name: f.function, module: f.module }));
}
function titleOf(record) {
  const names = calledFrames(record.frames);
  const pick = names.find((n) => !skipped(frameName(n.name))) ?? names[0];
  if (!pick) {
    const raw = record.frames.find((f) => f.address !== void 0);
    return `memory leak in ${raw ? hex(raw.address) : "an unnamed frame"}`;
  }
  return `memory leak in ${withoutPrefix(frameName(pick.name))}${pick.module ? ` [${pick.module}]` : ""}`;
}
var GENERIC = /^(?:do_one_initcall|do_init_module|load_module|do_initcalls|__do_sys_(?:f)?init_module|__x64_sys_\w+|__se_sys_\w+|sys_\w+)$/;
function unidentifiedTitle(record, unidentified) {
  const at = unidentified.addresses[0];
  const first = record.frames.findIndex((f) => f.function === void 0 && f.address !== void 0 && hex(f.address) === at);
  const pick = calledFrames(record.frames.slice(0, first)).find((n) => {
    const name = frameName(n.name);
    return !skipped(name) && !isTailFrame(name) && !GENERIC.test(name);
  });
  if (!pick) return `memory leak at ${at} (unnamed module frame)`;
  return `memory leak in ${withoutPrefix(frameName(pick.name))}${pick.module ? ` [${pick.module}]` : ""} (unnamed module frame at ${at})`;
}

// src/fingerprint/unnamed.ts
var isBare = (f) => f.function === void 0 && f.address !== void 0;
function unidentifiedOf(record) {
  const { holes, module } = unnamedKeyFrames(record);
  if (holes.length === 0) return void 0;
  const out = { addresses: holes.map((f) => hex(f.address)) };
  if (module !== void 0) out.module = module;
  return out;
}
function unidentifiedKey(record) {
  const shown = record.frames.map((f) => {
    if (f.function === void 0) return f.address !== void 0 ? hex(f.address) : "?";
    const name = normalizeFunctionName(f.function);
    return f.module ? `${normalizeModuleName(f.module)}:${name}` : name;
  });
  return ["unidentified", ...shown];
}
function unnamedKeyFrames(record) {
  const frames = record.frames;
  let i = 0;
  while (i < frames.length && named2(frames[i]) && isAllocatorFrame(normalizeFunctionName(frames[i].function))) i++;
  const holes = [];
  let pending = [];
  let moduleOnly;
  let module;
  let taken = 0;
  for (; i < frames.length && taken < KEY_DEPTH; i++) {
    const f = frames[i];
    if (isBare(f)) {
      pending.push(f);
      continue;
    }
    if (!keyCandidate(f)) continue;
    if (moduleOnly === void 0) {
      moduleOnly = f.module !== void 0;
      if (pending.length === 0) module = f.module;
    }
    if (moduleOnly && f.module === void 0) continue;
    holes.push(...pending);
    pending = [];
    taken++;
  }
  if (taken === 0) holes.push(...pending);
  return module === void 0 ? { holes } : { holes, module };
}
function named2(f) {
  return f.function !== void 0;
}
function keyCandidate(f) {
  if (f.function === void 0 || f.resolvedBy === "debug-info" || f.resolvedBy === "unresolved") return false;
  return !isTailFrame(normalizeFunctionName(f.function));
}

// src/fingerprint/group.ts
function groupLeaks(records) {
  const byFingerprint = /* @__PURE__ */ new Map();
  const perRun = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record.unreadable) continue;
    const unidentified = unidentifiedOf(record);
    const key = unidentified ? unidentifiedKey(record) : fingerprintKey(record);
    const fingerprint = fingerprintOf(key);
    let leak = byFingerprint.get(fingerprint);
    if (!leak) {
      const title = unidentified ? unidentifiedTitle(record, unidentified) : titleOf(record);
      leak = { fingerprint, title, objects: 0, bytes: 0, frames: record.frames, key, runs: [], records: [] };
      if (unidentified) leak.unidentified = unidentified;
      byFingerprint.set(fingerprint, leak);
      perRun.set(fingerprint, /* @__PURE__ */ new Map());
    }
    leak.records.push(record);
    if (!leak.runs.includes(record.run)) leak.runs.push(record.run);
    const counts = perRun.get(fingerprint);
    const c = counts.get(record.run) ?? { objects: 0, bytes: 0 };
    c.objects++;
    c.bytes = Math.min(MAX_EXACT, c.bytes + record.size);
    counts.set(record.run, c);
  }
  for (const leak of byFingerprint.values()) {
    for (const c of perRun.get(leak.fingerprint).values()) {
      if (c.objects > leak.objects || c.objects === leak.objects && c.bytes > leak.bytes) {
        leak.objects = c.objects;
        leak.bytes = c.bytes;
      }
    }
  }
  return [...byFingerprint.values()];
}

// src/resolve/index.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join5 } from "node:path";

// src/resolve/elf.ts
import { open } from "node:fs/promises";
var SHF_ALLOC = 2;
var SHF_EXECINSTR = 4;
var SHT_SYMTAB = 2;
var SHT_NOTE = 7;
var SHT_NOBITS = 8;
var ET_REL = 1;
var EM_ARM = 40;
var STT_FUNC = 2;
var NT_GNU_BUILD_ID2 = 3;
var NotElfError = class extends Error {
};
async function readAt(fh, offset, length) {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, offset);
  if (bytesRead !== length) throw new NotElfError(`truncated at ${offset}+${length}`);
  return buf;
}
async function readElf(path2) {
  const fh = await open(path2, "r");
  try {
    const ident = await readAt(fh, 0, 64).catch(() => {
      throw new NotElfError("not an ELF file (too short)");
    });
    if (ident.readUInt32BE(0) !== 2135247942) throw new NotElfError("not an ELF file");
    const is64 = ident[4] === 2;
    const le = ident[5] === 1;
    const u16 = (b, o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    const u32 = (b, o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    const u64 = (b, o) => le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o);
    const word = (b, o) => is64 ? u64(b, o) : BigInt(u32(b, o));
    const type = u16(ident, 16);
    const machine = u16(ident, 18);
    const shoff = Number(word(ident, is64 ? 40 : 32));
    const shentsize = u16(ident, is64 ? 58 : 46);
    const shnum = u16(ident, is64 ? 60 : 48);
    const shstrndx = u16(ident, is64 ? 62 : 50);
    if (shnum === 0 || shentsize < (is64 ? 64 : 40)) throw new NotElfError("no section headers");
    const sh = await readAt(fh, shoff, shnum * shentsize);
    const raw = [];
    for (let i = 0; i < shnum; i++) {
      const o = i * shentsize;
      raw.push({
        index: i,
        nameOff: u32(sh, o),
        type: u32(sh, o + 4),
        flags: Number(word(sh, o + 8)),
        addr: word(sh, is64 ? o + 16 : o + 12),
        offset: Number(word(sh, is64 ? o + 24 : o + 16)),
        size: Number(word(sh, is64 ? o + 32 : o + 20)),
        link: u32(sh, is64 ? o + 40 : o + 24),
        addralign: Number(word(sh, is64 ? o + 48 : o + 32)),
        entsize: Number(word(sh, is64 ? o + 56 : o + 36)),
        headerOffset: shoff + o + (is64 ? 16 : 12)
      });
    }
    const content = async (s) => s.type === SHT_NOBITS ? Buffer.alloc(0) : readAt(fh, s.offset, s.size);
    const shstr = raw[shstrndx] ? await content(raw[shstrndx]) : Buffer.alloc(0);
    const cstr = (b, o) => {
      const end = b.indexOf(0, o);
      return b.toString("latin1", o, end < 0 ? b.length : end);
    };
    const sections = raw.map(({ nameOff, link: _l, ...s }) => ({ ...s, name: cstr(shstr, nameOff) }));
    const symbols = [];
    const symtab = raw.find((s) => s.type === SHT_SYMTAB);
    if (symtab && raw[symtab.link]) {
      const data = await content(symtab);
      const strs = await content(raw[symtab.link]);
      const ent = is64 ? 24 : 16;
      for (let o = 0; o + ent <= data.length; o += ent) {
        const info = is64 ? data[o + 4] : data[o + 12];
        const raw2 = is64 ? u64(data, o + 8) : BigInt(u32(data, o + 4));
        symbols.push({
          name: cstr(strs, u32(data, o)),
          // A Thumb function's st_value has bit 0 set (the ARM ELF ABI); its code, the
          // kernel's kallsyms and DWARF start at the even address, as binutils reads it.
          value: machine === EM_ARM && (info & 15) === STT_FUNC ? raw2 & ~1n : raw2,
          size: Number(is64 ? u64(data, o + 16) : BigInt(u32(data, o + 8))),
          type: info & 15,
          shndx: u16(data, is64 ? o + 6 : o + 14)
        });
      }
    }
    let buildId;
    for (const s of raw.filter((x) => x.type === SHT_NOTE && x.size < 1 << 20)) {
      const d = await content(s);
      for (let o = 0; o + 12 <= d.length; ) {
        const namesz = u32(d, o), descsz = u32(d, o + 4), ntype = u32(d, o + 8);
        const nameEnd = o + 12 + (namesz + 3 & ~3);
        if (ntype === NT_GNU_BUILD_ID2 && cstr(d, o + 12) === "GNU") {
          buildId = d.subarray(nameEnd, nameEnd + descsz).toString("hex");
        }
        o = nameEnd + (descsz + 3 & ~3);
      }
    }
    let modinfoName;
    const modinfo = sections.find((s) => s.name === ".modinfo");
    if (modinfo && modinfo.size < 1 << 20) {
      for (const entry of (await content(modinfo)).toString("latin1").split("\0")) {
        if (entry.startsWith("name=")) modinfoName = entry.slice(5);
      }
    }
    return { path: path2, is64, littleEndian: le, type, machine, sections, symbols, buildId, modinfoName };
  } finally {
    await fh.close();
  }
}

// src/resolve/load-time-sections.ts
var EM_PPC = 20;
var EM_PPC64 = 21;
var EM_ARM2 = 40;
var EM_AARCH64 = 183;
var EM_RISCV = 243;
var NONE = /* @__PURE__ */ new Map();
var TABLE = {
  [EM_AARCH64]: /* @__PURE__ */ new Map([
    [".plt", [64]],
    [".init.plt", [64]],
    [".text.ftrace_trampoline", [4]]
  ]),
  [EM_ARM2]: /* @__PURE__ */ new Map([
    [".plt", [32, 64]],
    [".init.plt", [32, 64]]
  ]),
  [EM_RISCV]: /* @__PURE__ */ new Map([[".plt", [64]]]),
  [EM_PPC64]: /* @__PURE__ */ new Map([[".stubs", [8]]]),
  [EM_PPC]: /* @__PURE__ */ new Map([
    [".plt", [8]],
    [".init.plt", [8]]
  ])
};
function loadTimeSections(machine) {
  return TABLE[machine] ?? NONE;
}

// src/resolve/layout.ts
var MAX_PAGE = 65536;
var isCode = (s) => (s.flags & (SHF_ALLOC | SHF_EXECINSTR)) === (SHF_ALLOC | SHF_EXECINSTR);
var regionOfSection = (name) => name.startsWith(".init") ? "init" : "core";
var alignUp = (n, align) => Math.ceil(n / Math.max(1, align)) * Math.max(1, align);
function kallsymsIgnores(name) {
  return name === "" || isMappingSymbol(name) || name.startsWith("__crc_") || name.startsWith("__kstrtab") || name.startsWith("__efistub_") || name.startsWith("__kvm_nvhe_");
}
var STT_SECTION = 3;
var STT_FILE = 4;
function codeLayout(elf, given) {
  const place2 = /* @__PURE__ */ new Map();
  const end = { core: 0, init: 0 };
  const grows = { core: false, init: false };
  const relocatable = elf.type === ET_REL;
  const late = relocatable ? loadTimeSections(elf.machine) : void 0;
  for (const s of elf.sections) {
    if (late?.has(s.name) && s.flags & SHF_ALLOC) {
      grows[regionOfSection(s.name)] = true;
      continue;
    }
    if (!isCode(s)) continue;
    if (relocatable) {
      const p = given?.get(s.index) ?? { region: regionOfSection(s.name), offset: alignUp(end[regionOfSection(s.name)], s.addralign) };
      place2.set(s.index, p);
      end[p.region] = Math.max(end[p.region], p.offset + s.size);
    } else if (s.size > 0) {
      place2.set(s.index, { region: "core", offset: 0 });
    }
  }
  const symbols = [];
  for (const sym of elf.symbols) {
    const p = place2.get(sym.shndx);
    if (!p || sym.type === STT_SECTION || sym.type === STT_FILE || kallsymsIgnores(sym.name)) continue;
    symbols.push({ sym, region: p.region, at: relocatable ? BigInt(p.offset) + sym.value : sym.value });
  }
  symbols.sort((a, b) => a.region !== b.region ? a.region < b.region ? -1 : 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  if (!relocatable) {
    const last = symbols[symbols.length - 1];
    if (last) end.core = Number(last.at - (symbols[0]?.at ?? 0n)) + last.sym.size;
  }
  return { place: place2, end, grows, symbols };
}
function printedSize(layout, sym, relocatable) {
  const i = layout.symbols.findIndex((p) => p.sym === sym);
  const me = layout.symbols[i];
  if (!me) return void 0;
  for (let j = i + 1; j < layout.symbols.length; j++) {
    const next = layout.symbols[j];
    if (next.region !== me.region) break;
    if (next.at > me.at) {
      const d = Number(next.at - me.at);
      return { min: d, max: d };
    }
  }
  if (!relocatable) return { min: Math.max(1, sym.size), max: Number.MAX_SAFE_INTEGER };
  const tail = layout.end[me.region] - Number(me.at);
  if (layout.grows[me.region]) return { min: tail, max: Number.MAX_SAFE_INTEGER };
  const alignedEnd = Math.ceil(layout.end[me.region] / MAX_PAGE) * MAX_PAGE;
  return { min: tail, max: alignedEnd - Number(me.at) };
}
function symbolAt(layout, region, at) {
  let best;
  for (const p of layout.symbols) {
    if (p.region !== region || p.at > at) continue;
    if (!best || p.at > best.at) best = p;
  }
  return best;
}

// src/resolve/locate.ts
var placeKey = (p) => `${p.sym.shndx}:${p.sym.value}`;
var indexes2 = /* @__PURE__ */ new WeakMap();
function indexOf(elf) {
  let idx = indexes2.get(elf);
  if (!idx) {
    const layout = codeLayout(elf);
    const byName = /* @__PURE__ */ new Map();
    const byPlace = /* @__PURE__ */ new Map();
    for (const p of layout.symbols) {
      const list = byName.get(p.sym.name) ?? [];
      list.push(p);
      byName.set(p.sym.name, list);
      const names = byPlace.get(placeKey(p)) ?? [];
      names.push(p.sym.name);
      byPlace.set(placeKey(p), names);
    }
    idx = { layout, byName, byPlace };
    indexes2.set(elf, idx);
  }
  return idx;
}
function callOffset(offset, machine) {
  if (machine === EM_ARM && offset % 2 === 1) return offset > 1 ? offset - 3 : 0;
  return offset > 0 ? offset - 1 : 0;
}
function locate(frame, elf, shown) {
  const fn2 = frame.function;
  if (fn2 === void 0 || frame.offset === void 0) return { ok: false, kind: "frame", why: "frame has no symbol+offset" };
  const { layout, byName, byPlace } = indexOf(elf);
  const rel = elf.type === ET_REL;
  const named3 = byName.get(fn2) ?? [];
  if (named3.length === 0) return { ok: false, kind: "mismatch", why: `${fn2} is not a function in ${shown}` };
  let fits = named3;
  if (frame.size !== void 0) {
    fits = named3.filter((p) => {
      const r = printedSize(layout, p.sym, rel);
      return r !== void 0 && frame.size >= r.min && frame.size <= r.max;
    });
    if (fits.length === 0) {
      const r = printedSize(layout, named3[0].sym, rel);
      const there = r ? r.min === r.max ? hex(r.min) : `${hex(r.min)}..${hex(r.max)}` : "?";
      return { ok: false, kind: "mismatch", why: `${fn2} is ${there} bytes in ${shown}, the kernel printed /${hex(frame.size)}` };
    }
  }
  if (fits.length > 1) {
    return {
      ok: false,
      kind: "frame",
      why: `${fits.length} functions named ${fn2}${frame.size !== void 0 ? ` of size ${hex(frame.size)}` : ""} in ${shown}`
    };
  }
  const { sym, region, at } = fits[0];
  const pc = callOffset(frame.offset, elf.machine);
  const extent = sym.size > 0 ? sym.size : printedSize(layout, sym, rel)?.min ?? 0;
  if (pc >= extent) {
    return { ok: false, kind: "mismatch", why: `${fn2}+${hex(frame.offset)} is past the end of ${fn2} (${hex(extent)} bytes) in ${shown}` };
  }
  const aliases = (byPlace.get(placeKey(fits[0])) ?? []).filter((n) => n !== fn2);
  return { ok: true, target: { sym, region, at, pcInSection: sym.value + BigInt(pc), aliases } };
}

// src/resolve/snapshot-layout.ts
function snapshotLayoutProblem(file, snap) {
  const { byName, layout } = indexOf(file.elf);
  let base;
  let first = "";
  const seen = /* @__PURE__ */ new Set();
  for (const s of snap.symbols) {
    seen.add(s.name);
    const placed = byName.get(s.name);
    if (!placed || placed.length === 0) return `${s.name} (in ${snap.snapshot}) is not a function in ${file.shown}`;
    if (placed.length > 1) continue;
    const p = placed[0];
    if (p.region !== "core") continue;
    const b = s.address - p.at;
    if (base === void 0) {
      base = b;
      first = s.name;
    } else if (b !== base) {
      return `its functions are laid out differently from ${snap.snapshot} (${s.name} would load at ${hex(b)}, ${first} at ${hex(base)})`;
    }
  }
  const missing = layout.symbols.find((p) => p.region === "core" && !seen.has(p.sym.name));
  if (missing && snap.symbols.length > 0) return `${missing.sym.name} of ${file.shown} is not in ${snap.snapshot}`;
  return void 0;
}

// src/resolve/choose.ts
function chooseBinaries(records, files, buildIds, placed, sections, warnings, snapshots = []) {
  const groups = /* @__PURE__ */ new Map();
  records.forEach(
    (r, rec) => r.frames.forEach((f, fr) => {
      if (f.function === void 0 || f.offset === void 0 || f.resolvedBy === "unresolved") return;
      const module = f.module === void 0 ? void 0 : normalizeModuleName(f.module);
      const key = `${r.run}\0${module ?? ""}`;
      const g = groups.get(key) ?? { module, report: r.source.file, refs: [] };
      g.refs.push({ rec, fr });
      groups.set(key, g);
    })
  );
  const jobs = [];
  for (const g of groups.values()) {
    const what = g.module === void 0 ? "vmlinux" : `module ${g.module}`;
    let pool = files.filter((f) => f.module === g.module);
    if (pool.length === 0) continue;
    const wanted = buildIds.get(g.module ?? "vmlinux");
    if (wanted !== void 0) {
      pool = pool.filter((f) => f.elf.buildId === wanted);
      if (pool.length === 0) {
        const have = files.filter((f) => f.module === g.module).map((f) => `${f.shown} ${f.elf.buildId ?? "none"}`);
        warnings.push(`${g.report}: the ${what} that ran has build-id ${wanted}, not given (${have.join(", ")}); no source lines for it`);
        continue;
      }
    }
    const frameOf = (ref) => records[ref.rec].frames[ref.fr];
    const evals = pool.map((file) => {
      const located = g.refs.map((ref) => locate(frameOf(ref), file.elf, file.shown));
      const layoutProblem = checkLayout(file, g.module, g.refs.map(frameOf), located, placed, sections);
      if (layoutProblem) located.push({ ok: false, kind: "mismatch", why: layoutProblem });
      for (const snap of snapshots.filter((sm) => g.module !== void 0 && normalizeModuleName(sm.module) === g.module)) {
        const problem2 = snapshotLayoutProblem(file, snap);
        if (problem2) located.push({ ok: false, kind: "mismatch", why: problem2 });
      }
      return { file, located };
    });
    const good = wanted !== void 0 ? evals : evals.filter((e) => e.located.every((l) => l.ok || l.kind === "frame"));
    if (good.length === 0) {
      for (const e of evals) {
        const bad = e.located.filter((l) => !l.ok && l.kind === "mismatch").map((l) => l.ok ? "" : l.why);
        warnings.push(
          `${g.report}: ${e.file.shown} is not the ${what} that ran (${bad.slice(0, 3).join("; ")}${bad.length > 3 ? `; ${bad.length - 3} more` : ""}); no source lines for its ${g.refs.length} frames`
        );
      }
      continue;
    }
    g.refs.forEach((ref, i) => {
      const places = [];
      for (const e of good) {
        const l = e.located[i];
        if (l.ok) places.push({ file: e.file, target: l.target });
        else warnings.push(`${g.report}: ${l.why}; no source line for that frame`);
      }
      if (places.length > 0) jobs.push({ ref, frame: frameOf(ref), places });
    });
  }
  return jobs;
}
function checkLayout(file, module, frames, located, placed, sections) {
  const bases = /* @__PURE__ */ new Map();
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i], l = located[i];
    if (!l.ok || f.address === void 0 || f.offset === void 0) continue;
    const base = f.address - BigInt(f.offset) - l.target.at;
    const seen = bases.get(l.target.region);
    if (seen === void 0) bases.set(l.target.region, base);
    else if (seen !== base) {
      return `its symbols are laid out differently from the report's addresses (${f.function} would load at ${hex(base)}, other frames at ${hex(seen)})`;
    }
  }
  if (module === void 0) return void 0;
  const mine = sections.filter((ms) => ms.module === void 0 || ms.module === module);
  if (mine.length === 0) return void 0;
  const fits = placed.filter((p) => p.file === file).map((p) => p.pm);
  if (fits.length === 0) return `its code sections don't have the sizes the module sections (${mine.map((m) => m.shown).join(", ")}) show`;
  const agrees = fits.some((pm) => [...bases].every(([region, b]) => pm.base[region] === b));
  return agrees ? void 0 : `the report's addresses don't fit the module sections (${mine.map((m) => m.shown).join(", ")})`;
}

// src/resolve/debug-files.ts
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join as join2, resolve as resolve2 } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var COMPRESSED = /\.(xz|zst|gz)$/;
var WANTED = /(^vmlinux|\.ko(\.(xz|zst|gz))?$|\.debug$)/;
async function walk(dir, out, depth = 0) {
  if (depth > 32) return;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join2(dir, e.name);
    if (e.isDirectory()) await walk(p, out, depth + 1);
    else if (e.isFile() && WANTED.test(e.name) && !/^vmlinux.*\.(xz|zst|gz)$/.test(e.name)) out.push(p);
  }
}
async function decompress(path2, tmpDir, n) {
  const out = join2(tmpDir, `${n}-${basename(path2).replace(COMPRESSED, "")}`);
  if (path2.endsWith(".gz")) {
    await pipeline(createReadStream(path2), createGunzip(), createWriteStream(out));
    return out;
  }
  const tool = path2.endsWith(".xz") ? "xz" : "zstd";
  await new Promise((ok, fail) => {
    const child = spawn(tool, ["-dc", "--", path2], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => err += d.toString());
    child.on("error", (e) => fail(new Error(`${tool} could not be run (${e.message}); install it to read ${basename(path2)}`)));
    pipeline(child.stdout, createWriteStream(out)).catch(fail);
    child.on("close", (code) => code === 0 ? ok() : fail(new Error(`${tool} failed on ${path2}: ${err.trim() || `exit ${code}`}`)));
  });
  return out;
}
async function loadDebugFiles(paths, cwd, tmpDir, warnings) {
  const found = [];
  for (const given of paths) {
    const abs = resolve2(cwd, given);
    try {
      if ((await stat(abs)).isDirectory()) {
        const list = [];
        await walk(abs, list);
        list.sort();
        for (const p of list) found.push({ path: p, shown: join2(given, p.slice(abs.length + 1)) });
      } else found.push({ path: abs, shown: given });
    } catch (e) {
      warnings.push(`debug info ${given}: ${e.message}; no source lines from it`);
    }
  }
  const files = [];
  let n = 0;
  for (const f of found) {
    try {
      const plain = COMPRESSED.test(f.path) ? await decompress(f.path, tmpDir, n++) : f.path;
      const elf = await readElf(plain);
      const isModule = elf.type === ET_REL;
      const fromName = basename(f.path).replace(COMPRESSED, "").replace(/\.debug$/, "").replace(/\.ko$/, "");
      files.push({
        shown: f.shown,
        elf,
        module: isModule ? normalizeModuleName(elf.modinfoName ?? fromName) : void 0
      });
    } catch (e) {
      const why = e instanceof NotElfError ? "not an ELF file" : e.message;
      warnings.push(`debug info ${f.shown}: ${why}; skipped`);
    }
  }
  return files;
}

// src/resolve/module-sections.ts
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
var LINE = /^(\S+)\s+(?:0x)?([0-9a-fA-F]{1,16})$/;
async function readModuleSections(spec, cwd) {
  const m = /^([A-Za-z0-9_-]+)=(.+)$/.exec(spec);
  const path2 = m ? m[2] : spec;
  return parseModuleSections(await readFile3(resolve3(cwd, path2), "utf8"), path2, m?.[1]);
}
function parseModuleSections(text, path2, module) {
  const sections = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const f = LINE.exec(line);
    if (!f) throw new Error(`${path2}:${i + 1}: expected "SECTION 0xADDRESS", got ${JSON.stringify(line.slice(0, 80))}`);
    sections.set(f[1], BigInt(`0x${f[2]}`));
  });
  if (sections.size === 0) throw new Error(`${path2}: no sections`);
  return { shown: path2, module: module ? normalizeModuleName(module) : void 0, sections };
}
function placeModule(elf, ms) {
  const late = loadTimeSections(elf.machine);
  const given = /* @__PURE__ */ new Map();
  const base = {};
  const cursor = { core: 0, init: 0 };
  const floor = { core: 0, init: 0 };
  for (const s of elf.sections) {
    const aligns = late.get(s.name);
    if (!(s.flags & SHF_ALLOC) || !aligns && !isCode(s)) continue;
    const region = regionOfSection(s.name);
    const addr = ms.sections.get(s.name);
    const at = cursor[region];
    if (aligns) {
      if (addr !== void 0) {
        const b = base[region] ??= addr;
        const choices = at === void 0 ? [] : aligns.map((a) => alignUp(at, a));
        if (at !== void 0 && !choices.some((o) => b + BigInt(o) === addr)) {
          const where = choices.map((o) => hex(b + BigInt(o))).join(" or ");
          return `${s.name} is at ${hex(addr)} in ${ms.shown} but the kernel would put it at ${where} with this .ko's section sizes`;
        }
        floor[region] = Number(addr - b) + 1;
      }
      cursor[region] = void 0;
      continue;
    }
    if (s.size === 0) {
      if (at !== void 0) cursor[region] = alignUp(at, s.addralign);
      continue;
    }
    if (addr === void 0) return `section ${s.name} of the .ko is not in ${ms.shown}`;
    let offset;
    if (at !== void 0) {
      offset = alignUp(at, s.addralign);
      const b = addr - BigInt(offset);
      const known = base[region];
      if (known === void 0) base[region] = b;
      else if (known !== b) {
        return `${s.name} is at ${hex(addr)} in ${ms.shown} but would be at ${hex(known + BigInt(offset))} with this .ko's section sizes`;
      }
    } else {
      const known = base[region];
      if (known === void 0) return `${s.name} follows a section the kernel sizes at load time that ${ms.shown} does not list`;
      offset = Number(addr - known);
      if (offset < floor[region] || offset % Math.max(1, s.addralign) !== 0) {
        return `${s.name} is at ${hex(addr)} in ${ms.shown}, not after the sections the kernel sized before it`;
      }
    }
    given.set(s.index, { region, offset });
    cursor[region] = offset + s.size;
  }
  if (base.core === void 0 && base.init === void 0) return "the .ko has no code";
  return { base, layout: codeLayout(elf, given) };
}
function regionOf(pm, address) {
  for (const region of ["core", "init"]) {
    const b = pm.base[region];
    if (b !== void 0 && address >= b && address < b + BigInt(pm.layout.end[region])) {
      return { region, at: address - b };
    }
  }
  return void 0;
}

// src/resolve/name-init.ts
var PAGE = 4096;
function placeAll(all, files, warnings) {
  const placed = [];
  for (const ms of all) {
    const candidates = files.filter((f) => f.module !== void 0 && (ms.module === void 0 || f.module === ms.module));
    const fits = [];
    const why = [];
    for (const file of candidates) {
      const pm = placeModule(file.elf, ms);
      if (typeof pm === "string") why.push(`${file.shown}: ${pm}`);
      else fits.push({ file, ms, pm });
    }
    const modules = new Set(fits.map((f) => f.file.module));
    if (fits.length === 0) {
      if (ms.module !== void 0 || candidates.length > 0) {
        warnings.push(
          `module sections ${ms.shown}: no given .ko has this layout${why.length ? ` (${why.slice(0, 3).join("; ")})` : ""}; its init frames stay unnamed`
        );
      }
    } else if (modules.size > 1) {
      warnings.push(
        `module sections ${ms.shown}: the layout fits several modules (${[...modules].join(", ")}); write MODULE=${ms.shown} to choose`
      );
    } else placed.push(...fits);
  }
  return placed;
}
function nameInitFrames(records, placed, warnings) {
  if (placed.length === 0) return records;
  return records.map((r) => ({ ...r, frames: r.frames.map((f) => nameOne(f, placed, warnings)) }));
}
function nameOne(frame, placed, warnings) {
  if (frame.function !== void 0 || frame.address === void 0) return frame;
  const namings = /* @__PURE__ */ new Map();
  let inCore = false;
  for (const { file, pm } of placed) {
    const hit = regionOf(pm, frame.address);
    if (!hit) continue;
    if (hit.region === "core") {
      inCore = true;
      continue;
    }
    const p = symbolAt(pm.layout, "init", hit.at);
    if (!p) continue;
    const range2 = printedSize(pm.layout, p.sym, true);
    const at = Number(p.at);
    const size = range2 && range2.min === range2.max ? range2.min : Math.ceil(pm.layout.end.init / PAGE) * PAGE - at;
    const n2 = { module: file.module, function: p.sym.name, offset: Number(hit.at - p.at), size };
    namings.set(JSON.stringify(n2), n2);
  }
  if (namings.size === 0) return frame;
  const addr = hex(frame.address);
  if (namings.size > 1 || inCore) {
    warnings.push(`${addr} is init code in one given module layout and other code in another (a module loaded twice?); left unnamed`);
    return frame;
  }
  const n = [...namings.values()][0];
  return { ...frame, ...n, resolvedBy: "debug-info" };
}

// src/resolve/paths.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join3, normalize as normalize2, posix, relative } from "node:path";
var CI_CHECKOUT = /^(?:\/home\/runner\/work|\/__w)\/([^/]+)\/\1\//;
var PathMapper = class {
  constructor(cwd, sourceRoot) {
    this.cwd = cwd;
    this.sourceRoot = sourceRoot;
  }
  cwd;
  sourceRoot;
  cache = /* @__PURE__ */ new Map();
  map(file) {
    let hit = this.cache.get(file);
    if (hit === void 0) {
      hit = this.compute(file);
      this.cache.set(file, hit);
    }
    return hit;
  }
  compute(file) {
    const clean = posix.normalize(file.replace(/\\/g, "/"));
    if (this.sourceRoot !== void 0) {
      const root = posix.normalize(this.sourceRoot.replace(/\\/g, "/")).replace(/\/+$/, "");
      if (clean.startsWith(`${root}/`)) return clean.slice(root.length + 1);
      const absRoot = normalize2(join3(this.cwd, this.sourceRoot));
      if (isAbsolute2(clean) && clean.startsWith(`${absRoot}/`)) return relative(absRoot, clean).replace(/\\/g, "/");
    }
    if (!isAbsolute2(clean)) return this.exists(clean) ? clean : file;
    const parts = clean.split("/").filter((p) => p !== "" && p !== ".");
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === "..") continue;
      const rel = parts.slice(i).join("/");
      if (rel.split("/").includes("..")) continue;
      if (this.exists(rel)) return rel;
    }
    const ci = CI_CHECKOUT.exec(clean);
    if (ci) return clean.slice(ci[0].length);
    return file;
  }
  exists(rel) {
    const p = join3(this.cwd, rel);
    return existsSync2(p) && statSync(p).isFile();
  }
};

// src/resolve/relocatable.ts
import { copyFile, open as open2 } from "node:fs/promises";
import { basename as basename2, join as join4 } from "node:path";
var FIRST = 0x1000000n;
async function addressing(elf, kind, tmpDir, n) {
  const sectionBase = /* @__PURE__ */ new Map();
  if (elf.type !== ET_REL) {
    for (const s of elf.sections) sectionBase.set(s.index, 0n);
    return { binary: elf.path, sectionBase };
  }
  if (kind === "llvm") {
    const first = elf.sections.find((s) => isCode(s) && s.size > 0);
    if (first) sectionBase.set(first.index, 0n);
    return { binary: elf.path, sectionBase };
  }
  const copy = join4(tmpDir, `placed-${n}-${basename2(elf.path)}`);
  await copyFile(elf.path, copy);
  const fh = await open2(copy, "r+");
  try {
    let next = FIRST;
    for (const s of elf.sections) {
      if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
      const align = BigInt(Math.max(1, s.addralign));
      next = (next + align - 1n) / align * align;
      sectionBase.set(s.index, next);
      const buf = Buffer.alloc(elf.is64 ? 8 : 4);
      if (elf.is64 && elf.littleEndian) buf.writeBigUInt64LE(next);
      else if (elf.is64) buf.writeBigUInt64BE(next);
      else if (elf.littleEndian) buf.writeUInt32LE(Number(next));
      else buf.writeUInt32BE(Number(next));
      await fh.write(buf, 0, buf.length, s.headerOffset);
      next += BigInt(s.size) + 0x1000n;
    }
  } finally {
    await fh.close();
  }
  return { binary: copy, sectionBase };
}

// src/resolve/tool.ts
import { spawn as spawn2 } from "node:child_process";
function toolArgs(kind, binary) {
  return kind === "binutils" ? ["-a", "-f", "-i", "-e", binary] : [`--obj=${binary}`, "--inlines", "--functions=short", "--output-style=LLVM", "--no-demangle"];
}
async function runTool(symbolizer, binary, addresses, timeoutMs) {
  const tool = symbolizer.command;
  return new Promise((done) => {
    let settled = false;
    const finish = (r) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        done(r);
      }
    };
    const child = spawn2(tool, toolArgs(symbolizer.kind, binary), { stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    let err = "";
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err = (err + d.toString()).slice(-2e3));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish({ ok: false, missing: false, error: `${tool} did not finish within ${timeoutMs / 1e3} s on ${binary}` });
    }, timeoutMs);
    child.on(
      "error",
      (e) => finish({
        ok: false,
        missing: e.code === "ENOENT",
        error: e.code === "ENOENT" ? `${tool} is not installed` : `${tool} could not be run: ${e.message}`
      })
    );
    child.stdin.on("error", () => void 0);
    child.on("close", (code, signal) => {
      if (code !== 0) {
        const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
        return finish({ ok: false, missing: false, error: `${tool} ${why} on ${binary}${err ? `: ${err.trim().split("\n")[0]}` : ""}` });
      }
      const text = Buffer.concat(out).toString("utf8");
      const chains = symbolizer.kind === "binutils" ? parseAddr2line(text) : parseLlvm(text);
      if (chains.length !== addresses.length) {
        return finish({
          ok: false,
          missing: false,
          error: `${tool} answered ${chains.length} of ${addresses.length} addresses on ${binary}`
        });
      }
      finish({ ok: true, chains });
    });
    child.stdin.end(addresses.map((a) => `${hex(a)}
`).join(""));
  });
}
function place(text, withColumn) {
  const re = withColumn ? /^(.*):(\d+):\d+$/ : /^(.*):(\d+|\?)(?: \(discriminator \d+\))?$/;
  const m = re.exec(text);
  if (!m || m[1] === "??" || m[1] === "" || m[2] === "?" || m[2] === "0") return {};
  return { file: m[1], line: Number(m[2]) };
}
var fn = (name) => name === "??" || name === "" ? void 0 : name;
function parseAddr2line(text) {
  const chains = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ) {
    const l = lines[i];
    if (!/^0x[0-9a-f]+$/.test(l)) {
      i++;
      continue;
    }
    const chain = [];
    i++;
    while (i + 1 < lines.length && !/^0x[0-9a-f]+$/.test(lines[i])) {
      chain.push({ function: fn(lines[i]) ?? "??", ...place(lines[i + 1], false) });
      i += 2;
    }
    chains.push(chain);
  }
  return chains;
}
function parseLlvm(text) {
  const chains = [];
  let chain = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "") {
      if (chain.length > 0) chains.push(chain);
      chain = [];
      continue;
    }
    chain.push({ function: fn(lines[i]) ?? "??", ...place(lines[i + 1] ?? "", true) });
    i++;
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

// src/resolve/no-line.ts
var NoLineTally = class {
  constructor(finder) {
    this.finder = finder;
  }
  finder;
  seen = /* @__PURE__ */ new Map();
  add(file, tool, frame) {
    const reason = this.reason(file, tool);
    const key = `${file.shown}\0${tool.command}\0${reason}`;
    const b = this.seen.get(key);
    if (b) b.count++;
    else this.seen.set(key, { count: 1, example: formatFrame(frame), tool: tool.command, where: `${file.shown}: ${reason}` });
  }
  messages() {
    return [...this.seen.values()].map(
      (b) => `${b.tool} answered ?? for ${b.count === 1 ? b.example : `${b.count} frames (e.g. ${b.example})`} in ${b.where}; no source line`
    );
  }
  reason(file, tool) {
    const names = new Set(file.elf.sections.map((s) => s.name));
    if (!names.has(".debug_line") && !names.has(".zdebug_line")) {
      return "it has no line table (.debug_line): built without debug info, or stripped";
    }
    if (tool.kind === "llvm" && file.elf.type === ET_REL) {
      return `it has line tables, but llvm-symbolizer misses some addresses of a relocatable .ko; ${this.finder.binutilsHint(file.elf)} reads them`;
    }
    return "its debug info has no line for that address (assembler without line info, or code the compiler made)";
  }
};

// src/resolve/query.ts
async function lookUp(jobs, finder, tmp, timeoutMs, warnings) {
  const answers = jobs.map((j) => j.places.map(() => void 0));
  const tools = /* @__PURE__ */ new Map();
  const perFile = /* @__PURE__ */ new Map();
  jobs.forEach(
    (j, job) => j.places.forEach((p, place2) => {
      const list = perFile.get(p.file) ?? [];
      list.push({ job, place: place2 });
      perFile.set(p.file, list);
    })
  );
  let n = 0;
  await Promise.all(
    [...perFile].map(async ([file, asks]) => {
      const choice = await finder.forBinary(file.elf, file.shown);
      if (!choice.ok) {
        warnings.push(`${choice.why} (${asks.length} frame${asks.length === 1 ? "" : "s"})`);
        return;
      }
      const tool = choice.tool;
      tools.set(file, tool);
      const { binary, sectionBase } = await addressing(file.elf, tool.kind, tmp, n++);
      for (const a of asks) {
        const { sym, pcInSection } = jobs[a.job].places[a.place].target;
        const base = sectionBase.get(sym.shndx);
        if (base === void 0) {
          const section = file.elf.sections[sym.shndx]?.name ?? `#${sym.shndx}`;
          warnings.push(
            `${tool.command} can't look up ${section} of a relocatable .ko (${file.shown}: ${sym.name}); ${finder.binutilsHint(file.elf)} can`
          );
        } else a.address = base + pcInSection;
      }
      const unique = [...new Set(asks.flatMap((a) => a.address === void 0 ? [] : [a.address]))];
      if (unique.length === 0) return;
      const result2 = await runTool(tool, binary, unique, timeoutMs);
      if (!result2.ok) {
        warnings.push(`${result2.error}: no source lines from ${file.shown}`);
        return;
      }
      const byAddress = new Map(unique.map((addr, i) => [addr, result2.chains[i]]));
      for (const a of asks) if (a.address !== void 0) answers[a.job][a.place] = byAddress.get(a.address);
    })
  );
  return { answers, tools };
}
var baseName = (fn2) => fn2.replace(/\..*$/, "");
function applyAnswers(records, jobs, { answers, tools }, paths, finder, warnings) {
  const noLine = new NoLineTally(finder);
  jobs.forEach((job, j) => {
    const frame = records[job.ref.rec].frames[job.ref.fr];
    const results = /* @__PURE__ */ new Map();
    let answeredNothing;
    for (const [place2, chain] of answers[j].entries()) {
      const outer = chain?.[chain.length - 1];
      if (!chain || !outer) continue;
      if (outer.file === void 0 || outer.line === void 0) {
        answeredNothing ??= { place: place2, text: `${outer.function}` };
        continue;
      }
      const { target } = job.places[place2];
      const known = [job.frame.function ?? "", ...target.aliases].map(baseName);
      const named3 = outer.function !== "??" && !isMappingSymbol(outer.function);
      if (named3 && !known.includes(baseName(outer.function))) {
        warnings.push(`debug info names ${outer.function} where the report has ${job.frame.function}; no source line for that frame`);
        return;
      }
      const inlined = chain.slice(0, -1).map((f) => ({
        function: f.function,
        ...f.file !== void 0 ? { file: paths.map(f.file) } : {},
        ...f.line !== void 0 ? { line: f.line } : {}
      }));
      const r2 = { file: paths.map(outer.file), line: outer.line, inlined };
      results.set(JSON.stringify(r2), r2);
    }
    if (results.size > 1) {
      const names = job.places.map((p) => p.file.shown).join(", ");
      warnings.push(
        `${names} all fit ${job.frame.function} but give different lines; pass only the binary that ran (or a capture with build ids)`
      );
      return;
    }
    const r = [...results.values()][0];
    if (r) Object.assign(frame, r);
    else if (answeredNothing) {
      const file = job.places[answeredNothing.place].file;
      noLine.add(file, tools.get(file), frame);
    }
  });
  warnings.push(...noLine.messages());
}

// src/resolve/symbolizers.ts
import { spawn as spawn3 } from "node:child_process";

// src/resolve/machine.ts
var EM_386 = 3;
var EM_MIPS = 8;
var EM_PPC2 = 20;
var EM_PPC642 = 21;
var EM_S390 = 22;
var EM_ARM3 = 40;
var EM_X86_64 = 62;
var EM_AARCH642 = 183;
var EM_RISCV2 = 243;
var EM_LOONGARCH = 258;
var gnu = (triples, bfdTargets, debianPackage = `binutils-${triples[0].replace(/_/g, "-")}`) => ({
  triples,
  bfdTargets,
  debianPackage
});
function machineOf(elf) {
  const le = elf.littleEndian;
  switch (elf.machine) {
    case EM_X86_64:
      return elf.is64 ? { name: "x86-64", ...gnu(["x86_64-linux-gnu", "x86_64-linux"], ["elf64-x86-64"]) } : { name: "x32", ...gnu(["x86_64-linux-gnux32", "x86_64-linux-gnu"], ["elf32-x86-64"]) };
    case EM_386:
      return { name: "i386", ...gnu(["i686-linux-gnu", "x86_64-linux-gnu", "i386-linux"], ["elf32-i386"]) };
    case EM_AARCH642:
      return le ? { name: "AArch64", ...gnu(["aarch64-linux-gnu", "aarch64-linux", "aarch64-none-linux-gnu"], ["elf64-littleaarch64"]) } : { name: "AArch64 big-endian", ...gnu(["aarch64_be-linux-gnu", "aarch64_be-linux"], ["elf64-bigaarch64"]) };
    case EM_ARM3:
      return le ? {
        name: "ARM",
        ...gnu(["arm-linux-gnueabihf", "arm-linux-gnueabi", "arm-linux", "arm-none-linux-gnueabihf"], ["elf32-littlearm"])
      } : { name: "ARM big-endian", ...gnu(["armeb-linux-gnueabi", "armeb-linux"], ["elf32-bigarm"], "binutils-arm-linux-gnueabi") };
    case EM_RISCV2:
      return elf.is64 ? { name: "RISC-V 64", ...gnu(["riscv64-linux-gnu", "riscv64-linux", "riscv64-unknown-linux-gnu"], ["elf64-littleriscv"]) } : { name: "RISC-V 32", ...gnu(["riscv32-linux-gnu", "riscv32-linux"], ["elf32-littleriscv"], "binutils-riscv64-linux-gnu") };
    case EM_PPC642:
      return le ? { name: "PowerPC64 LE", ...gnu(["powerpc64le-linux-gnu", "powerpc64le-linux"], ["elf64-powerpcle"]) } : { name: "PowerPC64", ...gnu(["powerpc64-linux-gnu", "powerpc64-linux"], ["elf64-powerpc"]) };
    case EM_PPC2:
      return { name: "PowerPC", ...gnu(["powerpc-linux-gnu", "powerpc-linux"], ["elf32-powerpc"]) };
    case EM_S390:
      return { name: "s390x", ...gnu(["s390x-linux-gnu", "s390x-linux"], ["elf64-s390"]) };
    case EM_MIPS: {
      const bits = elf.is64 ? "64" : "32";
      const triple = `mips${elf.is64 ? "64" : ""}${le ? "el" : ""}-linux-gnu${elf.is64 ? "abi64" : ""}`;
      return { name: `MIPS${bits}${le ? " LE" : ""}`, ...gnu([triple], [`elf${bits}-trad${le ? "little" : "big"}mips`]) };
    }
    case EM_LOONGARCH:
      return { name: "LoongArch64", ...gnu(["loongarch64-linux-gnu", "loongarch64-linux"], ["elf64-loongarch"]) };
    default:
      return void 0;
  }
}
function describeMachine(elf) {
  const m = machineOf(elf);
  return m ? m.name : `e_machine ${elf.machine}`;
}

// src/resolve/symbolizers.ts
var LLVM_VERSIONS = [22, 21, 20, 19, 18, 17, 16, 15, 14, 13];
var LLVM_MIN = { LoongArch64: 16 };
var ALL_TRIPLES = [
  "aarch64-linux-gnu",
  "arm-linux-gnueabihf",
  "arm-linux-gnueabi",
  "x86_64-linux-gnu",
  "riscv64-linux-gnu",
  "powerpc64le-linux-gnu",
  "powerpc64-linux-gnu",
  "powerpc-linux-gnu",
  "s390x-linux-gnu",
  "mips64el-linux-gnuabi64",
  "mipsel-linux-gnu",
  "i686-linux-gnu"
];
var SymbolizerFinder = class {
  constructor(req) {
    this.req = req;
  }
  req;
  probes = /* @__PURE__ */ new Map();
  /** The symbolizer for this binary, or why there is none (one line, naming what to install). */
  async forBinary(elf, shown) {
    const machine = machineOf(elf);
    if (!machine) return { ok: false, why: `${shown} is for ${describeMachine(elf)}, which kleak-gate does not know a symbolizer for` };
    const { choice } = this.req;
    const named3 = !["auto", "addr2line", "llvm-symbolizer"].includes(choice);
    const candidates = named3 ? [choice] : this.candidates(machine, choice);
    const seen = [];
    for (const command of candidates) {
      const p = await this.probe(command);
      if (!p) continue;
      if (reads(p, machine)) return { ok: true, tool: { command, kind: p.kind } };
      seen.push(p.kind === "llvm" ? `${command} ${p.version ?? "?"} predates ${machine.name}` : `${command} reads ${shortTargets(p)}`);
    }
    const why = named3 ? seen.length > 0 ? `--symbolizer ${choice} can't read ${machine.name} binaries (${seen[0]})` : `--symbolizer ${choice} could not be run` : `no ${choice === "auto" ? "symbolizer" : choice} here reads ${machine.name} binaries${seen.length ? ` (${seen.join("; ")})` : ""}: install ${installHint(machine, choice)}`;
    return { ok: false, why: `${why}; no source lines from ${shown}` };
  }
  /** "aarch64-linux-gnu-addr2line (Debian binutils-aarch64-linux-gnu)", for messages. */
  binutilsHint(elf) {
    const m = machineOf(elf);
    return m ? `${m.triples[0]}-addr2line (Debian package ${m.debianPackage})` : "a binutils addr2line built for it";
  }
  candidates(machine, choice) {
    const list = [];
    if (choice !== "llvm-symbolizer") {
      if (this.req.crossCompile) list.push(`${this.req.crossCompile}addr2line`);
      for (const t of [...machine.triples, ...ALL_TRIPLES]) list.push(`${t}-addr2line`);
      list.push("addr2line");
    }
    if (choice !== "addr2line") list.push("llvm-symbolizer", ...LLVM_VERSIONS.map((v) => `llvm-symbolizer-${v}`));
    return [...new Set(list)];
  }
  probe(command) {
    let p = this.probes.get(command);
    if (!p) {
      p = probe(command);
      this.probes.set(command, p);
    }
    return p;
  }
};
function reads(p, m) {
  if (p.kind === "llvm") return (p.version ?? 0) >= (LLVM_MIN[m.name] ?? 0);
  return m.bfdTargets.some((t) => p.targets.includes(t));
}
function shortTargets(p) {
  const own = p.targets.filter((t) => t.startsWith("elf") && !/^elf(32|64)-(little|big)$/.test(t));
  return own.length > 0 ? `${own.slice(0, 3).join(", ")}${own.length > 3 ? ", ..." : ""} only` : "no ELF target";
}
function installHint(m, choice) {
  const gnu2 = `${m.debianPackage} (${m.triples[0]}-addr2line)`;
  if (choice === "addr2line") return gnu2;
  if (choice === "llvm-symbolizer") return "llvm (llvm-symbolizer)";
  return `${gnu2} or llvm (llvm-symbolizer)`;
}
async function probe(command) {
  const version = await output(command, ["--version"]);
  if (version === void 0) return void 0;
  if (/LLVM/.test(version)) {
    const v = /LLVM version (\d+)/.exec(version);
    return { kind: "llvm", targets: [], version: v ? Number(v[1]) : void 0 };
  }
  if (!/addr2line/i.test(version)) return void 0;
  const help = await output(command, ["--help"]) ?? "";
  const m = /supported targets:(.*)/.exec(help);
  return { kind: "binutils", targets: m ? m[1].trim().split(/\s+/) : [] };
}
function output(command, args) {
  return new Promise((done) => {
    let text = "";
    const child = spawn3(command, args, { stdio: ["ignore", "pipe", "ignore"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), 1e4);
    child.stdout.on("data", (d) => text += d.toString());
    child.on("error", () => {
      clearTimeout(timer);
      done(void 0);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done(code === 0 ? text : void 0);
    });
  });
}

// src/resolve/index.ts
async function resolveSourceLines(records, opts) {
  const warnings = [];
  if (opts.debugInfo.length === 0) return { records, warnings };
  const tmp = await mkdtemp(join5(tmpdir(), "kleak-gate-resolve-"));
  try {
    const files = await loadDebugFiles(opts.debugInfo, opts.cwd, tmp, warnings);
    const sections = [];
    for (const spec of opts.moduleSections) {
      try {
        sections.push(await readModuleSections(spec, opts.cwd));
      } catch (e) {
        warnings.push(`module sections ${spec}: ${e.message}`);
      }
    }
    for (const t of opts.moduleSectionTexts ?? []) {
      try {
        sections.push(parseModuleSections(t.text, t.path, t.module || void 0));
      } catch (e) {
        warnings.push(`module sections ${t.path}: ${e.message}`);
      }
    }
    const placed = placeAll(sections, files, warnings);
    const named3 = nameInitFrames(records, placed, warnings);
    const out = named3.map((r) => ({ ...r, frames: r.frames.map((f) => ({ ...f, inlined: [...f.inlined] })) }));
    const buildIds = new Map((opts.buildIds ?? []).map((b) => [normalizeModuleName(b.module), b.buildId.toLowerCase()]));
    const jobs = chooseBinaries(out, files, buildIds, placed, sections, warnings, opts.snapshotModules);
    if (jobs.length === 0) return { records: out, warnings: dedupe(warnings) };
    const finder = new SymbolizerFinder({ choice: opts.symbolizer, ...opts.crossCompile ? { crossCompile: opts.crossCompile } : {} });
    const answers = await lookUp(jobs, finder, tmp, opts.timeoutMs ?? 12e4, warnings);
    applyAnswers(out, jobs, answers, new PathMapper(opts.cwd, opts.sourceRoot), finder, warnings);
    return { records: out, warnings: dedupe(warnings) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
var dedupe = (w) => [...new Set(w)];

// src/pipeline/snapshot-modules.ts
function snapshotModules(tables) {
  const out = [];
  for (const t of tables) {
    const byModule = /* @__PURE__ */ new Map();
    for (const s of t.symbols) {
      if (s.module === void 0 || !isText(s)) continue;
      let m = byModule.get(s.module);
      if (!m) {
        m = { module: s.module, snapshot: t.label, symbols: [] };
        byModule.set(s.module, m);
      }
      m.symbols.push({ name: s.name, address: s.address });
    }
    out.push(...byModule.values());
  }
  return out;
}

// src/pipeline/resolve-step.ts
async function resolveStep(records, opts, run2) {
  if (opts.debugInfo.length === 0) return { records, warnings: [] };
  const resolveOpts = {
    debugInfo: opts.debugInfo,
    moduleSections: opts.moduleSections,
    moduleSectionTexts: run2.moduleSections,
    symbolizer: opts.symbolizer,
    cwd: opts.cwd,
    buildIds: run2.buildIds,
    snapshotModules: snapshotModules(run2.tables)
  };
  if (opts.sourceRoot !== void 0) resolveOpts.sourceRoot = opts.sourceRoot;
  if (opts.crossCompile) resolveOpts.crossCompile = opts.crossCompile;
  return resolveSourceLines(records, resolveOpts);
}

// src/kallsyms/slide.ts
function checkSlide(table, records) {
  let slide;
  let samples = 0;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.resolvedBy !== "kernel" || f.address === void 0 || f.module !== void 0 || f.function === void 0) continue;
      const syms = findSymbol(table, f.function, void 0);
      if (syms.length !== 1) continue;
      const s = f.address - BigInt(f.offset ?? 0) - syms[0].address;
      if (slide === void 0) slide = s;
      else if (s !== slide) return { kind: "inconsistent", example: `${f.function} at ${hex(f.address)}` };
      samples++;
    }
  }
  if (slide === void 0) return { kind: "no-evidence" };
  return slide === 0n ? { kind: "same-boot", samples } : { kind: "slid", slide, samples };
}
function relocate(table, slide) {
  const symbols = table.symbols.map((s) => KallsymsSymbol.at(s.address + slide, s.type, s.name, s.index, s.module));
  return { ...table, symbols, label: `${table.label} (KASLR ${signedHex(slide)})` };
}

// src/kallsyms/pairing.ts
function checkPairing(tables, records) {
  const withModules = tables.filter((t) => t.symbols.some((s) => s.module !== void 0));
  let bare;
  let bareCount = 0;
  let moduleEvidence = false;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.function === void 0) {
        if (f.address === void 0) continue;
        bareCount++;
        bare ??= f.address;
        if (!moduleEvidence) moduleEvidence = withModules.some((t) => lookupAddress(t, f.address)?.module !== void 0);
        continue;
      }
      if (f.resolvedBy !== "kernel") continue;
      for (const table of tables) {
        if (f.module !== void 0 && f.size === void 0 && findSymbol(table, f.function, f.module).length > 0) moduleEvidence = true;
        const size = f.size === void 0 ? void 0 : sizeIn(table, f.function, f.module);
        if (size === void 0) continue;
        if (f.module !== void 0) {
          if (size === f.size) moduleEvidence = true;
        } else if (size !== f.size) {
          return { kind: "contradicts", table, example: `the report prints ${f.text}, the snapshot's ${f.function} is ${hex(size)} long` };
        }
      }
    }
  }
  if (bareCount > 0 && withModules.length > 0 && !moduleEvidence) {
    const where = withModules.length === 1 ? "the snapshot holds" : `any of the ${withModules.length} snapshots holds`;
    return {
      kind: "contradicts",
      table: withModules[0],
      example: `none of the report's ${bareCount} bare frames falls inside a module ${where}, e.g. ${hex(bare)}`
    };
  }
  return { kind: "fits" };
}
function sizeIn(table, name, module) {
  if (!table.complete) return void 0;
  const syms = findSymbol(table, name, module);
  if (syms.length !== 1) return void 0;
  const hit = lookupAddress(table, syms[0].address);
  return hit?.function === name ? hit.size : void 0;
}

// src/pipeline/pair-tables.ts
function pairTables(tables, records, report) {
  const unchecked = tables.filter((t) => checkSlide(t, records).kind === "no-evidence");
  const pairing = checkPairing(unchecked, records);
  if (pairing.kind === "contradicts") {
    throw new InputError(
      pairing.table.path,
      `contradicts ${report}: ${pairing.example}; a snapshot of another kernel build, boot or load, or taken after rmmod? Take it as root in the same boot, before rmmod (or give a capture directory)`
    );
  }
  return tables.map((table) => {
    const check = checkSlide(table, records);
    const linkMap = !table.symbols.some((s) => s.module !== void 0);
    if (check.kind === "slid" && linkMap) return relocate(table, check.slide);
    if (check.kind === "slid") {
      throw new InputError(
        table.path,
        `not from the boot that printed ${report}: its addresses are ${signedHex(check.slide)} off the report's (another KASLR offset); take the snapshot in the same boot, before rmmod`
      );
    }
    if (check.kind === "inconsistent") {
      throw new InputError(table.path, `does not match the kernel that printed ${report} (e.g. ${check.example}): another kernel build?`);
    }
    return table;
  });
}

// src/pipeline/analyze.ts
async function analyze(opts) {
  const at = (p) => inputPath(opts.cwd, p);
  if (opts.reports.length === 0 && opts.captures.length === 0) {
    throw new UsageError("no report given: name a kmemleak report file (or - for standard input), or --capture DIR");
  }
  const warnings = [];
  const shared = [];
  for (const p of opts.kallsyms) shared.push(parseKallsyms(await readText(at(p), "kallsyms file"), p));
  for (const t of shared) {
    if (!t.complete)
      warnings.push(
        `${t.path}: a partial kallsyms (no core kernel symbols, ${t.symbols.length} lines): names are the nearest symbol it lists, sizes unknown`
      );
  }
  const runs = [];
  const noEvidence = [];
  for (const p of opts.reports) {
    const parsed = parseReport(await readText(at(p), "report", opts.stdin), p, runs.length);
    warnings.push(...parsed.warnings);
    if (parsed.records.length === 0) noEvidence.push(`${p} is empty: no evidence that kmemleak ran and was read in full`);
    runs.push({ records: parsed.records, tables: shared, buildIds: [], moduleSections: [] });
  }
  for (const dir of opts.captures) {
    const cap = await readCaptureDir(at(dir));
    warnings.push(...cap.warnings);
    const parsed = parseReport(cap.report.text, cap.report.path, runs.length);
    warnings.push(...parsed.warnings);
    const own = cap.snapshots.map((s) => parseKallsyms(s.text, s.path, { label: `${dir}:${s.label}`, takenAtJiffies: s.takenAtJiffies }));
    runs.push({ records: parsed.records, tables: [...own, ...shared], buildIds: cap.buildIds, moduleSections: cap.moduleSections });
  }
  const records = [];
  const unreadable = [];
  for (const run2 of runs) {
    const readable = run2.records.filter((r) => r.unreadable === void 0);
    unreadable.push(...run2.records.filter((r) => r.unreadable !== void 0).map(unreadableEntry));
    const tables = pairTables(run2.tables, readable, run2.records[0]?.source.file ?? "the report");
    const named3 = symbolizeRecords(readable, tables);
    warnings.push(...named3.warnings.map((w) => runs.length > 1 ? `run ${run2.records[0]?.source.file ?? ""}: ${w}` : w));
    const resolved = await resolveStep(named3.records, opts, { ...run2, tables });
    warnings.push(...resolved.warnings);
    if (tables.length === 0) requireSymbolTable(resolved.records);
    const leftRaw = notCoveredWarning(resolved.records, named3.notCovered);
    if (leftRaw) warnings.push(leftRaw);
    records.push(...resolved.records);
  }
  return { leaks: groupLeaks(records), unreadable, noEvidence, runs: runs.length, warnings: dedupe2(warnings) };
}
function requireSymbolTable(records) {
  let count = 0;
  let first;
  for (const r of records) {
    const n = unnamedKeyFrames(r).holes.length;
    if (n > 0) first ??= r;
    count += n;
  }
  if (first === void 0) return;
  throw new InputError(
    first.source.file,
    `${count} frame${count === 1 ? "" : "s"} in module space ${count === 1 ? "is a bare address" : "are bare addresses"} (the module was removed before the scan): give the kallsyms snapshot taken before rmmod (--kallsyms) or a capture directory (--capture)`,
    first.source.line
  );
}
function unreadableEntry(r) {
  const entry = { file: r.source.file, line: r.unreadable.line, cause: r.unreadable.cause, run: r.run };
  if (r.object !== "") {
    entry.object = r.object;
    entry.size = r.size;
  }
  return entry;
}
function dedupe2(list) {
  return [...new Set(list)];
}

// src/render/accept-command.ts
var DEFAULT_INVOCATION = ["npx", "kleak-gate"];
function acceptArgs(opts) {
  const repeat = (flag, values) => values.flatMap((v) => [flag, v]);
  return [
    "baseline",
    "update",
    ...opts.reports,
    ...repeat("--capture", opts.captures),
    ...repeat("--kallsyms", opts.kallsyms),
    ...repeat("--module-sections", opts.moduleSections),
    ...repeat("--debug-info", opts.debugInfo),
    ...opts.sourceRoot !== void 0 ? ["--source-root", opts.sourceRoot] : [],
    ...opts.symbolizer !== "auto" ? ["--symbolizer", opts.symbolizer] : [],
    // The repository's .kleak-gate.yml applies without being named.
    ...opts.config !== void 0 && opts.config !== DEFAULT_CONFIG ? ["--config", opts.config] : [],
    ...opts.minSeen !== void 0 ? ["--min-seen", String(opts.minSeen)] : [],
    "--baseline",
    opts.baseline,
    "--accept-new"
  ];
}
function acceptCommand(opts) {
  return shellLine([...opts.invocation ?? DEFAULT_INVOCATION, ...acceptArgs(opts)]);
}

// src/pipeline/check.ts
async function runCheck(opts, allowMissingBaseline = false) {
  const loaded = opts.config ? await loadConfig(inputPath(opts.cwd, opts.config)) : defaultConfig();
  const config = opts.minSeen !== void 0 ? { ...loaded, runs: { ...loaded.runs, minSeen: opts.minSeen } } : loaded;
  let baseline;
  const text = await readOptionalText(inputPath(opts.cwd, opts.baseline));
  if (text === void 0 && !allowMissingBaseline) {
    throw new InputError(opts.baseline, `baseline not found: after reviewing this run's leaks, create it with \`${acceptCommand(opts)}\``);
  }
  if (text !== void 0) baseline = parseBaseline(text, opts.baseline);
  const analysis = await analyze(opts);
  if (analysis.unreadable.length > 0 && !opts.allowUnreadable) throw unreadableError(analysis.unreadable);
  const rules = applyRules(analysis.leaks, config, { runs: analysis.runs, now: opts.now });
  const result2 = compareWithBaseline(analysis.leaks, baseline, {
    runs: analysis.runs,
    grownFactor: grownFactor(config),
    decisions: rules.decisions,
    unreadable: analysis.unreadable,
    noEvidence: analysis.noEvidence,
    warnings: [...analysis.warnings, ...rules.warnings]
  });
  return { result: result2, baseline, config };
}
function unreadableError(list) {
  const first = list[0];
  const count = list.length === 1 ? "the only unreadable record" : `the first of ${list.length} unreadable records`;
  return new InputError(
    first.file,
    `unreadable record: ${first.cause} (${count}; a verdict needs every record read in full: fix the capture, or judge the readable records with --allow-unreadable / allow-unreadable: true, and the gate fails)`,
    first.line
  );
}

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/inputs/wrap.ts
function wrapWords(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// src/cli/args.ts
function parseOptions(argv, options2) {
  try {
    return parseArgs({ args: argv, options: options2, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
}
function commandInputs(command) {
  return INPUTS.filter((d) => d.cli?.includes(command));
}
var cliLabel = (name) => INPUTS.find((d) => d.name === name)?.positional ? name.toUpperCase() : `--${name}`;
function parseCommand(argv, command) {
  const spec = { help: { type: "boolean", short: "h" } };
  for (const d of commandInputs(command)) {
    if (d.positional) continue;
    spec[d.name] = d.kind === "boolean" ? { type: "boolean" } : { type: "string", ...d.kind === "paths" ? { multiple: true } : {} };
  }
  const { values, positionals } = parseOptions(argv, spec);
  const raw = {};
  for (const d of commandInputs(command)) raw[d.name] = d.positional ? positionals : values[d.name];
  return { raw, help: values.help === true, positionals };
}
function metavar(d) {
  if (d.kind === "boolean") return "";
  if (d.kind === "choice") return ` ${d.choices.join("|")}`;
  return ` ${d.metavar ?? "VALUE"}`;
}
var COLUMN = 30;
var WIDTH = 110;
function inputsHelp(command, choices) {
  const out = [];
  for (const d of commandInputs(command)) {
    const shown = choices?.[d.name] ? { ...d, choices: choices[d.name] } : d;
    const flag = d.positional ? `${d.metavar ?? d.name.toUpperCase()}...` : `--${d.name}${metavar(shown)}${d.kind === "paths" ? "..." : ""}`;
    const dflt = d.defaultText ?? (d.default !== void 0 && d.kind !== "boolean" ? String(d.default) : void 0);
    const stdin = d.positional ? " - reads standard input." : "";
    const text = wrapWords(`${d.help}${stdin}${dflt ? ` Default: ${dflt}.` : ""}`, WIDTH - COLUMN);
    const head = `  ${flag}`;
    if (head.length < COLUMN) out.push(head.padEnd(COLUMN) + text.shift());
    else out.push(head);
    for (const l of text) out.push(" ".repeat(COLUMN) + l);
  }
  return out.join("\n") + "\n";
}

// src/cli/output.ts
import { writeFile } from "node:fs/promises";
function commandFormats(command) {
  return FORMATS.filter((f) => command !== "symbolize" || f.renderLeaks !== void 0);
}
function chosenFormat(raw, command) {
  const name = raw.format ?? "text";
  const formats = commandFormats(command);
  const format2 = formats.find((f) => f.name === name);
  if (!format2) throw new UsageError(`invalid --format '${name}': expected ${formats.map((f) => f.name).join(", ")}`);
  return format2;
}
async function emit(text, output2, io2) {
  if (output2 === void 0) {
    io2.stdout(text);
    return;
  }
  try {
    await writeFile(inputPath(io2.cwd, output2), text);
  } catch (e) {
    throw new InputError(output2, `cannot write output: ${e.message}`);
  }
}

// src/cli/help.ts
function options(command) {
  return inputsHelp(command, { format: commandFormats(command).map((f) => f.name) });
}
var EXIT_CODES = "Exit codes: 0 pass, 1 the gate failed (a new or grown leak), 2 usage or input error.\n";
var MAIN_HELP = `kleak-gate \u2014 kmemleak reports to a verdict for driver pull requests

Usage:
  kleak-gate symbolize [REPORT...] [options]         name every frame, resolve source lines, group leaks
  kleak-gate check [REPORT...] [options]             compare the leaks with the baseline: the gate
  kleak-gate baseline update [REPORT...] [options]   write the accepted state into the baseline
  kleak-gate baseline validate FILE...
  kleak-gate diff OLD NEW [options]                  what NEW adds to OLD (git bisect run: 0, 1, 125 skip)
  kleak-gate capture --print-script
  kleak-gate capture extract LOG --to DIR [--index N]
  kleak-gate hook install | hook run pre-push|pre-commit
  kleak-gate COMMAND --help                          the options of one command

Options of check:
${options("check")}
${EXIT_CODES}`;
var SYMBOLIZE_HELP = `Usage: kleak-gate symbolize [REPORT...] [options]

Names every frame (raw addresses of removed modules from the kallsyms snapshot),
resolves source lines when debug info is given, and groups leaks by fingerprint.

${options("symbolize")}`;
var CHECK_HELP = `Usage: kleak-gate check [REPORT...] [options]

Compares the leaks with the baseline. Exit 0 pass, 1 a new or grown leak, 2 bad input.

${options("check")}`;
var BASELINE_HELP = `Usage:
  kleak-gate baseline update [REPORT...] [options]
      Writes the accepted state: fixed leaks leave, human notes stay, new leaks
      come in only with --accept-new. Prints the change in words.
  kleak-gate baseline validate FILE...
      Checks baseline files (schema, fingerprint version, entries); exit 2 on the first bad one.

Options of baseline update:
${options("baseline-update")}`;
var CAPTURE_HELP = `Usage:
  kleak-gate capture --print-script
      Prints the POSIX sh script to run on the board, as root:
      begin DIR | snapshot DIR MODULE... | end DIR | print DIR
  kleak-gate capture extract LOG --to DIR [--index N]
      Gets the capture directory back from a log in which the board printed it
      (\`print DIR\`: base64 between ===KLEAK-CAPTURE-BEGIN/END=== markers).
      LOG: serial console log, dmesg-style log, or LAVA job log (log.yaml); - = stdin.
      The last block unless --index N (1-based). Size and sha256 are checked, and
      only plain files and directories are unpacked. DIR must be new or empty.
      Then: kleak-gate check --capture DIR ...
`;
var DIFF_HELP = `Usage: kleak-gate diff OLD NEW [options]

Two reads of the same board (each a capture directory, or a report with its own
--old-kallsyms / --new-kallsyms), compared without a baseline: what NEW adds (new),
what grew (more than twice the objects), what it no longer has (fixed).
Exit 0 nothing new, 1 a new or grown leak, 125 the input cannot be judged
(git bisect run skips that commit).

${options("diff")}`;

// src/cli/commands/baseline.ts
var update = async (argv, io2) => {
  const { raw, help } = parseCommand(argv, "baseline-update");
  if (help) {
    io2.stdout(BASELINE_HELP);
    return 0;
  }
  const opts = checkSettings(raw, { cwd: io2.cwd, now: io2.now(), label: cliLabel, stdin: io2.readStdin, env: io2.env });
  const acceptNew = booleanValue(inputDef("accept-new"), raw["accept-new"], cliLabel);
  const { result: result2, baseline } = await runCheck(opts, true);
  const change = updateBaseline(baseline, result2, acceptNew);
  const path2 = inputPath(io2.cwd, opts.baseline);
  const text = serializeBaseline(change.baseline);
  const before = await readFile4(path2, "utf8").catch(() => void 0);
  if (before !== text) {
    try {
      await mkdir(dirname(path2), { recursive: true });
      await writeFile2(path2, text);
    } catch (e) {
      throw new InputError(opts.baseline, `cannot write baseline: ${e.message}`);
    }
  }
  io2.stdout(`${opts.baseline}: ${describeChange(change)}${before === text ? " (unchanged)" : ""}
`);
  for (const e of change.added) io2.stdout(`  + ${e.fingerprint} ${e.title}
`);
  for (const e of change.removed) io2.stdout(`  - ${e.fingerprint} ${e.title} (fixed: absent from every run)
`);
  for (const e of result2.notConfirmed) io2.stdout(`  = ${e.fingerprint} ${e.title} (kept: absent, not confirmed fixed: ${e.reason})
`);
  for (const note of updateNotes(change, result2, acceptNew, "re-run with --accept-new to accept them")) io2.stdout(`  ${note}
`);
  for (const w of result2.warnings) io2.stderr(`warning: ${w}
`);
  return 0;
};
var validate = async (argv, io2) => {
  const { values, positionals } = parseOptions(argv, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    io2.stdout(BASELINE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("baseline validate needs at least one FILE");
  for (const p of positionals) {
    const text = await readText(inputPath(io2.cwd, p), "baseline");
    const parsed = parseBaseline(text, p);
    const canonical = serializeBaseline(parsed);
    const note = canonical === text ? "" : " (valid, but not in the canonical form: entries sorted, 2-space JSON; `baseline update` rewrites it)";
    io2.stdout(`${p}: valid, ${parsed.leaks.length} leak(s)${note}
`);
  }
  return 0;
};
var baselineCommand = async (argv, io2) => {
  const [sub, ...rest] = argv;
  if (sub === "update") return update(rest, io2);
  if (sub === "validate") return validate(rest, io2);
  if (sub === void 0 || sub === "--help" || sub === "-h") {
    io2.stdout(BASELINE_HELP);
    return sub === void 0 ? 2 : 0;
  }
  throw new UsageError(`unknown baseline command '${sub}': expected update or validate`);
};

// src/cli/commands/capture.ts
import { resolve as resolve4 } from "node:path";

// src/capture/extract.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync3, mkdirSync, readdirSync, statSync as statSync2, writeFileSync } from "node:fs";
import { join as join6 } from "node:path";
import { gunzipSync } from "node:zlib";
var BEGIN = /^===KLEAK-CAPTURE-BEGIN sha256=([0-9a-f]{64}) bytes=(\d+)===$/;
var BEGIN_LOOSE = /^===KLEAK-CAPTURE-BEGIN\b/;
var END = "===KLEAK-CAPTURE-END===";
var BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
var KERNEL_LINE = /^(?:<\d+>)?\[\s*\d+\.\d+\]/;
var ANSI2 = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1bc/g;
var MAX_UNPACKED = 512 * 1024 * 1024;
function findCaptureBlocks(text) {
  const raw = text.split("\n");
  const lines = unwrapLava(raw) ?? raw;
  const blocks = [];
  let open3;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === null || l === void 0) continue;
    const s = (l.includes("\x1B") ? l.replace(ANSI2, "") : l).trim();
    if (BEGIN_LOOSE.test(s)) {
      const m = BEGIN.exec(s);
      open3 = { index: blocks.length + 1, line: i + 1, sha256: m?.[1] ?? "", bytes: Number(m?.[2] ?? NaN), base64: [] };
      if (!m) open3.malformed = s.slice(0, 120);
      blocks.push(open3);
    } else if (open3 && s === END) {
      open3.endLine = i + 1;
      open3 = void 0;
    } else if (open3 && s !== "" && !KERNEL_LINE.test(s)) {
      open3.base64.push({ text: s, line: i + 1 });
    }
  }
  return blocks;
}
function extractCapture(text, file, to, index) {
  const blocks = findCaptureBlocks(text);
  if (blocks.length === 0) {
    throw new InputError(
      file,
      "no capture block (===KLEAK-CAPTURE-BEGIN ...=== line) in this log: was `kleak-gate-capture.sh print DIR` run on the board?"
    );
  }
  if (index !== void 0 && (!Number.isInteger(index) || index < 1 || index > blocks.length)) {
    throw new InputError(file, `no capture block ${index}: the log holds ${blocks.length}`);
  }
  const block = blocks[(index ?? blocks.length) - 1];
  const archive = decodeBlock(block, file);
  prepareTarget(to);
  const files = untar(archive, to, file, block.line);
  return { block, count: blocks.length, files };
}
function decodeBlock(block, file) {
  const what = `capture block ${block.index}`;
  if (block.malformed !== void 0) {
    throw new InputError(
      file,
      `${what}: malformed marker ${JSON.stringify(block.malformed)} (expected ===KLEAK-CAPTURE-BEGIN sha256=<64 hex> bytes=<n>===)`,
      block.line
    );
  }
  if (block.endLine === void 0) {
    throw new InputError(
      file,
      `${what} is cut off: no ===KLEAK-CAPTURE-END=== after its BEGIN (the board stopped or the log was truncated)`,
      block.line
    );
  }
  for (const [k, l] of block.base64.entries()) {
    if (!BASE64_LINE.test(l.text) || l.text.includes("=") && k !== block.base64.length - 1) {
      throw new InputError(file, `${what}: not base64: ${JSON.stringify(l.text.slice(0, 80))} (a damaged console line)`, l.line);
    }
  }
  const b64 = block.base64.map((l) => l.text).join("");
  if (b64.length % 4 !== 0) {
    throw new InputError(file, `${what}: base64 length ${b64.length} is not a multiple of 4 (characters lost on the console)`, block.line);
  }
  const tgz = Buffer.from(b64, "base64");
  const sum = createHash2("sha256").update(tgz).digest("hex");
  if (tgz.length !== block.bytes) {
    throw new InputError(
      file,
      `${what}: ${tgz.length} bytes decoded, the board printed ${block.bytes} (lines lost or added on the console)`,
      block.line
    );
  }
  if (sum !== block.sha256) {
    throw new InputError(file, `${what}: sha256 ${sum} does not match the board's ${block.sha256} (damaged on the console)`, block.line);
  }
  try {
    return gunzipSync(tgz, { maxOutputLength: MAX_UNPACKED });
  } catch (e) {
    throw new InputError(file, `${what}: not a gzip stream the board could have written: ${e.message}`, block.line);
  }
}
function prepareTarget(to) {
  if (existsSync3(to)) {
    if (!statSync2(to).isDirectory()) throw new InputError(to, "--to exists and is not a directory");
    if (readdirSync(to).length > 0)
      throw new InputError(to, "--to is not empty: extract into a new directory so that nothing of another capture is mixed in");
  }
  try {
    mkdirSync(to, { recursive: true });
  } catch (e) {
    throw new InputError(to, `cannot create: ${e.message}`);
  }
}
var SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/;
function field(block, start, len) {
  const raw = block.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? len : nul).toString("latin1");
}
function untar(archive, dir, file, line) {
  const refuse2 = (cause) => {
    throw new InputError(file, `capture archive: ${cause}`, line);
  };
  const entries = [];
  let at = 0;
  let ended = false;
  while (at + 512 <= archive.length) {
    const block = archive.subarray(at, at + 512);
    if (block.every((b) => b === 0)) {
      ended = true;
      break;
    }
    const stored = parseInt(field(block, 148, 8).trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
    if (stored !== sum) refuse2(`bad header checksum at offset ${at} (not a tar archive, or damaged)`);
    const prefix2 = field(block, 345, 155);
    const name = (prefix2 ? `${prefix2}/` : "") + field(block, 0, 100);
    const sizeField = field(block, 124, 12).trim();
    const size = /^[0-7]*$/.test(sizeField) ? parseInt(sizeField || "0", 8) : NaN;
    const type = field(block, 156, 1) || "0";
    if (!SAFE_NAME.test(name) || name.split("/").some((p) => p === ".." || p === ".")) {
      refuse2(`refusing entry name ${JSON.stringify(name)} (only relative names without '.' or '..' components)`);
    }
    if (!Number.isSafeInteger(size) || size < 0 || at + 512 + size > archive.length) {
      refuse2(`bad size for ${name}`);
    }
    if (type !== "0" && type !== "5") {
      refuse2(`refusing entry ${JSON.stringify(name)} of type ${JSON.stringify(type)} (only plain files and directories)`);
    }
    entries.push({ name: name.replace(/\/$/, ""), dir: type === "5", data: archive.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  if (!ended) refuse2("no end-of-archive block (cut off)");
  const files = [];
  for (const e of entries) {
    const target = join6(dir, e.name);
    try {
      if (e.dir) {
        mkdirSync(target, { recursive: true });
      } else {
        mkdirSync(join6(target, ".."), { recursive: true });
        writeFileSync(target, e.data, { flag: "wx" });
        files.push(e.name);
      }
    } catch (err) {
      refuse2(`cannot write ${e.name}: ${err.message}`);
    }
  }
  return files;
}

// src/capture/kleak-gate-capture.sh
var kleak_gate_capture_default = `#!/bin/sh
# kleak-gate capture: run on the board, as root, around a driver test.
#
#   kleak-gate-capture.sh begin    DIR            before the test (before insmod)
#   kleak-gate-capture.sh snapshot DIR MODULE...  right before each rmmod
#   kleak-gate-capture.sh end      DIR            after the test (after rmmod)
#   kleak-gate-capture.sh print    DIR            the capture on standard output
#                                                 (serial console) as a text block
#
# Writes one capture directory (give it to \`kleak-gate check --capture DIR\`):
#   manifest.txt             key=value lines, appended by each step
#   report-before-begin.txt  what kmemleak held before \`clear\` (not the test's)
#   snapshot-N/              one per \`snapshot\`, in order: kallsyms.txt,
#                            modules.txt, sections/MODULE.txt, build-id/MODULE.hex
#   report.txt               /sys/kernel/debug/kmemleak after the test
#   dmesg-kmemleak.txt       the kernel log's kmemleak lines (errors included)
#
# \`print\` is for boards whose only way back is the serial console (LAVA, LKFT):
#   ===KLEAK-CAPTURE-BEGIN sha256=<of the .tar.gz> bytes=<its size>===
#   base64 of \`tar -cz\` of DIR's contents (names relative to DIR)
#   ===KLEAK-CAPTURE-END===
# and \`kleak-gate capture extract LOG --to DIR\` gets the directory back from
# the job log, checking the size and sha256 (a console that dropped or
# mangled a byte must not pass). The kernel's console log level is lowered
# to 1 while printing (when /proc/sys/kernel/printk is writable) so that
# kernel messages do not land inside the block, and restored after.
#
# Why a script and not a recipe: a removed module's frames can only be named
# from a /proc/kallsyms copy taken before rmmod, as root, in the same boot,
# and kmemleak only reports objects older than 5 s (MSECS_MIN_AGE) that a
# scan found unreferenced. Every step refuses (exit 1) rather than write a
# capture that would mislead; the manifest then carries an \`error=\` line so
# kleak-gate refuses it too. Exit 2 is a usage error.
#
# POSIX sh; runs under busybox ash. Needs: cat, grep, sed, od, tr, head, wc,
# sleep, mkdir, date, dmesg; for \`print\` also tar (with -z), base64, sha256sum,
# cut (busybox has them all).
#
# Environment (optional):
#   KLEAK_GATE_MIN_AGE_WAIT  seconds between the two scans (default 6, i.e.
#                            past kmemleak's 5 s MSECS_MIN_AGE)
#   KLEAK_GATE_SYSROOT       prefix for /proc and /sys (tests only)

KG_FORMAT=kleak-gate-capture/1
KG_ROOT=\${KLEAK_GATE_SYSROOT:-}
KG_PROC=$KG_ROOT/proc
KG_SYS=$KG_ROOT/sys
KG_DEBUGFS=$KG_SYS/kernel/debug
KG_KMEMLEAK=$KG_DEBUGFS/kmemleak
KG_WAIT=\${KLEAK_GATE_MIN_AGE_WAIT:-6}

say() { printf 'kleak-gate capture: %s\\n' "$*" >&2; }

usage() {
  say "usage: $0 begin DIR | snapshot DIR MODULE... | end DIR | print DIR"
  exit 2
}

# One manifest line; newlines in a value would forge other keys, so drop them.
put() {
  printf '%s=%s\\n' "$1" "$(printf '%s' "$2" | tr -d '\\r\\n')" >> "$KG_MANIFEST"
}

# Refuse, and leave the refusal in the manifest so that a capture directory
# copied off the board after a failed step is refused by kleak-gate as well.
fail() {
  [ -f "$KG_MANIFEST" ] && put error "$KG_STEP: $*"
  say "$KG_STEP: $*"
  exit 1
}

get() {  # last value of key $1 in the manifest
  sed -n "s/^$1=//p" "$KG_MANIFEST" | tail -n 1
}

# The kernel's own clock, in the unit of the \`jiffies\` field of a kmemleak
# record: /proc/timer_list prints it (CONFIG_PROC_FS; checked on 6.1 tinyconfig).
now_jiffies() {
  sed -n 's/^jiffies: *\\([0-9][0-9]*\\)$/\\1/p' "$KG_PROC/timer_list" 2>/dev/null | head -n 1
}

boot_id() {
  cat "$KG_PROC/sys/kernel/random/boot_id" 2>/dev/null
}

count_objects() {
  grep -c '^unreferenced object' "$1"
}

# kmemleak reports an object only when a scan finds it unreferenced and it is
# older than MSECS_MIN_AGE (5 s): scan, wait past that, scan again. Writing
# "scan" fails (EPERM) once kmemleak has disabled itself.
scan_twice() {
  if echo scan > "$KG_KMEMLEAK" && sleep "$KG_WAIT" && echo scan > "$KG_KMEMLEAK"; then
    return 0
  fi
  save_dmesg
  fail "writing 'scan' to $KG_KMEMLEAK failed: kmemleak is disabled (see $KG_DIR/dmesg-kmemleak.txt)"
}

# kmemleak says in the log when it gave up (pool empty, disabled): such a
# report is incomplete, and kleak-gate refuses it from these lines.
save_dmesg() {
  if dmesg > "$KG_DIR/dmesg.tmp" 2>/dev/null; then
    grep -i 'kmemleak' "$KG_DIR/dmesg.tmp" > "$KG_DIR/dmesg-kmemleak.txt"
    put dmesg dmesg-kmemleak.txt
  else
    put dmesg unavailable
  fi
  rm -f "$KG_DIR/dmesg.tmp"
}

# An empty file is a valid report (no leaks), so only the read's status says
# whether it worked.
read_report() {
  cat "$KG_KMEMLEAK" > "$1" || fail "reading $KG_KMEMLEAK failed"
}

same_boot() {
  now=$(boot_id)
  was=$(get boot_id)
  [ -n "$now" ] || fail "cannot read $KG_PROC/sys/kernel/random/boot_id"
  [ "$now" = "$was" ] || fail "the board rebooted since 'begin' (boot id $was, now $now): start again with 'begin' in a new directory"
}

cmd_begin() {
  [ -e "$KG_MANIFEST" ] && { say "begin: $KG_DIR already holds a capture; use a new directory"; exit 1; }
  mkdir -p "$KG_DIR" || { say "begin: cannot create $KG_DIR"; exit 1; }
  : > "$KG_MANIFEST" || { say "begin: cannot write $KG_MANIFEST"; exit 1; }
  put format "$KG_FORMAT"
  put kernel_release "$(cat "$KG_PROC/sys/kernel/osrelease" 2>/dev/null)"
  id=$(boot_id)
  [ -n "$id" ] || fail "cannot read $KG_PROC/sys/kernel/random/boot_id"
  put boot_id "$id"
  put kernel_cmdline "$(cat "$KG_PROC/cmdline" 2>/dev/null)"
  put kptr_restrict "$(cat "$KG_PROC/sys/kernel/kptr_restrict" 2>/dev/null)"
  put begin_time "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  if [ ! -e "$KG_KMEMLEAK" ] && [ -z "$KG_ROOT" ]; then
    mount -t debugfs debugfs "$KG_DEBUGFS" 2>/dev/null
  fi
  if [ ! -e "$KG_KMEMLEAK" ]; then
    put kmemleak absent
    fail "no $KG_KMEMLEAK: the kernel lacks CONFIG_DEBUG_KMEMLEAK, debugfs is not mounted, or this is not root"
  fi
  if ! cat "$KG_KMEMLEAK" > /dev/null; then
    put kmemleak unreadable
    fail "cannot read $KG_KMEMLEAK (are you root?)"
  fi
  # Leaks from before the test are not the test's: report them, then \`clear\`
  # marks them so they are not reported again. Only objects that a scan has
  # already found (and older than 5 s) can be cleared, hence scan_twice first.
  scan_twice
  read_report "$KG_DIR/report-before-begin.txt"
  echo clear > "$KG_KMEMLEAK" || fail "writing 'clear' to $KG_KMEMLEAK failed"
  put kmemleak enabled
  put begin_report report-before-begin.txt
  put begin_report_objects "$(count_objects "$KG_DIR/report-before-begin.txt")"
  put begin_jiffies "$(now_jiffies)"
  put begin_uptime "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
}

# A kallsyms read without root (or with kptr_restrict=2) has only zero
# addresses and would name every raw frame wrongly: refuse it.
kallsyms_has_addresses() {
  grep -q '^0*[1-9a-fA-F][0-9a-fA-F]* ' "$1"
}

snapshot_module() {  # $1 = module name as /sys/module spells it, $2 = snapshot dir
  m=$1
  sd=$2
  [ -d "$KG_SYS/module/$m/sections" ] || fail "module $m is not loaded (no $KG_SYS/module/$m/sections): take the snapshot before rmmod"
  {
    for f in "$KG_SYS/module/$m/sections"/.* "$KG_SYS/module/$m/sections"/*; do
      [ -f "$f" ] || continue
      printf '%s %s\\n' "\${f##*/}" "$(cat "$f")"
    done
  } > "$sd/sections/$m.txt" || fail "cannot read $KG_SYS/module/$m/sections (are you root?)"
  grep -q '^\\.text 0x0*[1-9a-fA-F]' "$sd/sections/$m.txt" || fail "$KG_SYS/module/$m/sections/.text is missing or zero (are you root?)"
  note=$KG_SYS/module/$m/notes/.note.gnu.build-id
  if [ -f "$note" ]; then
    od -An -v -tx1 "$note" | tr -d ' \\n' > "$sd/build-id/$m.hex" || fail "cannot read $note"
  fi
  syms=$(grep -c "[[:space:]]\\[$m\\]\\$" "$sd/kallsyms.txt")
  [ "$syms" -gt 0 ] || fail "no symbol of module $m in /proc/kallsyms"
  printf '%s' "$syms"
}

cmd_snapshot() {
  [ -f "$KG_MANIFEST" ] || { say "snapshot: no $KG_MANIFEST: run 'begin $KG_DIR' first"; exit 1; }
  [ -n "$(get complete)" ] && fail "the capture has ended; start a new one"
  same_boot
  n=1
  while [ -e "$KG_DIR/snapshot-$n" ]; do n=$((n + 1)); done
  sd=$KG_DIR/snapshot-$n
  mkdir -p "$sd/sections" "$sd/build-id" || fail "cannot create $sd"
  cat "$KG_PROC/kallsyms" > "$sd/kallsyms.txt" || fail "cannot read $KG_PROC/kallsyms"
  if ! kallsyms_has_addresses "$sd/kallsyms.txt"; then
    fail "$KG_PROC/kallsyms has only zero addresses (kptr_restrict=$(cat "$KG_PROC/sys/kernel/kptr_restrict" 2>/dev/null)): run as root with kernel.kptr_restrict 0 or 1"
  fi
  cat "$KG_PROC/modules" > "$sd/modules.txt" || fail "cannot read $KG_PROC/modules"
  mods=
  counts=
  for arg in "$@"; do
    # /sys/module spells every module with '_', whatever insmod was given
    m=$(printf '%s' "$arg" | tr - _)
    case $m in ''|*[!A-Za-z0-9_]*) fail "bad module name '$arg'" ;; esac
    c=$(snapshot_module "$m" "$sd") || exit 1
    mods="$mods\${mods:+ }$m"
    counts="$counts\${counts:+ }$m:$c"
  done
  # Taken last, so everything the loaded module did before the snapshot is
  # at or before this moment; an object's jiffies then names its load.
  j=$(now_jiffies)
  put "snapshot.$n.dir" "snapshot-$n"
  put "snapshot.$n.boot_id" "$(boot_id)"
  put "snapshot.$n.modules" "$mods"
  put "snapshot.$n.module_symbols" "$counts"
  put "snapshot.$n.jiffies" "$j"
  put "snapshot.$n.uptime" "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
  put "snapshot.$n.time" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  say "snapshot-$n: $counts symbols, jiffies $j"
}

cmd_end() {
  [ -f "$KG_MANIFEST" ] || { say "end: no $KG_MANIFEST: run 'begin $KG_DIR' first"; exit 1; }
  [ -n "$(get complete)" ] && fail "the capture has already ended"
  same_boot
  scan_twice
  read_report "$KG_DIR/report.txt"
  put report report.txt
  put end_boot_id "$(boot_id)"
  put end_jiffies "$(now_jiffies)"
  put end_uptime "$(cut -d' ' -f1 "$KG_PROC/uptime" 2>/dev/null)"
  put end_time "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  put report_objects "$(count_objects "$KG_DIR/report.txt")"
  save_dmesg
  # Both scans were accepted, so kmemleak was still on when the report was
  # read (a disabled kmemleak refuses "scan" but still lets the file be read,
  # as 6.1 does with kmemleak=off).
  put kmemleak_end enabled
  put complete yes
  say "done: $(get report_objects) objects in $KG_DIR/report.txt"
}

# The block goes to standard output, so nothing else may: messages go to stderr.
cmd_print() {
  [ -f "$KG_MANIFEST" ] || { say "print: no $KG_MANIFEST: not a capture directory"; exit 1; }
  tgz=\${TMPDIR:-/tmp}/kleak-gate-print.$$.tgz
  # names relative to DIR (manifest.txt, snapshot-1/...), so that the
  # extracted directory is the capture directory itself
  if ! (cd "$KG_DIR" && tar -czf "$tgz" -- *); then
    rm -f "$tgz"
    say "print: cannot archive $KG_DIR"
    exit 1
  fi
  sum=$(sha256sum < "$tgz" | cut -d' ' -f1)
  size=$(wc -c < "$tgz" | tr -d ' ')
  printk=$KG_PROC/sys/kernel/printk
  level=
  if [ -w "$printk" ]; then
    level=$(cat "$printk" 2>/dev/null)
    echo 1 > "$printk" 2>/dev/null || level=
  fi
  echo "===KLEAK-CAPTURE-BEGIN sha256=$sum bytes=$size==="
  base64 < "$tgz"
  rc=$?
  echo "===KLEAK-CAPTURE-END==="
  # the four numbers as read ("4 4 1 7"): the kernel takes them back as one write
  [ -n "$level" ] && echo "$level" > "$printk"
  rm -f "$tgz"
  [ "$rc" -eq 0 ] || { say "print: base64 failed"; exit 1; }
  say "print: $size bytes (sha256 $sum) printed"
}

[ $# -ge 2 ] || usage
KG_STEP=$1
KG_DIR=$2
KG_MANIFEST=$KG_DIR/manifest.txt
shift 2
case $KG_STEP in
  begin) [ $# -eq 0 ] || usage; cmd_begin ;;
  snapshot) [ $# -ge 1 ] || usage; cmd_snapshot "$@" ;;
  end) [ $# -eq 0 ] || usage; cmd_end ;;
  print) [ $# -eq 0 ] || usage; cmd_print ;;
  *) usage ;;
esac
`;

// src/capture/script.ts
function captureScriptText() {
  return kleak_gate_capture_default;
}

// src/cli/commands/capture.ts
var USAGE = "usage: kleak-gate capture --print-script | kleak-gate capture extract LOG --to DIR [--index N]";
var capture = async (argv, io2) => {
  if (argv.length === 1 && argv[0] === "--print-script") {
    io2.stdout(captureScriptText());
    return 0;
  }
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) {
    io2.stdout(CAPTURE_HELP);
    return 0;
  }
  if (argv[0] === "extract") return extract(argv.slice(1), io2);
  io2.stderr(`${USAGE}
`);
  return 2;
};
var EXTRACT_OPTIONS = {
  to: { type: "string" },
  index: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function extract(argv, io2) {
  const { values, positionals } = parseOptions(argv, EXTRACT_OPTIONS);
  if (values.help) {
    io2.stdout(CAPTURE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`capture extract takes one LOG (got ${positionals.length}); ${USAGE}`);
  if (values.to === void 0 || values.to === "") throw new UsageError(`capture extract needs --to DIR; ${USAGE}`);
  let index;
  if (values.index !== void 0) {
    if (!/^[1-9]\d*$/.test(values.index)) throw new UsageError(`invalid --index '${values.index}': expected a block number from 1`);
    index = Number(values.index);
  }
  const log = positionals[0];
  const text = await readText(log === "-" ? "-" : resolve4(io2.cwd, log), "log", io2.readStdin);
  const r = extractCapture(text, log, resolve4(io2.cwd, values.to), index);
  io2.stderr(
    `kleak-gate: capture block ${r.block.index} of ${r.count} (${log}:${r.block.line}, ${r.block.bytes} bytes, sha256 ok): ${r.files.length} files in ${values.to}
`
  );
  return 0;
}

// src/cli/invocation.ts
import { isAbsolute as isAbsolute3, relative as relative2, sep as sep2 } from "node:path";
var INSTALLED = `${sep2}node_modules${sep2}kleak-gate${sep2}dist${sep2}cli.js`;
function cliInvocation(program, cwd) {
  if (program === void 0) return ["kleak-gate"];
  if (program.endsWith(INSTALLED)) {
    const project = program.slice(0, -INSTALLED.length) || sep2;
    const rel2 = relative2(project, cwd);
    if (!rel2.startsWith("..") && !isAbsolute3(rel2)) return ["npx", "kleak-gate"];
  }
  const rel = relative2(cwd, program);
  const inside = !rel.startsWith("..") && !isAbsolute3(rel);
  return ["node", (inside ? rel : program).split(sep2).join("/")];
}

// src/cli/commands/check.ts
var checkCommand = async (argv, io2) => {
  const { raw, help } = parseCommand(argv, "check");
  if (help) {
    io2.stdout(CHECK_HELP);
    return 0;
  }
  const format2 = chosenFormat(raw, "check");
  const settings = checkSettings(raw, {
    cwd: io2.cwd,
    now: io2.now(),
    label: cliLabel,
    stdin: io2.readStdin,
    env: io2.env,
    invocation: cliInvocation(io2.program, io2.cwd)
  });
  const { result: result2 } = await runCheck(settings);
  const ctx = {
    baseline: settings.baseline,
    ...settings.target ? { target: settings.target } : {},
    acceptCommand: acceptCommand(settings)
  };
  await emit(format2.render(result2, ctx), raw.output, io2);
  if (format2.machine) for (const w of result2.warnings) io2.stderr(`warning: ${w}
`);
  return result2.verdict === "fail" ? 1 : 0;
};

// src/cli/commands/diff.ts
import { statSync as statSync3 } from "node:fs";

// src/pipeline/diff.ts
var GROWN_FACTOR = 2;
var CannotJudge = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CannotJudge";
  }
};
async function runDiff(old, next) {
  const before = await analyze(old);
  const after = await analyze(next);
  for (const a of [before, after]) if (a.unreadable.length > 0) throw unreadableError(a.unreadable);
  const accepted = updateBaseline(
    void 0,
    compareWithBaseline(before.leaks, void 0, { runs: before.runs, grownFactor: GROWN_FACTOR }),
    true
  );
  const result2 = compareWithBaseline(after.leaks, accepted.baseline, {
    runs: after.runs,
    grownFactor: GROWN_FACTOR,
    warnings: [...before.warnings.map((w) => `old: ${w}`), ...after.warnings.map((w) => `new: ${w}`)]
  });
  const unnamed = [...before.leaks, ...after.leaks].filter((l) => l.unidentified);
  if (unnamed.length > 0) {
    throw new CannotJudge(
      `${unnamed.length} leak(s) with frames that could not be named (e.g. ${unnamed[0].title}): give the kallsyms snapshots of both runs (--old-kallsyms, --new-kallsyms)`
    );
  }
  return result2;
}
function needTwo(positionals) {
  if (positionals.length !== 2) throw new UsageError(`diff takes two reads, OLD and NEW (got ${positionals.length})`);
  return [positionals[0], positionals[1]];
}

// src/cli/commands/diff.ts
var CANNOT_JUDGE = 125;
function read(path2, kallsyms, shared, io2) {
  let isDir = false;
  try {
    isDir = statSync3(inputPath(io2.cwd, path2)).isDirectory();
  } catch {
  }
  return { ...shared, reports: isDir ? [] : [path2], captures: isDir ? [path2] : [], kallsyms };
}
var diffCommand = async (argv, io2) => {
  try {
    const { raw, help, positionals } = parseCommand(argv, "diff");
    if (help) {
      io2.stdout(DIFF_HELP);
      return 0;
    }
    const [oldPath, newPath] = needTwo(positionals);
    const format2 = chosenFormat(raw, "diff");
    const shared = analyzeSettings(raw, { cwd: io2.cwd, now: io2.now(), label: cliLabel, stdin: io2.readStdin });
    const list = (name) => raw[name] ?? [];
    const result2 = await runDiff(read(oldPath, list("old-kallsyms"), shared, io2), read(newPath, list("new-kallsyms"), shared, io2));
    await emit(format2.render(result2, { baseline: oldPath }), raw.output, io2);
    if (format2.machine) for (const w of result2.warnings) io2.stderr(`warning: ${w}
`);
    return result2.verdict === "fail" ? 1 : 0;
  } catch (e) {
    if (!isInputProblem(e) && !(e instanceof CannotJudge)) throw e;
    io2.stderr(`kleak-gate diff: cannot judge (exit ${CANNOT_JUDGE}, git bisect skips): ${oneLine(e.message)}
`);
    return CANNOT_JUDGE;
  }
};

// src/cli/commands/hook.ts
import { chmod, mkdir as mkdir3, readFile as readFile5, writeFile as writeFile4 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join9, resolve as resolve7 } from "node:path";
import { fileURLToPath } from "node:url";

// src/git/exec.ts
import { spawn as spawn4 } from "node:child_process";
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  code;
  stderr;
};
function git(args, opts) {
  return new Promise((resolve8, reject) => {
    const child = spawn4("git", args, {
      cwd: opts.cwd,
      // Never prompt for credentials: a CI job would hang until its timeout.
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...opts.env },
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      if (code === 0 || code !== null && opts.okCodes?.includes(code)) resolve8({ stdout, code: code ?? 0 });
      else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
    });
    if (child.stdin) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(opts.input);
    }
  });
}
async function gitOut(args, opts) {
  return (await git(args, opts)).stdout.trim();
}

// src/hook/scripts.ts
var HOOK_MARKER = "# installed by kleak-gate hook install";
var SKIP_VAR = "KLEAK_GATE_SKIP";
function hookScript(hook, command, config) {
  const args = ["hook", "run", hook, ...config ? ["--config", config] : []];
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    `# ${hook === "pre-push" ? "Runs kleak-gate check on the latest local HIL capture named in the config." : "Validates staged baseline files."}`,
    `# Skip once: ${SKIP_VAR}=1 git ${hook === "pre-push" ? "push" : "commit"}`,
    `case "\${${SKIP_VAR}:-}" in`,
    '  ""|0|false|no) ;;',
    `  *) echo "kleak-gate: ${hook} skipped (${SKIP_VAR} is set)" >&2; exit 0 ;;`,
    "esac",
    `exec ${[...command, ...args].map(shQuote).join(" ")}`,
    ""
  ].join("\n");
}

// src/hook/run.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join8, resolve as resolve6 } from "node:path";

// src/hook/latest-capture.ts
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import { basename as basename3, dirname as dirname2, join as join7, resolve as resolve5 } from "node:path";
async function latestCapture(pattern, cwd, configPath) {
  const name = basename3(pattern);
  if (!/[*?[{]/.test(name)) return pattern;
  const parent = dirname2(pattern);
  const mm = new Minimatch(name, { dot: false });
  let entries;
  try {
    entries = await readdir2(resolve5(cwd, parent));
  } catch {
    throw new InputError(
      configPath,
      `hook.capture: directory ${parent} not found (run the HIL job first, or skip once with KLEAK_GATE_SKIP=1)`
    );
  }
  const dirs = [];
  for (const e of entries.filter((x) => mm.match(x))) {
    const path2 = join7(parent, e);
    const st = await stat2(resolve5(cwd, path2));
    if (st.isDirectory()) dirs.push({ path: path2, mtime: st.mtimeMs });
  }
  if (dirs.length === 0)
    throw new InputError(configPath, `hook.capture: no capture directory matches ${pattern} (skip once with KLEAK_GATE_SKIP=1)`);
  dirs.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
  return dirs[0].path;
}

// src/hook/run.ts
var LAST_RESULT = "kleak-gate/last-result.json";
async function checkOptionsForHook(config, configPath, io2) {
  const patterns2 = config.hook.capture ?? [];
  const captures = [];
  for (const p of Array.isArray(patterns2) ? patterns2 : [patterns2]) captures.push(await latestCapture(p, io2.cwd, configPath));
  return checkSettings(
    { ...config.hook, capture: captures, config: configPath },
    { cwd: io2.cwd, now: io2.now(), label: (n) => `hook.${n}`, env: io2.env, invocation: cliInvocation(io2.program, io2.cwd) }
  );
}
async function prePush(config, configPath, io2) {
  if (config.hook.capture === void 0 && config.hook.report === void 0) {
    throw new InputError(configPath, "no hook section: name the local capture (hook.capture) or reports (hook.report) to check");
  }
  const opts = await checkOptionsForHook(config, configPath, io2);
  const { result: result2 } = await runCheck(opts);
  const out = join8(await gitOut(["rev-parse", "--absolute-git-dir"], { cwd: io2.cwd }), LAST_RESULT);
  await mkdir2(resolve6(out, ".."), { recursive: true });
  await writeFile3(out, renderResultJson(result2, opts.target));
  io2.stdout(`kleak-gate pre-push: ${opts.captures[0] ?? opts.reports.join(", ")}
`);
  io2.stdout(renderCheckText(result2, { acceptCommand: acceptCommand(opts) }));
  if (result2.verdict === "fail") {
    io2.stderr(`kleak-gate: push refused (${failureReasons(result2.summary)}); skip once with KLEAK_GATE_SKIP=1 git push
`);
  }
  return result2.verdict === "fail" ? 1 : 0;
}
async function preCommit(config, io2) {
  const staged = (await git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR"], { cwd: io2.cwd })).stdout.split("\0").filter((p) => p !== "");
  const isBaseline = new Minimatch("baselines/**/*.json");
  const hook = config?.hook ?? {};
  const named3 = baselineOrDefault(hook.baseline, hook.target);
  const files = staged.filter((p) => isBaseline.match(p) || p === named3);
  for (const path2 of files) {
    const text = (await git(["show", `:${path2}`], { cwd: io2.cwd })).stdout;
    const parsed = parseBaseline(text, path2);
    io2.stdout(`${path2}: valid, ${parsed.leaks.length} leak(s)
`);
  }
  return 0;
}

// src/cli/commands/hook.ts
var HELP = `kleak-gate hook install [--config FILE] [--command CMD] [--force]
  writes .git/hooks/pre-push (check on the latest local capture named in the
  config's hook: section) and .git/hooks/pre-commit (validate staged baselines).
  Skip once with ${SKIP_VAR}=1. CMD defaults to this kleak-gate (node + its cli.js).
kleak-gate hook run pre-push|pre-commit [--config FILE]
`;
async function hooksDir(cwd) {
  const custom = (await git(["config", "--get", "core.hooksPath"], { cwd, okCodes: [1] })).stdout.trim();
  if (custom)
    throw new UsageError(
      `core.hooksPath is set to ${custom} (husky/lefthook?): add "kleak-gate hook run pre-push" to that hook manager instead (see the README, "The local gate: git hook")`
    );
  const dir = await gitOut(["rev-parse", "--git-path", "hooks"], { cwd });
  return isAbsolute4(dir) ? dir : resolve7(cwd, dir);
}
var install = async (argv, io2) => {
  const { values } = parseOptions(argv, {
    config: { type: "string" },
    command: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) return io2.stdout(HELP), 0;
  const command = values.command ? values.command.split(/\s+/).filter(Boolean) : [process.execPath, fileURLToPath(import.meta.url)];
  const dir = await hooksDir(io2.cwd);
  await mkdir3(dir, { recursive: true });
  for (const hook of ["pre-push", "pre-commit"]) {
    const path2 = join9(dir, hook);
    const existing = await readFile5(path2, "utf8").catch(() => void 0);
    if (existing !== void 0 && !existing.includes(HOOK_MARKER) && !values.force) {
      throw new InputError(
        path2,
        'a hook not written by kleak-gate is there: add "kleak-gate hook run ' + hook + '" to it, or use --force to replace it'
      );
    }
    await writeFile4(path2, hookScript(hook, command, values.config));
    await chmod(path2, 493);
    io2.stdout(`${path2}: installed
`);
  }
  return 0;
};
var run = async (argv, io2) => {
  const { values, positionals } = parseOptions(argv, { config: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return io2.stdout(HELP), 0;
  const [hook] = positionals;
  const skip = io2.env[SKIP_VAR];
  if (skip && !["0", "false", "no"].includes(skip) && (hook === "pre-push" || hook === "pre-commit")) {
    io2.stderr(`kleak-gate: ${hook} skipped (${SKIP_VAR} is set)
`);
    return 0;
  }
  const configPath = values.config ?? DEFAULT_CONFIG;
  const at = isAbsolute4(configPath) ? configPath : resolve7(io2.cwd, configPath);
  if (hook === "pre-push") return prePush(await loadConfig(at), configPath, io2);
  if (hook === "pre-commit") {
    const exists = await readFile5(at, "utf8").then(
      () => true,
      () => false
    );
    return preCommit(exists || values.config ? await loadConfig(at) : void 0, io2);
  }
  throw new UsageError(`hook run needs pre-push or pre-commit, not '${hook ?? ""}'`);
};
var hookCommand = async (argv, io2) => {
  const [sub, ...rest] = argv;
  if (sub === "install") return install(rest, io2);
  if (sub === "run") return run(rest, io2);
  io2.stdout(HELP);
  return sub === "--help" || sub === "-h" ? 0 : 2;
};

// src/cli/commands/symbolize.ts
var symbolize = async (argv, io2) => {
  const { raw, help } = parseCommand(argv, "symbolize");
  if (help) {
    io2.stdout(SYMBOLIZE_HELP);
    return 0;
  }
  const format2 = chosenFormat(raw, "symbolize");
  const analysis = await analyze(analyzeSettings(raw, { cwd: io2.cwd, now: io2.now(), label: cliLabel, stdin: io2.readStdin, env: io2.env }));
  await emit(format2.renderLeaks(analysis), raw.output, io2);
  if (format2.machine) for (const w of analysis.warnings) io2.stderr(`warning: ${w}
`);
  return 0;
};

// src/cli/run.ts
var COMMANDS = {
  symbolize,
  check: checkCommand,
  diff: diffCommand,
  baseline: baselineCommand,
  capture,
  hook: hookCommand
};
async function runCli(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(MAIN_HELP);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version") {
    io2.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io2.stderr(`kleak-gate: unknown command '${name}' (try kleak-gate --help)
`);
    return 2;
  }
  const shown = { ...io2, stdout: (t) => io2.stdout(showInvisible(t)), stderr: (t) => io2.stderr(showInvisible(t)) };
  try {
    return await command(rest, shown);
  } catch (e) {
    if (isInputProblem(e)) {
      io2.stderr(`kleak-gate: ${oneLine(e.message)}
`);
      return 2;
    }
    io2.stderr(`kleak-gate: internal error: ${oneLine(e instanceof Error ? e.stack ?? e.message : String(e))}
`);
    return 2;
  }
}

// src/cli/main.ts
var io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  readStdin: async () => {
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    return Buffer.concat(chunks).toString("utf8");
  },
  now: () => /* @__PURE__ */ new Date(),
  // Symlinks resolved: node_modules/.bin/kleak-gate is a link to the package's dist/cli.js.
  program: process.argv[1] ? realpathSync(process.argv[1]) : void 0
};
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
/*! The skip lists below are copied from syzkaller (https://github.com/google/syzkaller,
 * pkg/report/linux.go), Copyright 2015 syzkaller project authors, licensed under the
 * Apache License, Version 2.0: https://www.apache.org/licenses/LICENSE-2.0 */
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
