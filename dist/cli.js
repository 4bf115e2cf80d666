#!/usr/bin/env node
// kleak-gate (MIT). Bundles third-party packages: their licences are in THIRD-PARTY-NOTICES.txt beside this file.
import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity2.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity2.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity2.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair2) ? identity2.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep3 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field2, index] of path2) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path2) => {
      const parent = visit3.itemAtPath(cst, path2.slice(0, -1));
      const field2 = path2[path2.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions2(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument2(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

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
    "fast-check": "^4.11.0",
    "github-markdown-css": "^5.9.0",
    eslint: "^9.39.5",
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
    return problem(pos ? lineAt(text, Number(pos[1])) : 1, `not valid JSON: ${e.message}`);
  }
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
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
  return showInvisible(out.join("\n") + "\n");
}
function renderLeaksText(leaks, runs, warnings, unreadable = []) {
  const out = [];
  for (const leak of leaks) out.push(...leakBlock(leak, runs), "");
  if (unreadable.length) out.push(...unreadableLines(unreadable), "");
  if (leaks.length === 0 && unreadable.length === 0) out.push("no leaks", "");
  for (const w of warnings) out.push(`warning: ${w}`);
  return showInvisible(out.join("\n").replace(/\n*$/, "\n"));
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

// src/config/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

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
var import_yaml = __toESM(require_dist(), 1);
var NodeReader = class {
  constructor(file, lines) {
    this.file = file;
    this.lines = lines;
  }
  file;
  lines;
  line(node) {
    const start = node?.range?.[0];
    return start === void 0 ? void 0 : this.lines.linePos(start).line;
  }
  fail(node, cause) {
    throw new InputError(this.file, cause, this.line(node));
  }
  /** A mapping whose keys are all in `allowed`; returns key → value node. */
  map(node, what, allowed) {
    const n = this.plain(node, what);
    if (!(0, import_yaml.isMap)(n)) this.fail(n, `${what} must be a mapping`);
    const out = /* @__PURE__ */ new Map();
    for (const pair2 of n.items) {
      const key = pair2.key;
      if (!(0, import_yaml.isScalar)(key) || typeof key.value !== "string") this.fail(key, `${what}: keys must be plain names`);
      const name = key.value;
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key '${name}' in ${what} (expected one of: ${allowed.join(", ")})`);
      }
      const earlier = out.get(name);
      if (earlier)
        this.fail(key, `duplicate key '${name}' in ${what} (first at line ${this.line(earlier.key)}): YAML keeps only one of them`);
      out.set(name, { key, value: pair2.value ?? null });
    }
    return out;
  }
  string(node, what) {
    const n = this.plain(node, what);
    if (!(0, import_yaml.isScalar)(n)) this.fail(n ?? node, `${what} must be a string`);
    const v = n.value;
    if (typeof v === "string") return v;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return this.fail(n, `${what} must be a string, not ${v === null ? "empty" : typeof v}`);
  }
  number(node, what) {
    const n = this.plain(node, what);
    if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "number" || !Number.isFinite(n.value)) {
      this.fail(n ?? node, `${what} must be a number`);
    }
    return n.value;
  }
  boolean(node, what) {
    const n = this.plain(node, what);
    if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "boolean") this.fail(n ?? node, `${what} must be true or false`);
    return n.value;
  }
  seq(node, what) {
    const n = this.plain(node, what);
    if (!(0, import_yaml.isSeq)(n)) return this.fail(n, `${what} must be a list`);
    return n.items.map((item, i) => this.plain(item, `${what}[${i}]`));
  }
  /** A sequence of strings; a single string is accepted as a list of one. */
  strings(node, what) {
    const n = this.plain(node, what);
    if ((0, import_yaml.isScalar)(n) && typeof n.value === "string") return [{ value: n.value, node: n }];
    if (!(0, import_yaml.isSeq)(n)) return this.fail(n ?? node, `${what} must be a list of strings`);
    return n.items.map((item, i) => ({ value: this.string(item, `${what}[${i}]`), node: item }));
  }
  /** Aliases would let one edit change several entries unseen in review; refuse them. */
  plain(node, what) {
    if ((0, import_yaml.isAlias)(node)) this.fail(node, `${what}: YAML aliases (*name) are not supported`);
    return node ?? null;
  }
};

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
function globProblem(pattern) {
  if (pattern.trim() === "") return "empty pattern";
  if (pattern.startsWith("!")) return `negated pattern '${pattern}' is not supported (list what is included)`;
  if (pattern.startsWith("#")) return `pattern '${pattern}' starts with '#' and would match nothing`;
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
  const deep = deepBrackets(text);
  if (deep) throw new InputError(path2, `invalid YAML: brackets nested more than ${MAX_BRACKET_DEPTH} levels deep`, deep);
  const lines = new import_yaml2.LineCounter();
  const doc = parseYaml(text, path2, lines);
  const first = doc.errors[0];
  if (first) throw new InputError(path2, `invalid YAML: ${first.message.split("\n")[0]}`, lines.linePos(first.pos[0]).line);
  const config = defaultConfig(path2);
  if (doc.contents === null) return config;
  const r = new NodeReader(path2, lines);
  const top = r.map(doc.contents, "the config", TOP_KEYS2);
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
var MAX_BRACKET_DEPTH = 100;
function deepBrackets(text) {
  let depth = 0;
  let line = 1;
  let quote2 = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (quote2) {
      if (c === "\\" && quote2 === '"') i++;
      else if (c === quote2) quote2 = "";
    } else if (c === '"' || c === "'") quote2 = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_BRACKET_DEPTH) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return void 0;
}
function parseYaml(text, path2, lineCounter) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    if (e instanceof RangeError)
      throw new InputError(path2, "invalid YAML: nested thousands of levels deep (a mapping or list opened again and again)");
    throw e;
  } finally {
    Error.stackTraceLimit = limit;
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
  if (node === null) return [];
  const items = r.seq(node, "waivers");
  return items.map((item, i) => {
    const what = `waivers[${i}]`;
    const m = r.map(item, what, WAIVER_KEYS);
    const line = r.line(item) ?? 0;
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
  const judged = /* @__PURE__ */ new Map([
    [modules, /* @__PURE__ */ new Map()],
    [paths, /* @__PURE__ */ new Map()]
  ]);
  const hit = (list, value) => {
    const known = judged.get(list);
    let any = known.get(value);
    if (any !== void 0) return any;
    any = false;
    for (const p of list) if (p.m.match(value)) any = p.used = true;
    known.set(value, any);
    return any;
  };
  return {
    inScope: (leak) => {
      let inside = false;
      let judgedByPath = false;
      for (const f of leak.frames) {
        if (f.module !== void 0 && hit(modules, normalizeModuleName(f.module))) inside = true;
        const files = [f.file, ...f.inlined.map((i) => i.file)].filter((x) => x !== void 0);
        if (files.length) judgedByPath = true;
        for (const file of files) if (hit(paths, file)) inside = true;
      }
      if (inside) return true;
      return paths.length > 0 && !judgedByPath;
    },
    unused: () => [...modules, ...paths].filter((p) => !p.used).map((p) => p.text)
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
  let numbered = text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
  if (looksQuotedPrintable(text)) numbered = decodeQuotedPrintable(numbered);
  const plain = numbered.map((l) => l.text);
  const raw = unwrapLava(plain) ?? plain;
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (line === null || line === void 0) continue;
    const cleaned = cleanLine(line);
    const next = raw[i + 1];
    if (typeof next === "string" && WRAPPED.some((r) => r.test(cleaned.text))) {
      const rest = cleanLine(next).text.trim();
      if (rest !== "" && !DMESG_PREFIX.test(next.replace(QUOTE_PREFIX, ""))) {
        out.push({ text: `${cleaned.text} ${rest}`, line: numbered[i].line, origin: cleaned.origin });
        i++;
        continue;
      }
    }
    out.push({ text: cleaned.text, line: numbered[i].line, origin: cleaned.origin });
  }
  return out;
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
  const origin = new Map(lines.map((l) => [l.line, l.origin]));
  const printed = records.filter((r) => origin.get(r.source.line) === "kmemleak").map((r) => r.source.line);
  if (printed.length === 0) return void 0;
  let since = 0;
  for (const l of lines) {
    const m = SUSPECTED.exec(l.text);
    if (!m) continue;
    const expected = Number(m[1]);
    const found = printed.filter((line) => line > since && line < l.line).length;
    since = l.line;
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
        if (outOfRange(crc) !== void 0) problem2 ??= { line, cause: outOfRange(crc) };
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
  const index = symbolIndex(table);
  const all = index.get(name) ?? [];
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
      const list = index.get(s.name);
      if (list) list.push(s);
      else index.set(s.name, [s]);
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
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
/*! The skip lists below are copied from syzkaller (https://github.com/google/syzkaller,
 * pkg/report/linux.go), Copyright 2015 syzkaller project authors, licensed under the
 * Apache License, Version 2.0: https://www.apache.org/licenses/LICENSE-2.0 */
