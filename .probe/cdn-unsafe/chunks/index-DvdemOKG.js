function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return value;
            });
        }
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
function pick$1(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}

var _a;
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});

const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);

/** Practical email validation */
const email$1 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date$1 = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime$1(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email$1);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime$1(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date$1);
    $ZodStringFormat.init(inst, def);
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}

const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        own(this, "with", value);
    },
    parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return clone(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
    return _string(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ $constructor("ZodMiniStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
});
const ZodMiniEmail = /*@__PURE__*/ $constructor("ZodMiniEmail", (inst, def) => {
    $ZodEmail.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function email(params) {
    return _email(ZodMiniEmail, params);
}
const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
    return _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
});
function int(params) {
    return _int(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
    return _boolean(ZodMiniBoolean, params);
}
const ZodMiniUnknown = /*@__PURE__*/ $constructor("ZodMiniUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
    return _unknown(ZodMiniUnknown);
}
const ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
    return new ZodMiniArray({
        type: "array",
        element: element,
        ...normalizeParams(params),
    });
}
const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function pick(schema, mask) {
    return pick$1(schema, mask);
}
const ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
    return new ZodMiniUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodMiniTuple = /*@__PURE__*/ $constructor("ZodMiniTuple", (inst, def) => {
    $ZodTuple.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof $ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodMiniTuple({
        type: "tuple",
        items: items,
        rest,
        ...normalizeParams(params),
    });
}
const ZodMiniRecord = /*@__PURE__*/ $constructor("ZodMiniRecord", (inst, def) => {
    $ZodRecord.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodMiniRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
        partial: true,
    });
}
const ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal$1(value, params) {
    return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniNullable = /*@__PURE__*/ $constructor("ZodMiniNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
    return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
});
// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return _refine(ZodMiniCustom, fn, _params);
}

const ZodMiniISODateTime = /*@__PURE__*/ $constructor("ZodMiniISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime(params) {
    return _isoDateTime(ZodMiniISODateTime, params);
}
const ZodMiniISODate = /*@__PURE__*/ $constructor("ZodMiniISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
    return _isoDate(ZodMiniISODate, params);
}

/** Kebab-case identifier used for centres, priority areas, activities and sources. */
const idSchema = string().check(_regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id in kebab-case (a-z, 0-9, -)'));
/** Kommunenummer (2024 structure): four digits. */
const municipalityNumberSchema = string().check(_regex(/^\d{4}$/, 'a 4-digit municipality number'));
/** Fylkesnummer (2024 structure): two digits. */
const countyNumberSchema = string().check(_regex(/^\d{2}$/, 'a 2-digit county number'));
/** A calendar date, `YYYY-MM-DD`, read in Europe/Oslo. */
const isoDateSchema = date();
/** A local wall-clock date-time in Europe/Oslo without offset, `YYYY-MM-DDTHH:MM`. */
const localDateTimeSchema = string().check(_regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a local date-time YYYY-MM-DDTHH:MM'));
/** Either a date (all-day) or a local date-time. */
const dateOrDateTimeSchema = union([isoDateSchema, localDateTimeSchema]);
/**
 * A link a browser may follow. Only http(s) and mailto: `javascript:`, `data:` and friends are
 * rejected here, at the boundary, so no element ever renders them as a link.
 */
const safeUrlSchema = string().check(_maxLength(2048), refine((value) => {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
    }
    catch {
        return false;
    }
}, 'an absolute http(s) or mailto URL'));
/** Record ids of the sources that give a record's facts (see the feed's `sources`). */
const sourceRefsSchema = array(idSchema).check(_minLength(1, 'at least one source id'));
/** Language of a text from data; rendered with this `lang`. */
const textLanguages = ['nb', 'nn', 'en', 'se'];
const textLanguageSchema = _enum(textLanguages);
/** Short human text: no empty strings, bounded so a broken feed cannot blow up a layout or memory. */
const textSchema = string().check(_minLength(1), _maxLength(2000));
const longTextSchema = string().check(_minLength(1), _maxLength(20000));
/** A place where a source for our data was read. */
const sourceSchema = object({
    id: idSchema,
    title: textSchema,
    publisher: optional(nullable(textSchema)),
    url: optional(nullable(safeUrlSchema)),
    /** What the source says, word for word, where that matters (an activity's date). */
    evidence: optional(longTextSchema),
    licence: optional(textSchema),
    version: optional(nullable(textSchema)),
    note: optional(nullable(longTextSchema)),
});

/** A county (fylke) in the 2024 structure and the USHT centres that serve it. */
const countySchema = object({
    number: countyNumberSchema,
    name: textSchema,
    /** Centres that serve municipalities in this county; since 2024 a county may hold several. */
    centreIds: array(idSchema),
    source: sourceRefsSchema,
    notes: optional(array(longTextSchema)),
});

/** A municipality (kommune, 2024 structure) and the centre that serves it. */
const municipalitySchema = object({
    number: municipalityNumberSchema,
    /** Official name, including Sami and Kven forms where they are part of it ("Kárášjohka - Karasjok"). */
    name: textSchema,
    county: countyNumberSchema,
    centreId: idSchema,
    /** How the centre was assigned: the county has one centre, by old county, or by health-trust area. */
    basis: optional(textSchema),
    /** True where the assignment is not settled by the sources; `alternativeCentreId` or `notes` say why. */
    uncertain: boolean(),
    alternativeCentreId: optional(nullable(idSchema)),
    /** A representative point inside the municipality, `[lat, lon]`. */
    point: optional(tuple([number(), number()])),
    samiAdministrativeArea: optional(boolean()),
    notes: optional(array(longTextSchema)),
    source: optional(sourceRefsSchema),
});

const displayNameSchema = object({
    name: textSchema,
    lang: optional(textLanguageSchema),
    period: optional(textSchema),
    note: optional(longTextSchema),
    source: sourceRefsSchema,
});
/** The host municipality (vertskommune). `name` is null where no source read confirms the host. */
const hostMunicipalitySchema = object({
    name: nullable(textSchema),
    number: nullable(municipalityNumberSchema),
    /** ISO date where the start is exact, otherwise the words of the source. */
    since: nullable(textSchema),
    /** A host named by weaker evidence than a confirming source; shown as unconfirmed, never as fact. */
    candidate: optional(object({
        name: textSchema,
        number: nullable(municipalityNumberSchema),
        evidence: longTextSchema,
        source: sourceRefsSchema,
    })),
    changes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});
const satelliteSchema = object({
    name: textSchema,
    number: nullable(municipalityNumberSchema),
    /** Null where the sources do not say whether it still is one (several are confirmed only for 2017). */
    current: nullable(boolean()),
    period: optional(textSchema),
    note: optional(longTextSchema),
    source: sourceRefsSchema,
});
const websiteSchema = object({
    url: safeUrlSchema,
    kind: textSchema,
    source: sourceRefsSchema,
});
const contactSchema = object({
    name: optional(textSchema),
    role: optional(textSchema),
    email: optional(email()),
    phone: optional(string().check(_regex(/^\+?[0-9 ]{5,20}$/, 'a phone number'))),
    source: sourceRefsSchema,
});
const locationSchema = object({
    name: textSchema,
    lat: number().check(_gte(57), _lte(72)),
    lon: number().check(_gte(4), _lte(32)),
    /** How the point was found; ours are approximate town coordinates, not addresses. */
    basis: textSchema,
    source: sourceRefsSchema,
});
/** A development centre (USHT). */
const centreSchema = object({
    id: idSchema,
    /** Short UI label; `nameAttested` false means it is ours, not an official name. */
    name: textSchema,
    nameAttested: boolean(),
    displayNames: optional(array(displayNameSchema)),
    /** The pre-2020 county (or area) the centre was set up for. */
    area: textSchema,
    county: object({ number: countyNumberSchema, name: textSchema }),
    host: hostMunicipalitySchema,
    satellites: array(satelliteSchema),
    websites: array(websiteSchema),
    contacts: optional(array(contactSchema)),
    /** Null where the host, and so the place, is not confirmed. */
    location: nullable(locationSchema),
    serviceArea: optional(nullable(object({ description: longTextSchema, source: sourceRefsSchema }))),
    /** True where a fact the UI shows (the host) is not confirmed by any source read. */
    uncertain: boolean(),
    notes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});

/**
 * `standing`: the four lasting areas of the scheme; `national`: the yearly national areas
 * (2021: Leve hele livet, Demensplan 2025 …); `leve-hele-livet`: the numbered focus areas of the reform.
 */
const priorityAreaCategories = ['standing', 'national', 'leve-hele-livet'];
const priorityAreaCategorySchema = _enum(priorityAreaCategories);
/** A priority area (satsingsområde). */
const priorityAreaSchema = object({
    id: idSchema,
    category: priorityAreaCategorySchema,
    order: int().check(_gte(0)),
    /** Name exactly as the source writes it. */
    name: textSchema,
    /** The number of a Leve hele livet focus area. */
    number: optional(int()),
    /** The years a national area was named for; absent for standing areas. */
    years: optional(array(int())),
    officialName: optional(textSchema),
    summary: nullable(longTextSchema),
    notes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});

const activityKinds = [
    'network-meeting', 'learning-network', 'course', 'professional-day', 'conference', 'webinar', 'abc', 'project', 'other',
];
const activityKindSchema = _enum(activityKinds);
/** How people take part: on site, online, or both (centres deliberately combine them). */
const activityModes$1 = ['physical', 'digital', 'hybrid'];
const activityModeSchema = _enum(activityModes$1);
const activityStatuses = ['scheduled', 'cancelled', 'full', 'postponed'];
const activityStatusSchema = _enum(activityStatuses);
/** What the centre did: `participant` means another body arranged it and the centre took part. */
const organiserRoles = ['organiser', 'co-organiser', 'host', 'participant'];
const organiserRoleSchema = _enum(organiserRoles);
/**
 * One stretch of time, in Europe/Oslo wall-clock time. All-day: `start`/`end` are dates and `end`
 * is the last day (inclusive). Timed: local date-times. `end` is null when the source does not give it.
 */
const timeSpanSchema = object({
    start: dateOrDateTimeSchema,
    end: nullable(dateOrDateTimeSchema),
});
const scheduleSchema = object({
    timeZone: literal$1('Europe/Oslo'),
    allDay: boolean(),
    start: dateOrDateTimeSchema,
    end: nullable(dateOrDateTimeSchema),
    /** Separate meetings of one activity (a course over three days in three months). */
    sessions: optional(array(timeSpanSchema)),
});
const placeSchema = object({
    venue: nullable(textSchema),
    locality: nullable(textSchema),
    municipalityNumber: nullable(municipalityNumberSchema),
    note: optional(longTextSchema),
});
const registrationSchema = object({
    url: nullable(safeUrlSchema),
    deadline: nullable(isoDateSchema),
    contact: optional(nullable(email())),
});
/** A dated activity: a network meeting, course, conference … run by a centre. */
const activitySchema = object({
    id: idSchema,
    title: textSchema,
    kind: activityKindSchema,
    /** The centre that runs it; `centreIds` lists every centre involved, this one first. */
    centreId: idSchema,
    centreIds: optional(array(idSchema)),
    organiserRole: optional(organiserRoleSchema),
    organiser: optional(textSchema),
    schedule: scheduleSchema,
    mode: activityModeSchema,
    place: nullable(placeSchema),
    videoUrl: optional(nullable(safeUrlSchema)),
    audience: array(textSchema),
    priorityAreaIds: array(idSchema),
    registration: nullable(registrationSchema),
    status: activityStatusSchema,
    /** Language of the activity's own text (title, audience). */
    language: textLanguageSchema,
    summary: optional(longTextSchema),
    /** Incremented on every change, so calendar programs update an event they already hold (RFC 5545 SEQUENCE). */
    sequence: optional(int().check(_gte(0))),
    /** `high`: the full date is written next to the event in the source; `medium`: from a URL or heading. */
    confidence: optional(_enum(['high', 'medium', 'low'])),
    /** True for generated sample data ("Eksempeldata"): never mixed into the real set. */
    sample: optional(boolean()),
    notes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});

/** How firmly an action plan ties a programme to a national area (seed handlingsplan 2021 matrix). */
const areaLinkStatuses = ['planned', 'to-be-assessed', 'to-be-assessed-with-measures'];
/**
 * An undated, ongoing piece of a centre's work named in its action plan: a network, a learning
 * network, a project. Its meetings, where a source dates them, are activities.
 */
const programmeSchema = object({
    id: idSchema,
    centreId: idSchema,
    /** The plan's year; null where the source gives a period instead (a strategy plan "til 2023"), see `period`. */
    year: nullable(int()),
    /** The kind as the action plan words it ("nettverk", "læringsnettverk" …). */
    kind: textSchema,
    name: textSchema,
    audience: array(textSchema),
    priorityAreaIds: array(idSchema),
    areaLinks: optional(array(object({ priorityAreaId: idSchema, status: _enum(areaLinkStatuses) }))),
    period: optional(textSchema),
    summary: optional(longTextSchema),
    notes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});

const sourcedAmountSchema = object({
    valueNOK: int().check(_gte(0)),
    /** The amount as the source writes it. */
    asWritten: textSchema,
    source: sourceRefsSchema,
});
/**
 * The rules an application must follow, each in the source's words. The checklist builds its
 * tasks from these ids, so a scheme for another year only has to supply its own wording.
 */
const grantRuleIds = [
    'altinn-role', 'read-rules', 'action-plan', 'project-description', 'budget-own-funding', 'host-co-funding',
    'unused-funds-continue', 'unused-funds-transfer', 'earmarked-leve-hele-livet', 'leve-hele-livet-priority',
    'submit', 'reporting',
];
const grantRuleIdSchema = _enum(grantRuleIds);
const grantRuleSchema = object({
    id: grantRuleIdSchema,
    text: longTextSchema,
    source: sourceRefsSchema,
});
/** A year of the grant scheme (tilskuddsordning), kap. 0761 post 67. */
const grantSchemeSchema = object({
    year: int().check(_gte(2000), _lte(2100)),
    name: textSchema,
    administrator: textSchema,
    url: nullable(safeUrlSchema),
    budgetChapter: textSchema,
    budgetPost: textSchema,
    total: nullable(sourcedAmountSchema),
    /** The most a centre may ask for Leve hele livet work; null where the year sets no limit we know of. */
    earmarkedLeveHeleLivetMax: nullable(sourcedAmountSchema),
    altinnRole: object({ name: textSchema, delegatedBy: textSchema, source: sourceRefsSchema }),
    /** Case numbers (saksnummer) as Helsedirektoratet writes them, e.g. 20/12345. */
    caseNumberPattern: optional(textSchema),
    applicationDeadline: nullable(isoDateSchema),
    rules: array(grantRuleSchema),
    notes: optional(array(longTextSchema)),
    source: sourceRefsSchema,
});

/** What the user sets; the other statuses ("cannot start yet", "not applicable") are derived. */
const checklistTaskProgress = ['not-started', 'in-progress', 'completed'];
const checklistTaskProgressSchema = _enum(checklistTaskProgress);
const checklistAmountFields = ['newGrant', 'unusedFunds', 'ownFunding', 'hostCoFunding', 'earmarkedLeveHeleLivet'];
/** Amounts are kept exactly as typed, so an invalid entry is shown back with its error, never lost. */
const enteredTextSchema = string().check(_maxLength(200));
/**
 * A user's progress on one scheme year's application: what is exported, imported and (with
 * consent) kept in the browser. Versioned so an old or foreign file is recognised, not misread.
 */
const checklistStateSchema = object({
    format: literal$1('usht-application-checklist'),
    version: literal$1(1),
    schemeYear: int().check(_gte(2000), _lte(2100)),
    centreId: nullable(idSchema),
    /** ISO timestamp of the last change; the newer copy wins between two tabs. */
    updatedAt: datetime({ offset: true }),
    tasks: record(idSchema, checklistTaskProgressSchema),
    answers: object({
        /** "Do you have unused funds from last year?" null until answered. */
        hasUnusedFunds: nullable(boolean()),
        /** "Are you applying for a new grant this year?" */
        applyingAgain: nullable(boolean()),
    }),
    amounts: partialRecord(_enum(checklistAmountFields), enteredTextSchema),
    caseNumber: enteredTextSchema,
});

const FEED_FORMAT = 'usht-feed';
const FEED_VERSION = 1;
const attributionSchema = object({
    text: longTextSchema,
    licence: textSchema,
    licenceUrl: optional(safeUrlSchema),
});
/** Each collection of a feed, and the schema of one of its records. */
const feedCollections = {
    sources: sourceSchema,
    counties: countySchema,
    municipalities: municipalitySchema,
    centres: centreSchema,
    priorityAreas: priorityAreaSchema,
    activities: activitySchema,
    programmes: programmeSchema,
    grantSchemes: grantSchemeSchema,
};
const feedCollectionNames = Object.keys(feedCollections);
/**
 * One JSON document holding any of the collections: how a centre publishes its data from its own
 * site or a CDN, with no server of ours. Every collection is optional.
 */
const feedSchema = object({
    format: literal$1(FEED_FORMAT),
    version: literal$1(FEED_VERSION),
    generated: optional(date()),
    publisher: optional(textSchema),
    attribution: optional(array(attributionSchema)),
    sources: optional(array(sourceSchema)),
    counties: optional(array(countySchema)),
    municipalities: optional(array(municipalitySchema)),
    centres: optional(array(centreSchema)),
    priorityAreas: optional(array(priorityAreaSchema)),
    activities: optional(array(activitySchema)),
    programmes: optional(array(programmeSchema)),
    grantSchemes: optional(array(grantSchemeSchema)),
});

/**
 * Typed errors of the SDK. Every failure a caller can meet is one of these five kinds, except a
 * caller's own abort, which is rethrown untouched (an `AbortError` DOMException, or the reason the
 * caller passed to `abort()`).
 *
 * Guards check a brand rather than `instanceof`, because two copies of the SDK on one page (a CDN
 * bundle and an npm build) have two distinct class objects.
 */
/** Shared across copies of the SDK through the global symbol registry. */
const USHT_ERROR_BRAND = Symbol.for('usht-error-v1');
const errorNames = new Set([
    'UshtError', 'UshtNetworkError', 'UshtTimeoutError', 'UshtHttpError', 'UshtValidationError', 'UshtNotFoundError',
]);
class UshtError extends Error {
    name = 'UshtError';
    code;
    [USHT_ERROR_BRAND] = true;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
/** No response at all: offline, DNS failure, connection refused or reset, CORS refusal. */
class UshtNetworkError extends UshtError {
    name = 'UshtNetworkError';
    code = 'network';
    method;
    url;
    constructor(method, url, cause) {
        const detail = describeCause(cause);
        super('network', `${method} ${url} failed: network error${detail ? ` (${detail})` : ''}`, { cause });
        this.method = method;
        this.url = url;
    }
}
/** The server did not answer within `timeoutMs`. Not retried (ky's semantics). */
class UshtTimeoutError extends UshtError {
    name = 'UshtTimeoutError';
    code = 'timeout';
    method;
    url;
    timeoutMs;
    constructor(method, url, timeoutMs) {
        super('timeout', `${method} ${url} failed: no response within ${timeoutMs} ms`);
        this.method = method;
        this.url = url;
        this.timeoutMs = timeoutMs;
    }
}
/** The server answered with an error status (after any retries). */
class UshtHttpError extends UshtError {
    name = 'UshtHttpError';
    code = 'http';
    method;
    url;
    status;
    statusText;
    constructor(method, url, status, statusText) {
        super('http', `${method} ${url} failed: HTTP ${`${status} ${statusText}`.trim()}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.statusText = statusText;
    }
}
/** Data that does not match the schemas: a broken document, or our own embedded data. */
class UshtValidationError extends UshtError {
    name = 'UshtValidationError';
    code = 'invalid-data';
    /** 'GET https://…/activities', 'embedded:activities', 'feed https://…/usht.json' */
    where;
    issues;
    constructor(where, issues) {
        super('invalid-data', `Invalid data from ${where}: ${summariseIssues(issues)}`);
        this.where = where;
        this.issues = issues;
    }
}
/** A record asked for by id, number or name that the source does not hold. */
class UshtNotFoundError extends UshtError {
    name = 'UshtNotFoundError';
    code = 'not-found';
    /** 'centre', 'municipality', 'grant scheme' */
    what;
    id;
    constructor(what, id, detail) {
        super('not-found', `No ${what} '${id}'${detail ? `: ${detail}` : ''}`);
        this.what = what;
        this.id = id;
    }
}
const MAX_ISSUES_IN_MESSAGE = 5;
function summariseIssues(issues) {
    if (issues.length === 0)
        return 'no details';
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length - shown.length;
    return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
function describeCause(cause) {
    if (typeof cause !== 'object' || cause === null)
        return '';
    // Node's fetch says only "fetch failed"; the system error code (ECONNREFUSED …) is one level down.
    const inner = cause.cause;
    const code = typeof inner === 'object' && inner !== null ? inner.code : undefined;
    const message = cause.message;
    return [typeof message === 'string' ? message : '', typeof code === 'string' ? code : ''].filter(Boolean).join(': ');
}
function branded(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    if (error[USHT_ERROR_BRAND] === true)
        return true;
    const name = error.name;
    return typeof name === 'string' && errorNames.has(name) && typeof error.code === 'string';
}
/** True for any error of this SDK, from this copy or another one on the page. */
function isUshtError(error) {
    return branded(error);
}
function isUshtNetworkError(error) {
    return branded(error) && error.name === 'UshtNetworkError';
}
function isUshtTimeoutError(error) {
    return branded(error) && error.name === 'UshtTimeoutError';
}
function isUshtHttpError(error) {
    return branded(error) && error.name === 'UshtHttpError';
}
function isUshtValidationError(error) {
    return branded(error) && error.name === 'UshtValidationError';
}
function isUshtNotFoundError(error) {
    return branded(error) && error.name === 'UshtNotFoundError';
}
/** True for the error a fetch or the SDK rejects with when the caller's signal aborts. */
function isAbortError(error) {
    return typeof error === 'object' && error !== null && error.name === 'AbortError';
}

/**
 * Validation at the boundary: every record is parsed on its own, so one broken activity in a feed
 * costs that activity, not the calendar. Messages are written here because `zod/mini` ships no
 * locale ("Invalid input" for everything); they say what was expected and never echo the value (R16).
 */
/** `root` + zod path → 'centres[3].host.number'. */
function formatPath(root, segments) {
    let out = root;
    for (const segment of segments) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(String(segment))}]`;
    }
    return out;
}
/**
 * zod issues → readable issues with full paths. `input` (the value that was parsed) is only looked
 * at to tell a missing field from a wrong one; nothing of it goes into a message.
 */
function formatIssues(issues, options = {}) {
    const root = options.root ?? '';
    const out = [];
    for (const issue of issues)
        describe(issue, [], root, options.input, out);
    return dedupe(out);
}
const typeNames = {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    bigint: 'an integer',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    tuple: 'an array',
    record: 'an object',
    map: 'a map',
    set: 'a set',
    null: 'null',
    undefined: 'no value',
    date: 'a date',
    symbol: 'a symbol',
    function: 'a function',
    never: 'no value',
    nan: 'NaN',
};
const formatNames = {
    email: 'an email address',
    url: 'a URL',
    date: 'a date YYYY-MM-DD',
    datetime: 'an ISO 8601 date-time',
    time: 'a time HH:MM',
    duration: 'an ISO 8601 duration',
    uuid: 'a UUID',
    guid: 'a GUID',
    ipv4: 'an IPv4 address',
    ipv6: 'an IPv6 address',
    base64: 'base64 text',
    lowercase: 'lower-case text',
    uppercase: 'upper-case text',
};
const DEFAULT_MESSAGE = 'Invalid input';
/** A schema author's message ('a 4-digit municipality number') reads as what was expected. */
function authored(message) {
    if (!message || message === DEFAULT_MESSAGE)
        return undefined;
    return /^(a|an|at|one|the|no|\d)\b/i.test(message) ? `expected ${message}` : message;
}
function plural(n, one, many) {
    return `${n} ${Number(n) === 1 ? one : many}`;
}
function literal(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (typeof value === 'bigint')
        return `${value}`;
    return JSON.stringify(value) ?? String(value);
}
function valueAt(input, path) {
    let current = input;
    let parentIsObject = false;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null)
            return { found: false, parentIsObject: false };
        parentIsObject = !Array.isArray(current);
        if (!Object.prototype.hasOwnProperty.call(current, segment))
            return { found: false, parentIsObject };
        current = current[segment];
    }
    return { found: current !== undefined, parentIsObject };
}
function sizeMessage(issue, small) {
    const bound = (small ? issue.minimum : issue.maximum) ?? 0;
    const inclusive = issue.inclusive !== false;
    switch (issue.origin) {
        case 'string':
            if (small && Number(bound) === 1)
                return 'expected non-empty text';
            return `expected ${small ? 'at least' : 'at most'} ${plural(bound, 'character', 'characters')}`;
        case 'array':
        case 'set':
        case 'file':
            if (small && Number(bound) === 1)
                return 'expected at least one item';
            return `expected ${small ? 'at least' : 'at most'} ${plural(bound, 'item', 'items')}`;
        case 'date':
            return `expected a date ${small ? (inclusive ? 'on or after' : 'after') : inclusive ? 'on or before' : 'before'} ${String(bound)}`;
        default:
            return `expected a number ${small ? (inclusive ? 'of at least' : 'greater than') : inclusive ? 'of at most' : 'less than'} ${String(bound)}`;
    }
}
function describe(issue, base, root, input, out) {
    const segments = [...base, ...issue.path];
    const path = formatPath(root, segments);
    const push = (message) => {
        out.push({ path, message });
    };
    const own = authored(issue.message);
    switch (issue.code) {
        case 'invalid_type': {
            const expected = typeNames[issue.expected ?? ''] ?? (issue.expected ? `a value of type ${issue.expected}` : 'a value');
            const at = input === undefined ? undefined : valueAt(input, segments);
            const missing = at !== undefined && !at.found && at.parentIsObject;
            push(own ?? (missing ? `missing: expected ${expected}` : `expected ${expected}`));
            return;
        }
        case 'invalid_value': {
            const values = issue.values ?? [];
            if (own)
                return push(own);
            if (values.length === 1)
                return push(`expected ${literal(values[0])}`);
            const shown = values.slice(0, 12).map(literal).join(', ');
            return push(`expected one of ${shown}${values.length > 12 ? ', …' : ''}`);
        }
        case 'invalid_format': {
            if (own)
                return push(own);
            switch (issue.format) {
                case 'regex':
                    return push(`expected text matching ${issue.pattern ?? 'the required pattern'}`);
                case 'starts_with':
                    return push(`expected text starting with ${literal(issue.prefix ?? '')}`);
                case 'ends_with':
                    return push(`expected text ending with ${literal(issue.suffix ?? '')}`);
                case 'includes':
                    return push(`expected text containing ${literal(issue.includes ?? '')}`);
                default:
                    return push(`expected ${formatNames[issue.format ?? ''] ?? `text in ${issue.format ?? 'the required'} format`}`);
            }
        }
        case 'too_small':
            return push(own ?? sizeMessage(issue, true));
        case 'too_big':
            return push(own ?? sizeMessage(issue, false));
        case 'not_multiple_of':
            return push(own ?? `expected a multiple of ${String(issue.divisor)}`);
        case 'unrecognized_keys': {
            const keys = issue.keys ?? [];
            return push(keys.length === 1 ? `unknown key ${literal(keys[0])}` : `unknown keys ${keys.map(literal).join(', ')}`);
        }
        case 'invalid_key':
        case 'invalid_element': {
            const nested = issue.issues ?? [];
            const what = issue.code === 'invalid_key' ? 'invalid key' : 'invalid entry';
            const inner = [];
            for (const n of nested)
                describe({ ...n, path: [] }, [], '', undefined, inner);
            return push(inner.length ? `${what}: ${inner.map((i) => i.message).join('; ')}` : what);
        }
        case 'invalid_union': {
            if (own)
                return push(own);
            const alternatives = issue.errors ?? [];
            if (alternatives.length === 0)
                return push('expected one of the allowed forms');
            // Alternatives that failed on the value itself read as "expected A or B"; otherwise the
            // closest alternative (fewest issues) is the one the author most likely meant.
            if (alternatives.every((alt) => alt.length > 0 && alt.every((i) => i.path.length === 0))) {
                const expectations = [];
                for (const alt of alternatives) {
                    const inner = [];
                    for (const i of alt)
                        describe(i, [], '', undefined, inner);
                    for (const { message } of inner) {
                        const text = message.replace(/^expected /, '');
                        if (!expectations.includes(text))
                            expectations.push(text);
                    }
                }
                return push(`expected ${expectations.join(' or ')}`);
            }
            const closest = [...alternatives].sort((a, b) => a.length - b.length)[0] ?? [];
            for (const i of closest)
                describe(i, segments, root, input, out);
            return;
        }
        default:
            return push(own ?? 'is not valid here');
    }
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const key = `${i.path}\u0000${i.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Keys present in `input` that the schema dropped from `output` (zod strips unknown keys). For our
 * embedded data and for data maintainers, an unknown key is usually a typo of an optional field.
 */
function findUnknownKeys(input, output, path = '') {
    const found = [];
    const walk = (a, b, at) => {
        if (Array.isArray(a) && Array.isArray(b)) {
            a.forEach((item, i) => walk(item, b[i], `${at}[${i}]`));
            return;
        }
        if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(b))
            return;
        const extra = Object.keys(a).filter((k) => !Object.prototype.hasOwnProperty.call(b, k));
        if (extra.length === 1)
            found.push({ path: at, message: `unknown key ${literal(extra[0])}` });
        else if (extra.length > 1)
            found.push({ path: at, message: `unknown keys ${extra.map(literal).join(', ')}` });
        for (const key of Object.keys(b)) {
            if (Object.prototype.hasOwnProperty.call(a, key)) {
                walk(a[key], b[key], formatPath(at, [key]));
            }
        }
    };
    walk(input, output, path);
    return found;
}
/** Only ids that are safe to print: the record's own identifier, never free text. */
function recordId(record) {
    if (typeof record !== 'object' || record === null)
        return undefined;
    const r = record;
    for (const key of ['id', 'number', 'year']) {
        const value = r[key];
        const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
        if (typeof text === 'string' && text.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text))
            return text;
    }
    return undefined;
}
/**
 * Parse each record of a collection on its own: the valid ones are usable, the invalid ones are
 * reported with the path of every bad field, and nothing invalid is passed on. Throws only when
 * `items` is not an array at all.
 */
function parseCollection(schema, items, context) {
    if (!Array.isArray(items)) {
        throw new UshtValidationError(context.where, [{ path: context.collection, message: 'expected an array' }]);
    }
    const valid = [];
    const rejected = [];
    items.forEach((item, index) => {
        const result = safeParse(schema, item);
        if (result.success) {
            valid.push(result.data);
            return;
        }
        const path = `${context.collection}[${index}]`;
        const id = recordId(item);
        const issues = formatIssues(result.error.issues, { root: path, input: item });
        rejected.push(id === undefined ? { path, issues } : { path, id, issues });
    });
    return { items: valid, rejected };
}
/** Every issue of every rejected record, with full paths. */
function rejectedIssues(rejected) {
    return rejected.flatMap((r) => r.issues);
}
const envelopeSchema = pick(feedSchema, { format: true, version: true, generated: true, publisher: true });
/** Collections of a feed in document order, with attribution (not a record collection, but a list). */
const listNames = ['attribution', ...feedCollectionNames];
function checkEnvelope(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return [{ path: '', message: `expected a JSON object with format '${FEED_FORMAT}' and version ${FEED_VERSION}` }];
    }
    const issues = [];
    const result = safeParse(envelopeSchema, json);
    if (!result.success)
        issues.push(...formatIssues(result.error.issues, { input: json }));
    for (const name of listNames) {
        const value = json[name];
        if (value !== undefined && !Array.isArray(value))
            issues.push({ path: name, message: 'expected an array' });
    }
    return issues;
}
/**
 * Parse a feed document. Throws `UshtValidationError` when the envelope is wrong (not a feed, an
 * unknown format or version, a collection that is not an array); otherwise returns the valid
 * records and reports the rest.
 */
function parseFeed(json, where) {
    const envelope = checkEnvelope(json);
    if (envelope.length > 0)
        throw new UshtValidationError(where, envelope);
    const doc = json;
    const feed = { format: FEED_FORMAT, version: FEED_VERSION };
    if (doc['generated'] !== undefined)
        feed['generated'] = doc['generated'];
    if (doc['publisher'] !== undefined)
        feed['publisher'] = doc['publisher'];
    const rejected = [];
    for (const name of listNames) {
        if (doc[name] === undefined)
            continue;
        const schema = name === 'attribution' ? attributionSchema : feedCollections[name];
        const parsed = parseCollection(schema, doc[name], { where, collection: name });
        feed[name] = parsed.items;
        rejected.push(...parsed.rejected);
    }
    return { feed: feed, rejected };
}
/** Check a feed document without throwing: what a data maintainer runs before publishing (the CLI). */
function validateFeed(json, where = 'feed') {
    const envelope = checkEnvelope(json);
    if (envelope.length > 0)
        return { ok: false, envelope, rejected: [], warnings: [], counts: {} };
    const { feed, rejected } = parseFeed(json, where);
    const doc = json;
    const counts = {};
    const warnings = [];
    for (const name of listNames) {
        const raw = doc[name];
        if (!Array.isArray(raw))
            continue;
        const bad = rejected.filter((r) => r.path.startsWith(`${name}[`));
        counts[name] = { valid: raw.length - bad.length, rejected: bad.length };
        const badIndexes = new Set(bad.map((r) => r.path));
        // Pair each valid parsed record with its raw record to spot keys the schema dropped.
        const parsedItems = feed[name];
        let next = 0;
        raw.forEach((record, index) => {
            const path = `${name}[${index}]`;
            if (badIndexes.has(path))
                return;
            warnings.push(...findUnknownKeys(record, parsedItems[next], path));
            next += 1;
        });
    }
    return { ok: rejected.length === 0, envelope: [], rejected, warnings, counts, feed };
}

/** Letters that Unicode decomposition leaves alone (they are letters, not letters with marks). */
const standalone = {
    'æ': 'ae', 'ø': 'o', 'đ': 'd', 'ŋ': 'n', 'ŧ': 't', 'ß': 'ss', 'œ': 'oe', 'ł': 'l', 'ı': 'i',
};
/**
 * Lower case without diacritics: æ→ae, ø→o, å→a, á→a, č→c, đ→d, ŋ→n, š→s, ŧ→t, ž→z. The same fold
 * is used for activity text and audience filters, so the API and local filtering agree.
 */
function foldText(text) {
    return text
        .toLowerCase()
        .replace(/[æøđŋŧßœłı]/g, (c) => standalone[c] ?? c)
        .normalize('NFD')
        .replace(/\p{M}+/gu, '');
}
/** Folded, "aa" read as "å", punctuation and hyphens as single spaces. */
function searchKey(text) {
    return foldText(text).replace(/aa/g, 'a').replace(/[^a-z0-9]+/g, ' ').trim();
}
/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or
 * `max + 1` as soon as the distance is known to exceed `max`.
 */
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    if (a === b)
        return 0;
    let prevPrev = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, prevPrev[j - 2] + 1);
            row.push(value);
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > max)
            return max + 1;
        prevPrev = prev;
        prev = row;
    }
    return prev[b.length];
}
/** How many typos a query of this many letters may hold (none below 4: "bo" is not a typo of "ål"). */
function typoAllowance(length) {
    if (length < 4)
        return 0;
    return length <= 6 ? 1 : 2;
}
/** Ranking, best first. */
const Tier = { Number: 0, NumberPrefix: 1, Exact: 2, Prefix: 3, WordPrefix: 4, Substring: 5, Typo: 6 };
/** Build the index once per data set; `search` is then cheap enough to run on every keystroke. */
function createMunicipalityIndex(municipalities, counties) {
    const countyNames = new Map(counties.map((c) => [c.number, c.name]));
    const nameCounts = new Map();
    for (const m of municipalities)
        nameCounts.set(m.name, (nameCounts.get(m.name) ?? 0) + 1);
    const entries = [...municipalities]
        .sort((a, b) => a.number.localeCompare(b.number))
        .map((m) => {
        const countyName = countyNames.get(m.county) ?? m.county;
        const label = (nameCounts.get(m.name) ?? 0) > 1 ? `${m.name} (${countyName})` : m.name;
        const full = searchKey(m.name);
        const parts = m.name.split(/\s+[-–]\s+/).map(searchKey).filter((p) => p && p !== full);
        const forms = [full, ...parts];
        return {
            match: { ...m, countyName, label },
            forms,
            compact: forms.map((f) => f.replace(/ /g, '')),
            words: full.split(' '),
            order: 0,
        };
    });
    const collator = new Intl.Collator('nb');
    [...entries].sort((a, b) => collator.compare(a.match.name, b.match.name)).forEach((e, i) => (e.order = i));
    const all = entries.map((e) => e.match);
    function rank(entry, q, qCompact, digits, allowance) {
        if (digits) {
            if (entry.match.number === q)
                return { tier: Tier.Number, distance: 0 };
            if (q.length < 4 && entry.match.number.startsWith(q))
                return { tier: Tier.NumberPrefix, distance: 0 };
            return undefined;
        }
        if (entry.forms.includes(q))
            return { tier: Tier.Exact, distance: 0 };
        if (entry.forms.some((f) => f.startsWith(q)))
            return { tier: Tier.Prefix, distance: 0 };
        if (entry.words.some((w) => w.startsWith(q)))
            return { tier: Tier.WordPrefix, distance: 0 };
        if (q.length >= 2 && entry.forms[0].includes(q))
            return { tier: Tier.Substring, distance: 0 };
        if (allowance === 0)
            return undefined;
        let best = allowance + 1;
        for (const form of entry.compact) {
            best = Math.min(best, editDistance(qCompact, form, allowance));
            // A typo in what has been typed so far: compare with the start of the name.
            if (form.length > qCompact.length)
                best = Math.min(best, editDistance(qCompact, form.slice(0, qCompact.length), allowance));
            if (best === 1)
                break;
        }
        return best <= allowance ? { tier: Tier.Typo, distance: best } : undefined;
    }
    function search(query, limit = 10) {
        const q = searchKey(query);
        if (!q)
            return [];
        const digits = /^\d+$/.test(q);
        const qCompact = q.replace(/ /g, '');
        const allowance = typoAllowance(qCompact.length);
        const hits = [];
        for (const entry of entries) {
            const r = rank(entry, q, qCompact, digits, allowance);
            if (r)
                hits.push({ entry, ...r });
        }
        hits.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.entry.order - b.entry.order
            || a.entry.match.number.localeCompare(b.entry.match.number));
        return hits.slice(0, Math.max(0, limit)).map((h) => h.entry.match);
    }
    function lookup(nameOrNumber) {
        const raw = nameOrNumber.trim();
        if (/^\d{3,4}$/.test(raw)) {
            const number = raw.padStart(4, '0');
            return entries.filter((e) => e.match.number === number).map((e) => e.match);
        }
        // 'Herøy (Nordland)': the label this index gives shared names, so a finder can hand it back.
        const labelled = /^(.*\S)\s*\(([^()]+)\)$/.exec(raw);
        const name = searchKey(labelled ? labelled[1] : raw);
        const county = labelled ? searchKey(labelled[2]) : undefined;
        if (!name)
            return [];
        return entries
            .filter((e) => e.forms.includes(name))
            .filter((e) => county === undefined || searchKey(e.match.countyName) === county || e.match.county === county)
            .map((e) => e.match);
    }
    return { all, search, lookup };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** The Europe/Oslo calendar date of a schedule value: both forms are Oslo wall-clock already. */
function calendarDate(value) {
    return value.slice(0, 10);
}
function checkDate(name, value) {
    if (value !== undefined && !isoDate.test(value)) {
        throw new RangeError(`ActivityQuery.${name} must be a date YYYY-MM-DD`);
    }
}
function checkCount(name, value) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
        throw new RangeError(`ActivityQuery.${name} must be a whole number of at least 0`);
    }
}
/** Throws a RangeError for a query no source could answer (a programming error, not bad data). */
function checkActivityQuery(query) {
    checkDate('from', query.from);
    checkDate('to', query.to);
    checkCount('limit', query.limit);
    checkCount('offset', query.offset);
}
function haystack(activity) {
    const place = activity.place;
    return foldText([
        activity.title,
        activity.summary ?? '',
        ...activity.audience,
        place?.venue ?? '',
        place?.locality ?? '',
        activity.organiser ?? '',
    ].join('\n'));
}
/** Whether one activity matches every condition of the query (paging aside). */
function matchesActivity(activity, query) {
    const { schedule } = activity;
    const start = calendarDate(schedule.start);
    const end = calendarDate(schedule.end ?? schedule.start);
    // Overlap of [start, end] with [from, to], inclusive: a three-day course that began yesterday is on today.
    if (query.from !== undefined && end < query.from)
        return false;
    if (query.to !== undefined && start > query.to)
        return false;
    if (query.centreId !== undefined && activity.centreId !== query.centreId && !(activity.centreIds ?? []).includes(query.centreId)) {
        return false;
    }
    if (query.priorityAreaId !== undefined && !activity.priorityAreaIds.includes(query.priorityAreaId))
        return false;
    if (query.mode !== undefined && activity.mode !== query.mode && !(activity.mode === 'hybrid' && query.mode !== 'hybrid')) {
        return false;
    }
    if (query.audience !== undefined && query.audience.trim()) {
        const wanted = foldText(query.audience.trim());
        if (!activity.audience.some((a) => foldText(a).includes(wanted)))
            return false;
    }
    if (query.text !== undefined && query.text.trim()) {
        const text = haystack(activity);
        if (!foldText(query.text).split(/\s+/).filter(Boolean).every((word) => text.includes(word)))
            return false;
    }
    return true;
}
/** Chronological, then by id, so pages are stable. */
function compareActivities(a, b) {
    return a.schedule.start < b.schedule.start ? -1 : a.schedule.start > b.schedule.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Filter, sort and page a whole collection the way the API does. */
function queryActivities(activities, query, rejected) {
    checkActivityQuery(query);
    const matches = activities.filter((a) => matchesActivity(a, query)).sort(compareActivities);
    const offset = query.offset ?? 0;
    const items = matches.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
    return { items, rejected, total: matches.length };
}

// Literal specifiers, one per collection: bundlers turn each into its own chunk.
const loaders = {
    sources: () => import('./sources-BsJHNEdc.js'),
    counties: () => import('./counties-D_4zsaaw.js'),
    municipalities: () => import('./municipalities-DlZOriOp.js'),
    centres: () => import('./centres-DYG_KcAv.js'),
    priorityAreas: () => import('./priority-areas-CvXnKohI.js'),
    activities: () => import('./activities-bfgydeP1.js'),
    programmes: () => import('./programmes-BieqFlyQ.js'),
    grantSchemes: () => import('./grant-schemes-D_choZgo.js'),
    attribution: () => import('./attribution-Br7L4MIp.js'),
};
const schemas = {
    sources: sourceSchema,
    counties: countySchema,
    municipalities: municipalitySchema,
    centres: centreSchema,
    priorityAreas: priorityAreaSchema,
    activities: activitySchema,
    programmes: programmeSchema,
    grantSchemes: grantSchemeSchema,
    attribution: attributionSchema,
};
/**
 * Parse our own data strictly: one bad record or unknown key (a typo of an optional field) fails
 * the whole collection, so CI catches it before anyone embeds it.
 */
function parseEmbedded(collection, data) {
    const where = `embedded:${collection}`;
    const { items, rejected } = parseCollection(schemas[collection], data, { where, collection });
    const issues = rejectedIssues(rejected);
    if (issues.length === 0 && Array.isArray(data)) {
        data.forEach((record, index) => issues.push(...findUnknownKeys(record, items[index], `${collection}[${index}]`)));
    }
    if (issues.length > 0)
        throw new UshtValidationError(where, issues);
    return items;
}
/** The embedded, sourced data set: the default source of `createClient()`. */
function embeddedSource(options = {}) {
    const loaded = new Map();
    function load(collection, request) {
        request?.signal?.throwIfAborted();
        let pending = loaded.get(collection);
        if (!pending) {
            const loader = options.loaders?.[collection] ?? loaders[collection];
            pending = loader().then((module) => parseEmbedded(collection, module.default));
            // A failed load (chunk not reachable) may succeed on the next call.
            pending.catch(() => loaded.delete(collection));
            loaded.set(collection, pending);
        }
        return abortable(pending, request?.signal);
    }
    async function all(collection, request) {
        const items = await load(collection, request);
        return { items, rejected: [], total: items.length };
    }
    return {
        description: 'embedded',
        centres: (request) => all('centres', request),
        counties: (request) => all('counties', request),
        municipalities: (request) => all('municipalities', request),
        priorityAreas: (request) => all('priorityAreas', request),
        programmes: (request) => all('programmes', request),
        grantSchemes: (request) => all('grantSchemes', request),
        sources: (request) => all('sources', request),
        attribution: (request) => load('attribution', request),
        activities: async (query = {}, request) => queryActivities(await load('activities', request), query, []),
    };
}
/** Settle with `promise`, or reject with the signal's reason as soon as it aborts. */
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}

function deferredSource(description, create) {
    let pending;
    const source = () => {
        if (!pending) {
            pending = create();
            // A chunk that failed to load (offline) may load on the next call.
            pending.catch(() => {
                pending = undefined;
            });
        }
        return pending;
    };
    return {
        description,
        centres: async (request) => (await source()).centres(request),
        counties: async (request) => (await source()).counties(request),
        municipalities: async (request) => (await source()).municipalities(request),
        priorityAreas: async (request) => (await source()).priorityAreas(request),
        activities: async (query, request) => (await source()).activities(query, request),
        programmes: async (request) => (await source()).programmes(request),
        grantSchemes: async (request) => (await source()).grantSchemes(request),
        sources: async (request) => (await source()).sources(request),
        attribution: async (request) => (await source()).attribution(request),
    };
}
/** Data from one feed document (format 'usht-feed') at `url`, fetched once and revalidated with its ETag. */
function feedSource(url, options = {}) {
    return deferredSource(`feed ${String(url)}`, async () => (await import('./feed-CeXfClFv.js')).feedSource(url, options));
}
/** Data from a USHT REST API (openapi.yaml) at `options.baseUrl`. */
function httpSource(options) {
    return deferredSource(`http ${String(options.baseUrl)}`, async () => (await import('./http-DvSf2cGy.js')).httpSource(options));
}

/**
 * The client: what widgets and host pages call. It answers the questions of the domain ("which
 * centre serves my municipality?") on top of any DataSource; the embedded data is the default.
 */
function pickSource(options) {
    const given = [options.source, options.feed, options.baseUrl].filter((x) => x !== undefined).length;
    if (given > 1)
        throw new TypeError('createClient: pass only one of `source`, `feed` and `baseUrl`');
    if (options.source)
        return options.source;
    const { source: _source, feed, baseUrl, ...http } = options;
    if (feed !== undefined)
        return feedSource(feed, { ...http, fallback: embeddedSource() });
    if (baseUrl !== undefined)
        return httpSource({ ...http, baseUrl });
    return embeddedSource();
}
function createClient(options = {}) {
    const source = pickSource(options);
    let built;
    async function municipalityIndex(request) {
        const [municipalities, counties] = await Promise.all([source.municipalities(request), source.counties(request)]);
        // Sources hand back the same arrays while their data is unchanged: build the index once per data set.
        if (built?.municipalities !== municipalities.items || built.counties !== counties.items) {
            built = {
                municipalities: municipalities.items,
                counties: counties.items,
                index: createMunicipalityIndex(municipalities.items, counties.items),
            };
        }
        return { index: built.index, rejected: [...municipalities.rejected, ...counties.rejected] };
    }
    async function find(list, match, notFound) {
        const { items } = await list;
        const found = items.find(match);
        if (found === undefined)
            throw notFound(items);
        return found;
    }
    return {
        source,
        centres: (request) => source.centres(request),
        counties: (request) => source.counties(request),
        centre: (id, request) => find(source.centres(request), (c) => c.id === id, () => new UshtNotFoundError('centre', id)),
        async municipalities(query = {}, request) {
            const { index, rejected } = await municipalityIndex(request);
            let matches = query.query?.trim() ? index.search(query.query, Number.POSITIVE_INFINITY) : index.all;
            if (query.county !== undefined) {
                const county = searchKey(query.county);
                matches = matches.filter((m) => m.county === query.county || searchKey(m.countyName) === county);
            }
            if (query.centreId !== undefined)
                matches = matches.filter((m) => m.centreId === query.centreId);
            const total = matches.length;
            return { items: query.limit === undefined ? matches : matches.slice(0, query.limit), rejected, total };
        },
        async centreFor(nameOrNumber, request) {
            const [{ index }, centres] = await Promise.all([municipalityIndex(request), source.centres(request)]);
            const municipalities = index.lookup(nameOrNumber);
            if (municipalities.length === 0) {
                const close = index.search(nameOrNumber, 3).map((m) => m.label);
                throw new UshtNotFoundError('municipality', nameOrNumber, close.length ? `did you mean ${close.join(', ')}?` : undefined);
            }
            return municipalities.map((municipality) => {
                const centre = centres.items.find((c) => c.id === municipality.centreId);
                if (!centre) {
                    throw new UshtNotFoundError('centre', municipality.centreId, `${municipality.label} is served by it, but ${source.description} holds no such centre`);
                }
                return { municipality, centre };
            });
        },
        activities: (query, request) => source.activities(query, request),
        priorityAreas: (request) => source.priorityAreas(request),
        priorityArea: (id, request) => find(source.priorityAreas(request), (p) => p.id === id, () => new UshtNotFoundError('priority area', id)),
        async programmes(query = {}, request) {
            const { items, rejected } = await source.programmes(request);
            const matches = items.filter((p) => (query.centreId === undefined || p.centreId === query.centreId)
                && (query.priorityAreaId === undefined || p.priorityAreaIds.includes(query.priorityAreaId)));
            return { items: matches, rejected, total: matches.length };
        },
        grantSchemes: (request) => source.grantSchemes(request),
        grantScheme: (year, request) => find(source.grantSchemes(request), (g) => g.year === year, (all) => {
            const years = all.map((g) => g.year).sort((a, b) => a - b);
            return new UshtNotFoundError('grant scheme', String(year), years.length ? `the years with a scheme are ${years.join(', ')}` : 'the source holds no grant schemes');
        }),
        sources: (request) => source.sources(request),
        attribution: (request) => source.attribution(request),
    };
}

var index = /*#__PURE__*/Object.freeze({
    __proto__: null,
    FEED_FORMAT: FEED_FORMAT,
    FEED_VERSION: FEED_VERSION,
    USHT_ERROR_BRAND: USHT_ERROR_BRAND,
    UshtError: UshtError,
    UshtHttpError: UshtHttpError,
    UshtNetworkError: UshtNetworkError,
    UshtNotFoundError: UshtNotFoundError,
    UshtTimeoutError: UshtTimeoutError,
    UshtValidationError: UshtValidationError,
    activityKindSchema: activityKindSchema,
    activityKinds: activityKinds,
    activityModeSchema: activityModeSchema,
    activityModes: activityModes$1,
    activitySchema: activitySchema,
    activityStatusSchema: activityStatusSchema,
    activityStatuses: activityStatuses,
    areaLinkStatuses: areaLinkStatuses,
    attributionSchema: attributionSchema,
    centreSchema: centreSchema,
    checklistAmountFields: checklistAmountFields,
    checklistStateSchema: checklistStateSchema,
    checklistTaskProgress: checklistTaskProgress,
    checklistTaskProgressSchema: checklistTaskProgressSchema,
    contactSchema: contactSchema,
    countyNumberSchema: countyNumberSchema,
    countySchema: countySchema,
    createClient: createClient,
    createMunicipalityIndex: createMunicipalityIndex,
    dateOrDateTimeSchema: dateOrDateTimeSchema,
    editDistance: editDistance,
    embeddedSource: embeddedSource,
    feedCollectionNames: feedCollectionNames,
    feedCollections: feedCollections,
    feedSchema: feedSchema,
    feedSource: feedSource,
    findUnknownKeys: findUnknownKeys,
    foldText: foldText,
    formatIssues: formatIssues,
    formatPath: formatPath,
    grantRuleIdSchema: grantRuleIdSchema,
    grantRuleIds: grantRuleIds,
    grantRuleSchema: grantRuleSchema,
    grantSchemeSchema: grantSchemeSchema,
    hostMunicipalitySchema: hostMunicipalitySchema,
    httpSource: httpSource,
    idSchema: idSchema,
    isAbortError: isAbortError,
    isUshtError: isUshtError,
    isUshtHttpError: isUshtHttpError,
    isUshtNetworkError: isUshtNetworkError,
    isUshtNotFoundError: isUshtNotFoundError,
    isUshtTimeoutError: isUshtTimeoutError,
    isUshtValidationError: isUshtValidationError,
    isoDateSchema: isoDateSchema,
    localDateTimeSchema: localDateTimeSchema,
    locationSchema: locationSchema,
    longTextSchema: longTextSchema,
    matchesActivity: matchesActivity,
    municipalityNumberSchema: municipalityNumberSchema,
    municipalitySchema: municipalitySchema,
    organiserRoleSchema: organiserRoleSchema,
    organiserRoles: organiserRoles,
    parseCollection: parseCollection,
    parseFeed: parseFeed,
    placeSchema: placeSchema,
    priorityAreaCategories: priorityAreaCategories,
    priorityAreaCategorySchema: priorityAreaCategorySchema,
    priorityAreaSchema: priorityAreaSchema,
    programmeSchema: programmeSchema,
    queryActivities: queryActivities,
    registrationSchema: registrationSchema,
    safeUrlSchema: safeUrlSchema,
    satelliteSchema: satelliteSchema,
    scheduleSchema: scheduleSchema,
    searchKey: searchKey,
    sourceRefsSchema: sourceRefsSchema,
    sourceSchema: sourceSchema,
    textLanguageSchema: textLanguageSchema,
    textLanguages: textLanguages,
    textSchema: textSchema,
    timeSpanSchema: timeSpanSchema,
    validateFeed: validateFeed,
    websiteSchema: websiteSchema
});

/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$2=globalThis,e$6=t$2.ShadowRoot&&(void 0===t$2.ShadyCSS||t$2.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s$5=Symbol(),o$5=new WeakMap;let n$4 = class n{constructor(t,e,o){if(this._$cssResult$=true,o!==s$5)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e;}get styleSheet(){let t=this.o;const s=this.t;if(e$6&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o$5.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o$5.set(s,t));}return t}toString(){return this.cssText}};const r$4=t=>new n$4("string"==typeof t?t:t+"",void 0,s$5),i$5=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(true===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n$4(o,t,s$5)},S$1=(s,o)=>{if(e$6)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t$2.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o);}},c$3=e$6?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r$4(e)})(t):t;

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const{is:i$4,defineProperty:e$5,getOwnPropertyDescriptor:h$1,getOwnPropertyNames:r$3,getOwnPropertySymbols:o$4,getPrototypeOf:n$3}=Object,a$1=globalThis,c$2=a$1.trustedTypes,l$1=c$2?c$2.emptyScript:"",p$1=a$1.reactiveElementPolyfillSupport,d$1=(t,s)=>t,u$1={toAttribute(t,s){switch(s){case Boolean:t=t?l$1:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t);}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t);}catch(t){i=null;}}return i}},f$1=(t,s)=>!i$4(t,s),b$1={attribute:true,type:String,converter:u$1,reflect:false,useDefault:false,hasChanged:f$1};Symbol.metadata??=Symbol("metadata"),a$1.litPropertyMetadata??=new WeakMap;let y$1 = class y extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t);}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,s=b$1){if(s.state&&(s.attribute=false),this._$Ei(),this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=true),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e$5(this.prototype,t,h);}}static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h$1(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t;}};return {get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i);},configurable:true,enumerable:true}}static getPropertyOptions(t){return this.elementProperties.get(t)??b$1}static _$Ei(){if(this.hasOwnProperty(d$1("elementProperties")))return;const t=n$3(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties);}static finalize(){if(this.hasOwnProperty(d$1("finalized")))return;if(this.finalized=true,this._$Ei(),this.hasOwnProperty(d$1("properties"))){const t=this.properties,s=[...r$3(t),...o$4(t)];for(const i of s)this.createProperty(i,t[i]);}const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i);}this._$Eh=new Map;for(const[t,s]of this.elementProperties){const i=this._$Eu(t,s);void 0!==i&&this._$Eh.set(i,t);}this.elementStyles=this.finalizeStyles(this.styles);}static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(c$3(s));}else void 0!==s&&i.push(c$3(s));return i}static _$Eu(t,s){const i=s.attribute;return  false===i?void 0:"string"==typeof i?i:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=false,this.hasUpdated=false,this._$Em=null,this._$Ev();}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this));}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.();}removeController(t){this._$EO?.delete(t);}_$E_(){const t=new Map,s=this.constructor.elementProperties;for(const i of s.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t);}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return S$1(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(true),this._$EO?.forEach(t=>t.hostConnected?.());}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.());}attributeChangedCallback(t,s,i){this._$AK(t,i);}_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&true===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u$1).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null;}}_$AK(t,s){const i=this.constructor,e=i._$Eh.get(t);if(void 0!==e&&this._$Em!==e){const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u$1;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,this._$Em=null;}}requestUpdate(t,s,i,e=false,h){if(void 0!==t){const r=this.constructor;if(false===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f$1)(h,s)||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))))return;this.C(t,s,i);} false===this.isUpdatePending&&(this._$ES=this._$EP());}C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),true!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),true===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t));}async _$EP(){this.isUpdatePending=true;try{await this._$ES;}catch(t){Promise.reject(t);}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0;}const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];true!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e);}}let t=false;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)):this._$EM();}catch(s){throw t=false,this._$EM(),s}t&&this._$AE(s);}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=true,this.firstUpdated(t)),this.updated(t);}_$EM(){this._$AL=new Map,this.isUpdatePending=false;}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return  true}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM();}updated(t){}firstUpdated(t){}};y$1.elementStyles=[],y$1.shadowRootOptions={mode:"open"},y$1[d$1("elementProperties")]=new Map,y$1[d$1("finalized")]=new Map,p$1?.({ReactiveElement:y$1}),(a$1.reactiveElementVersions??=[]).push("2.1.2");

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$1=globalThis,i$3=t=>t,s$4=t$1.trustedTypes,e$4=s$4?s$4.createPolicy("lit-html",{createHTML:t=>t}):void 0,h="$lit$",o$3=`lit$${Math.random().toFixed(9).slice(2)}$`,n$2="?"+o$3,r$2=`<${n$2}>`,l=document,c$1=()=>l.createComment(""),a=t=>null===t||"object"!=typeof t&&"function"!=typeof t,u=Array.isArray,d=t=>u(t)||"function"==typeof t?.[Symbol.iterator],f="[ \t\n\f\r]",v=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_=/-->/g,m=/>/g,p=RegExp(`>|${f}(?:([^\\s"'>=/]+)(${f}*=${f}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),g=/'/g,$=/"/g,y=/^(?:script|style|textarea|title)$/i,x=t=>(i,...s)=>({_$litType$:t,strings:i,values:s}),b=x(1),w=x(2),E=Symbol.for("lit-noChange"),A=Symbol.for("lit-nothing"),C=new WeakMap,P=l.createTreeWalker(l,129);function V(t,i){if(!u(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==e$4?e$4.createHTML(i):i}const N=(t,i)=>{const s=t.length-1,e=[];let n,l=2===i?"<svg>":3===i?"<math>":"",c=v;for(let i=0;i<s;i++){const s=t[i];let a,u,d=-1,f=0;for(;f<s.length&&(c.lastIndex=f,u=c.exec(s),null!==u);)f=c.lastIndex,c===v?"!--"===u[1]?c=_:void 0!==u[1]?c=m:void 0!==u[2]?(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p):void 0!==u[3]&&(c=p):c===p?">"===u[0]?(c=n??v,d=-1):void 0===u[1]?d=-2:(d=c.lastIndex-u[2].length,a=u[1],c=void 0===u[3]?p:'"'===u[3]?$:g):c===$||c===g?c=p:c===_||c===m?c=v:(c=p,n=void 0);const x=c===p&&t[i+1].startsWith("/>")?" ":"";l+=c===v?s+r$2:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o$3+x):s+o$3+(-2===d?i:x);}return [V(t,l+(t[s]||"<?>")+(2===i?"</svg>":3===i?"</math>":"")),e]};class S{constructor({strings:t,_$litType$:i},e){let r;this.parts=[];let l=0,a=0;const u=t.length-1,d=this.parts,[f,v]=N(t,i);if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes);}for(;null!==(r=P.nextNode())&&d.length<u;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(h)){const i=v[a++],s=r.getAttribute(t).split(o$3),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H}),r.removeAttribute(t);}else t.startsWith(o$3)&&(d.push({type:6,index:l}),r.removeAttribute(t));if(y.test(r.tagName)){const t=r.textContent.split(o$3),i=t.length-1;if(i>0){r.textContent=s$4?s$4.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c$1()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c$1());}}}else if(8===r.nodeType)if(r.data===n$2)d.push({type:2,index:l});else {let t=-1;for(;-1!==(t=r.data.indexOf(o$3,t+1));)d.push({type:7,index:l}),t+=o$3.length-1;}l++;}}static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}}function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(false),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}class R{constructor(t,i){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i;}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:i},parts:s}=this._$AD,e=(t?.creationScope??l).importNode(i,true);P.currentNode=e;let h=P.nextNode(),o=0,n=0,r=s[0];for(;void 0!==r;){if(o===r.index){let i;2===r.type?i=new k$1(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i),r=s[++n];}o!==r?.index&&(h=P.nextNode(),o++);}return P.currentNode=l,e}p(t){let i=0;for(const s of this._$AV) void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++;}}let k$1 = class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e,this._$Cv=e?.isConnected??true;}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,i=this){t=M(this,t,i),a(t)?t===A||null==t||""===t?(this._$AH!==A&&this._$AR(),this._$AH=A):t!==this._$AH&&t!==E&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):d(t)?this.k(t):this._(t);}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t));}_(t){this._$AH!==A&&a(this._$AH)?this._$AA.nextSibling.data=t:this.T(l.createTextNode(t)),this._$AH=t;}$(t){const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===e)this._$AH.p(i);else {const t=new R(e,this),s=t.u(this.options);t.p(i),this.T(s),this._$AH=t;}}_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}k(t){u(this._$AH)||(this._$AH=[],this._$AR());const i=this._$AH;let s,e=0;for(const h of t)e===i.length?i.push(s=new k(this.O(c$1()),this.O(c$1()),this,this.options)):s=i[e],s._$AI(h),e++;e<i.length&&(this._$AR(s&&s._$AB.nextSibling,e),i.length=e);}_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(false,true,s);t!==this._$AB;){const s=i$3(t).nextSibling;i$3(t).remove(),t=s;}}setConnected(t){ void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t));}};class H{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,this.element=t,this.name=i,this._$AM=e,this.options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=A;}_$AI(t,i=this,s,e){const h=this.strings;let o=false;if(void 0===h)t=M(this,t,i,0),o=!a(t)||t!==this._$AH&&t!==E,o&&(this._$AH=t);else {const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=M(this,e[s+n],i,n),r===E&&(r=this._$AH[n]),o||=!a(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r;}o&&!e&&this.j(t);}j(t){t===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"");}}class I extends H{constructor(){super(...arguments),this.type=3;}j(t){this.element[this.name]=t===A?void 0:t;}}class L extends H{constructor(){super(...arguments),this.type=4;}j(t){this.element.toggleAttribute(this.name,!!t&&t!==A);}}class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5;}_$AI(t,i=this){if((t=M(this,t,i,0)??A)===E)return;const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t;}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t);}}class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s;}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t);}}const B=t$1.litHtmlPolyfillSupport;B?.(S,k$1),(t$1.litHtmlVersions??=[]).push("3.3.3");const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k$1(i.insertBefore(c$1(),t),t,void 0,s??{});}return h._$AI(t),h};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const s$3=globalThis;let i$2 = class i extends y$1{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0;}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=D(r,this.renderRoot,this.renderOptions);}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(true);}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(false);}render(){return E}};i$2._$litElement$=true,i$2["finalized"]=true,s$3.litElementHydrateSupport?.({LitElement:i$2});const o$2=s$3.litElementPolyfillSupport;o$2?.({LitElement:i$2});(s$3.litElementVersions??=[]).push("4.2.2");

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const o$1={attribute:true,type:String,converter:u$1,reflect:false,hasChanged:f$1},r$1=(t=o$1,e,r)=>{const{kind:n,metadata:i}=r;let s=globalThis.litPropertyMetadata.get(i);if(void 0===s&&globalThis.litPropertyMetadata.set(i,s=new Map),"setter"===n&&((t=Object.create(t)).wrapped=true),s.set(r.name,t),"accessor"===n){const{name:o}=r;return {set(r){const n=e.get.call(this);e.set.call(this,r),this.requestUpdate(o,n,t,true,r);},init(e){return void 0!==e&&this.C(o,void 0,t,e),e}}}if("setter"===n){const{name:o}=r;return function(r){const n=this[o];e.call(this,r),this.requestUpdate(o,n,t,true,r);}}throw Error("Unsupported decorator location: "+n)};function n$1(t){return (e,o)=>"object"==typeof o?r$1(t,e,o):((t,e,o)=>{const r=e.hasOwnProperty(o);return e.constructor.createProperty(o,t),r?Object.getOwnPropertyDescriptor(e,o):void 0})(t,e,o)}

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */function r(r){return n$1({...r,state:true,attribute:false})}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
let s$2 = class s extends Event{constructor(s,t,e,o){super("context-request",{bubbles:true,composed:true}),this.context=s,this.contextTarget=t,this.callback=e,this.subscribe=o??false;}};

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
function n(n){return n}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */let s$1 = class s{constructor(t,s,i,h){if(this.subscribe=false,this.provided=false,this.value=void 0,this.t=(t,s)=>{this.unsubscribe&&(this.unsubscribe!==s&&(this.provided=false,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=t,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=true,this.callback&&this.callback(t,s)),this.unsubscribe=s;},this.host=t,void 0!==s.context){const t=s;this.context=t.context,this.callback=t.callback,this.subscribe=t.subscribe??false;}else this.context=s,this.callback=i,this.subscribe=h??false;this.host.addController(this);}hostConnected(){this.dispatchRequest();}hostDisconnected(){this.unsubscribe&&(this.unsubscribe(),this.unsubscribe=void 0);}dispatchRequest(){this.host.dispatchEvent(new s$2(this.context,this.host,this.t,this.subscribe));}};

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
class s{get value(){return this.o}set value(s){this.setValue(s);}setValue(s,t=false){const i=t||!Object.is(s,this.o);this.o=s,i&&this.updateObservers();}constructor(s){this.subscriptions=new Map,this.updateObservers=()=>{for(const[s,{disposer:t}]of this.subscriptions)s(this.o,t);},void 0!==s&&(this.value=s);}addCallback(s,t,i){if(!i)return void s(this.value);this.subscriptions.has(s)||this.subscriptions.set(s,{disposer:()=>{this.subscriptions.delete(s);},consumerHost:t});const{disposer:h}=this.subscriptions.get(s);s(this.value,h);}clearCallbacks(){this.subscriptions.clear();}}

/**
 * @license
 * Copyright 2021 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */let e$3 = class e extends Event{constructor(t,s){super("context-provider",{bubbles:true,composed:true}),this.context=t,this.contextTarget=s;}};let i$1 = class i extends s{constructor(s,e,i){super(void 0!==e.context?e.initialValue:i),this.onContextRequest=t=>{if(t.context!==this.context)return;const s=t.contextTarget??t.composedPath()[0];s!==this.host&&(t.stopPropagation(),this.addCallback(t.callback,s,t.subscribe));},this.onProviderRequest=s=>{if(s.context!==this.context)return;if((s.contextTarget??s.composedPath()[0])===this.host)return;const e=new Set;for(const[s,{consumerHost:i}]of this.subscriptions)e.has(s)||(e.add(s),i.dispatchEvent(new s$2(this.context,i,s,true)));s.stopPropagation();},this.host=s,void 0!==e.context?this.context=e.context:this.context=e,this.attachListeners(),this.host.addController?.(this);}attachListeners(){this.host.addEventListener("context-request",this.onContextRequest),this.host.addEventListener("context-provider",this.onProviderRequest);}hostConnected(){this.host.dispatchEvent(new e$3(this.context,this.host));}};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */function e$2({context:e}){return (n,i)=>{const r=new WeakMap;if("object"==typeof i)return {get(){return n.get.call(this)},set(t){return r.get(this).setValue(t),n.set.call(this,t)},init(n){return r.set(this,new i$1(this,{context:e,initialValue:n})),n}};{n.constructor.addInitializer((n=>{r.set(n,new i$1(n,{context:e}));}));const o=Object.getOwnPropertyDescriptor(n,i);let s;if(void 0===o){const t=new WeakMap;s={get(){return t.get(this)},set(e){r.get(this).setValue(e),t.set(this,e);},configurable:true,enumerable:true};}else {const t=o.set;s={...o,set(e){r.get(this).setValue(e),t?.call(this,e);}};}return void Object.defineProperty(n,i,s)}}}

/**
 * @license
 * Copyright 2022 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */function c({context:c,subscribe:e}){return (o,n)=>{"object"==typeof n?n.addInitializer((function(){new s$1(this,{context:c,callback:t=>{o.set.call(this,t);},subscribe:e});})):o.constructor.addInitializer((o=>{new s$1(o,{context:c,callback:t=>{o[n]=t;},subscribe:e});}));}}

// Keys are global symbols so two copies of the same major version on a page still talk to each
// other; a new major version gets a new key (style.md §3).
/** The SDK client (and so the data source) every element inside a provider uses. */
const clientContext = n(Symbol.for('usht-client-v1'));
/** The locale a provider sets for everything inside it. */
const localeContext = n(Symbol.for('usht-locale-v1'));
/** Host overrides of our strings, per locale. */
const messagesContext = n(Symbol.for('usht-messages-v1'));
/** The colour scheme a provider sets ('light' | 'dark'); absent means: follow the page. */
const colorSchemeContext = n(Symbol.for('usht-color-scheme-v1'));
const colorSchemes = ['light', 'dark'];

const warned = new Set();
/** One `[usht-kit]` console warning per key and page: hosts see the problem without a flood. */
function warnOnce(key, message) {
    if (warned.has(key))
        return;
    warned.add(key);
    console.warn(`[usht-kit] ${message}`);
}
/**
 * Checks an enumerated attribute. An unknown value warns once, naming the attribute and the
 * allowed values, and the caller falls back to its default (style.md §4).
 */
function checkEnum(tag, attribute, value, allowed, fallback) {
    if (value === null || value === undefined || value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    warnOnce(`${tag}:${attribute}:${value}`, `<${tag}>: unknown ${attribute}="${value}"; allowed: ${allowed.join(', ')}. Using "${fallback}".`);
    return fallback;
}

/** The locales we ship. `nb` is the default; `se` (Northern Sami) is partial and falls back to `nb`. */
const locales = ['nb', 'nn', 'en', 'se'];
const defaultLocale = 'nb';
/**
 * Maps any BCP 47 tag a page may carry to one of ours: `no`, `nb-NO` → nb; `nn-NO` → nn;
 * `se-NO`, `sme` → se; `en-*` → en; anything else → nb (style.md §7). Returns undefined for an
 * empty value so the caller can go on to the next place to look.
 */
function normalizeLocale(tag) {
    if (!tag)
        return undefined;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    switch (primary) {
        case '':
            return undefined;
        case 'nn':
            return 'nn';
        case 'en':
            return 'en';
        case 'se':
        case 'sme':
            return 'se';
        default:
            return 'nb';
    }
}
/** Nearest `[lang]` above `node`, crossing shadow roots (an element inside another's shadow DOM). */
function ancestorLang(node) {
    let current = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    while (current) {
        if (current instanceof Element) {
            const lang = current.getAttribute('lang');
            if (lang)
                return lang;
        }
        current = current instanceof ShadowRoot ? current.host : current.parentNode;
    }
    return undefined;
}
/**
 * Locale order (style.md §7): the element's own `lang` → the provider's → the nearest ancestor
 * `[lang]` → `<html lang>` (the walk reaches it) → nb.
 */
function resolveLocale(element, providerLocale) {
    return (normalizeLocale(element.getAttribute('lang')) ??
        providerLocale ??
        normalizeLocale(ancestorLang(element)) ??
        defaultLocale);
}

var __esDecorate$4 = (undefined && undefined.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers$4 = (undefined && undefined.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
/**
 * Shares one data source, a locale, the host's wording and a colour scheme with every usht-kit
 * element inside it, through `@lit/context`. Without a provider each element works alone on the
 * embedded data.
 *
 * @summary Shares data source, locale and theme with the usht-kit elements inside it.
 * @tagname usht-provider
 * @slot - The page content holding usht-kit elements.
 */
let UshtProvider = (() => {
    let _classSuper = i$2;
    let _feed_decorators;
    let _feed_initializers = [];
    let _feed_extraInitializers = [];
    let _baseUrl_decorators;
    let _baseUrl_initializers = [];
    let _baseUrl_extraInitializers = [];
    let _timeout_decorators;
    let _timeout_initializers = [];
    let _timeout_extraInitializers = [];
    let _client_decorators;
    let _client_initializers = [];
    let _client_extraInitializers = [];
    let _messages_decorators;
    let _messages_initializers = [];
    let _messages_extraInitializers = [];
    let _colorScheme_decorators;
    let _colorScheme_initializers = [];
    let _colorScheme_extraInitializers = [];
    let _providedClient_decorators;
    let _providedClient_initializers = [];
    let _providedClient_extraInitializers = [];
    let _providedLocale_decorators;
    let _providedLocale_initializers = [];
    let _providedLocale_extraInitializers = [];
    let _providedColorScheme_decorators;
    let _providedColorScheme_initializers = [];
    let _providedColorScheme_extraInitializers = [];
    return class UshtProvider extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _feed_decorators = [n$1()];
            _baseUrl_decorators = [n$1({ attribute: 'base-url' })];
            _timeout_decorators = [n$1({ type: Number })];
            _client_decorators = [n$1({ attribute: false })];
            _messages_decorators = [n$1({ attribute: false }), e$2({ context: messagesContext })];
            _colorScheme_decorators = [n$1({ attribute: 'color-scheme' })];
            _providedClient_decorators = [e$2({ context: clientContext })];
            _providedLocale_decorators = [e$2({ context: localeContext })];
            _providedColorScheme_decorators = [e$2({ context: colorSchemeContext })];
            __esDecorate$4(this, null, _feed_decorators, { kind: "accessor", name: "feed", static: false, private: false, access: { has: obj => "feed" in obj, get: obj => obj.feed, set: (obj, value) => { obj.feed = value; } }, metadata: _metadata }, _feed_initializers, _feed_extraInitializers);
            __esDecorate$4(this, null, _baseUrl_decorators, { kind: "accessor", name: "baseUrl", static: false, private: false, access: { has: obj => "baseUrl" in obj, get: obj => obj.baseUrl, set: (obj, value) => { obj.baseUrl = value; } }, metadata: _metadata }, _baseUrl_initializers, _baseUrl_extraInitializers);
            __esDecorate$4(this, null, _timeout_decorators, { kind: "accessor", name: "timeout", static: false, private: false, access: { has: obj => "timeout" in obj, get: obj => obj.timeout, set: (obj, value) => { obj.timeout = value; } }, metadata: _metadata }, _timeout_initializers, _timeout_extraInitializers);
            __esDecorate$4(this, null, _client_decorators, { kind: "accessor", name: "client", static: false, private: false, access: { has: obj => "client" in obj, get: obj => obj.client, set: (obj, value) => { obj.client = value; } }, metadata: _metadata }, _client_initializers, _client_extraInitializers);
            __esDecorate$4(this, null, _messages_decorators, { kind: "accessor", name: "messages", static: false, private: false, access: { has: obj => "messages" in obj, get: obj => obj.messages, set: (obj, value) => { obj.messages = value; } }, metadata: _metadata }, _messages_initializers, _messages_extraInitializers);
            __esDecorate$4(this, null, _colorScheme_decorators, { kind: "accessor", name: "colorScheme", static: false, private: false, access: { has: obj => "colorScheme" in obj, get: obj => obj.colorScheme, set: (obj, value) => { obj.colorScheme = value; } }, metadata: _metadata }, _colorScheme_initializers, _colorScheme_extraInitializers);
            __esDecorate$4(this, null, _providedClient_decorators, { kind: "accessor", name: "providedClient", static: false, private: false, access: { has: obj => "providedClient" in obj, get: obj => obj.providedClient, set: (obj, value) => { obj.providedClient = value; } }, metadata: _metadata }, _providedClient_initializers, _providedClient_extraInitializers);
            __esDecorate$4(this, null, _providedLocale_decorators, { kind: "accessor", name: "providedLocale", static: false, private: false, access: { has: obj => "providedLocale" in obj, get: obj => obj.providedLocale, set: (obj, value) => { obj.providedLocale = value; } }, metadata: _metadata }, _providedLocale_initializers, _providedLocale_extraInitializers);
            __esDecorate$4(this, null, _providedColorScheme_decorators, { kind: "accessor", name: "providedColorScheme", static: false, private: false, access: { has: obj => "providedColorScheme" in obj, get: obj => obj.providedColorScheme, set: (obj, value) => { obj.providedColorScheme = value; } }, metadata: _metadata }, _providedColorScheme_initializers, _providedColorScheme_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = i$5 `
    :host {
      display: contents;
    }
  `;
        static get observedAttributes() {
            return [...super.observedAttributes, 'lang'];
        }
        #feed_accessor_storage = __runInitializers$4(this, _feed_initializers, void 0);
        /** URL of a data feed (one JSON document, see the feed format); used when no `client` is set. */
        get feed() { return this.#feed_accessor_storage; }
        set feed(value) { this.#feed_accessor_storage = value; }
        #baseUrl_accessor_storage = (__runInitializers$4(this, _feed_extraInitializers), __runInitializers$4(this, _baseUrl_initializers, void 0));
        /** Base URL of a USHT REST API; used when neither `client` nor `feed` is set. */
        get baseUrl() { return this.#baseUrl_accessor_storage; }
        set baseUrl(value) { this.#baseUrl_accessor_storage = value; }
        #timeout_accessor_storage = (__runInitializers$4(this, _baseUrl_extraInitializers), __runInitializers$4(this, _timeout_initializers, void 0));
        /** Request timeout in milliseconds for `feed` and `base-url`. */
        get timeout() { return this.#timeout_accessor_storage; }
        set timeout(value) { this.#timeout_accessor_storage = value; }
        #client_accessor_storage = (__runInitializers$4(this, _timeout_extraInitializers), __runInitializers$4(this, _client_initializers, void 0));
        /** A ready SDK client (any data source); takes precedence over `feed` and `base-url`. */
        get client() { return this.#client_accessor_storage; }
        set client(value) { this.#client_accessor_storage = value; }
        #messages_accessor_storage = (__runInitializers$4(this, _client_extraInitializers), __runInitializers$4(this, _messages_initializers, void 0));
        /** The host's own wording, per locale, for every element inside. */
        get messages() { return this.#messages_accessor_storage; }
        set messages(value) { this.#messages_accessor_storage = value; }
        #colorScheme_accessor_storage = (__runInitializers$4(this, _messages_extraInitializers), __runInitializers$4(this, _colorScheme_initializers, void 0));
        /** `light` or `dark`; unset follows the page (`data-color-scheme` on an ancestor). */
        get colorScheme() { return this.#colorScheme_accessor_storage; }
        set colorScheme(value) { this.#colorScheme_accessor_storage = value; }
        #providedClient_accessor_storage = (__runInitializers$4(this, _colorScheme_extraInitializers), __runInitializers$4(this, _providedClient_initializers, void 0));
        get providedClient() { return this.#providedClient_accessor_storage; }
        set providedClient(value) { this.#providedClient_accessor_storage = value; }
        #providedLocale_accessor_storage = (__runInitializers$4(this, _providedClient_extraInitializers), __runInitializers$4(this, _providedLocale_initializers, void 0));
        get providedLocale() { return this.#providedLocale_accessor_storage; }
        set providedLocale(value) { this.#providedLocale_accessor_storage = value; }
        #providedColorScheme_accessor_storage = (__runInitializers$4(this, _providedLocale_extraInitializers), __runInitializers$4(this, _providedColorScheme_initializers, void 0));
        get providedColorScheme() { return this.#providedColorScheme_accessor_storage; }
        set providedColorScheme(value) { this.#providedColorScheme_accessor_storage = value; }
        attributeChangedCallback(name, old, value) {
            super.attributeChangedCallback(name, old, value);
            if (name === 'lang')
                this.providedLocale = normalizeLocale(value);
        }
        connectedCallback() {
            super.connectedCallback();
            this.providedLocale = normalizeLocale(this.getAttribute('lang'));
        }
        willUpdate(changed) {
            if (changed.has('client') || changed.has('feed') || changed.has('baseUrl') || changed.has('timeout')) {
                this.providedClient = this.makeClient();
            }
            if (changed.has('colorScheme')) {
                this.providedColorScheme = this.colorScheme ? checkEnum('usht-provider', 'color-scheme', this.colorScheme, colorSchemes, 'light') : undefined;
            }
        }
        makeClient() {
            if (this.client)
                return this.client;
            const timeout = this.timeout !== undefined && this.timeout > 0 ? this.timeout : undefined;
            try {
                if (this.feed)
                    return createClient({ feed: new URL(this.feed, document.baseURI).href, timeout });
                if (this.baseUrl)
                    return createClient({ baseUrl: new URL(this.baseUrl, document.baseURI).href, timeout });
            }
            catch (error) {
                warnOnce(`usht-provider:source:${this.feed ?? this.baseUrl}`, `<usht-provider>: cannot use the data source "${this.feed ?? this.baseUrl}" (${String(error)}); the elements use the embedded data.`);
            }
            return undefined;
        }
        render() {
            return b `<slot></slot>`;
        }
        constructor() {
            super(...arguments);
            __runInitializers$4(this, _providedColorScheme_extraInitializers);
        }
    };
})();

/**
 * Registers a tag unless another copy (a second bundle, another version) already owns it. Two
 * widgets' script tags on one CMS page must never take the page down: warn once, never throw.
 */
function defineOnce(tag, element) {
    const existing = customElements.get(tag);
    if (existing === undefined) {
        customElements.define(tag, element);
        return;
    }
    if (existing !== element) {
        warnOnce(`define:${tag}`, `<${tag}> is already defined by another copy of usht-kit on this page; keeping the first one.`);
    }
}

defineOnce('usht-provider', UshtProvider);

const ownDateNames = {
    nn: {
        months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
        monthsShort: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
        weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
        weekdaysShort: ['må.', 'ty.', 'on.', 'to.', 'fr.', 'la.', 'sø.'],
    },
    se: {
        months: ['ođđajagemánnu', 'guovvamánnu', 'njukčamánnu', 'cuoŋománnu', 'miessemánnu', 'geassemánnu', 'suoidnemánnu', 'borgemánnu', 'čakčamánnu', 'golggotmánnu', 'skábmamánnu', 'juovlamánnu'],
        monthsShort: ['ođđj', 'guov', 'njuk', 'cuo', 'mies', 'geas', 'suoi', 'borg', 'čakč', 'golg', 'skáb', 'juov'],
        weekdays: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
        weekdaysShort: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
    },
};

const TIME_ZONE = 'Europe/Oslo';
// Intl tags for numbers and the dates Chromium does have. se and nn number formats follow nb
// (space as group separator, comma as decimal sign).
const intlTag = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB', se: 'nb-NO' };
/** Plural categories by rule, for locales whose rules a browser may lack (se has "two"). */
function pluralCategory(locale, n) {
    if (locale === 'se') {
        const rules = new Intl.PluralRules('se');
        // Chromium without se data answers with its fallback's rules, which lack "two".
        if (rules.resolvedOptions().locale.startsWith('se'))
            return rules.select(n);
        return n === 1 ? 'one' : n === 2 ? 'two' : 'other';
    }
    return new Intl.PluralRules(intlTag[locale]).select(n);
}
const isPlural = (value) => typeof value === 'object' && value !== null && 'other' in value && typeof value.other === 'function';
/**
 * Strings, counts, dates and numbers for one locale. Lookup: the host's override for the locale,
 * our catalogue for the locale, then (se only) nb, whose text is then marked `lang="nb"`.
 */
class Localizer {
    locale;
    overrides;
    numberFormat;
    sections;
    /** `sections`: the string sections this localizer can read (an element's `static sections`). */
    constructor(locale, overrides, sections = {}) {
        this.locale = locale;
        this.overrides = overrides;
        this.sections = sections;
        this.numberFormat = new Intl.NumberFormat(intlTag[locale]);
    }
    /** The message and the language it is actually in. */
    lookup(section, key) {
        const catalog = this.sections[section];
        if (!catalog) {
            warnOnce(`localizer:${section}`, `strings of section "${section}" are not loaded: add them to the element's \`static sections\` (shared/usht-element.ts).`);
        }
        const find = (messages) => messages?.[key];
        const own = find(this.overrides?.[this.locale]?.[section]) ?? find(catalog?.[this.locale]);
        if (own !== undefined && own !== '')
            return { value: own, lang: this.locale };
        // The key itself when even nb is missing: visible in review, never "undefined".
        const fallback = find(this.overrides?.nb?.[section]) ?? find(catalog?.nb) ?? String(key);
        return { value: fallback, lang: 'nb' };
    }
    /** Plain text, for attributes and where markup cannot go. */
    text(section, key, ...args) {
        const { value } = this.lookup(section, key);
        if (typeof value === 'function')
            return value(...args);
        if (isPlural(value))
            return value.other(String(args[0] ?? ''));
        return String(value);
    }
    /** Text for element content: wrapped in `lang="nb"` when se fell back to nb (WCAG 3.1.2). */
    t(section, key, ...args) {
        const text = this.text(section, key, ...args);
        return this.lookup(section, key).lang === this.locale ? text : b `<span lang=${this.lookup(section, key).lang}>${text}</span>`;
    }
    /** A counted phrase through `Intl.PluralRules`, with the number formatted for the locale. */
    count(section, key, n) {
        const { value, lang } = this.lookup(section, key);
        if (!isPlural(value))
            return String(value);
        const category = pluralCategory(lang, n);
        const form = value[category] ?? value.other;
        return form(this.formatNumber(n));
    }
    /** Like `count`, marked `lang="nb"` when it fell back. */
    countT(section, key, n) {
        const text = this.count(section, key, n);
        const { lang } = this.lookup(section, key);
        return lang === this.locale ? text : b `<span lang=${lang}>${text}</span>`;
    }
    formatNumber(n) {
        return this.numberFormat.format(n);
    }
    /** Norwegian kroner, whole kroner ("285 000 kr"). */
    formatCurrency(n) {
        return new Intl.NumberFormat(intlTag[this.locale], { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(n);
    }
    /** Month name, 1–12. */
    monthName(month, width = 'long') {
        const own = ownDateNames[this.locale];
        if (own && !this.intlHasDateNames())
            return (width === 'long' ? own.months : own.monthsShort)[month - 1] ?? '';
        return new Intl.DateTimeFormat(this.dateTag(), { month: width, timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 15));
    }
    /** Weekday names, Monday first. */
    weekdayNames(width = 'long') {
        const own = ownDateNames[this.locale];
        if (own && !this.intlHasDateNames())
            return width === 'long' ? own.weekdays : own.weekdaysShort;
        const format = new Intl.DateTimeFormat(this.dateTag(), { weekday: width, timeZone: 'UTC' });
        // 2001-01-01 was a Monday.
        return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2001, 0, 1 + i)));
    }
    /**
     * A calendar date: 'long' "5. mars 2026", 'weekday' "torsdag 5. mars 2026", 'short' "5. mars",
     * 'month' "mars 2026", 'numeric' "05.03.2026". English follows en-GB ("5 March 2026").
     */
    formatDate(date, style = 'long') {
        const { year, month, day } = date;
        if (style === 'numeric') {
            return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
        }
        const weekday = this.weekdayNames('long')[weekdayIndex(date)] ?? '';
        const monthName = this.monthName(month);
        if (this.locale === 'en') {
            const parts = { long: `${day} ${monthName} ${year}`, weekday: `${weekday} ${day} ${monthName} ${year}`, short: `${day} ${monthName}`, month: `${monthName} ${year}` };
            return parts[style];
        }
        const parts = { long: `${day}. ${monthName} ${year}`, weekday: `${weekday} ${day}. ${monthName} ${year}`, short: `${day}. ${monthName}`, month: `${monthName} ${year}` };
        return parts[style];
    }
    /** "13:00": 24-hour clock in every locale we ship. */
    formatTime(hour, minute) {
        return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    }
    dateTag() {
        return this.locale === 'en' ? 'en-GB' : this.locale === 'nb' ? 'nb-NO' : this.locale;
    }
    /** Whether the browser really has date names for the locale (Chromium: nb and en yes, nn and se no). */
    intlHasDateNames() {
        return new Intl.DateTimeFormat(this.dateTag()).resolvedOptions().locale.split('-')[0] === this.locale;
    }
}
/** Monday = 0 … Sunday = 6. */
function weekdayIndex(date) {
    return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}
/** `YYYY-MM-DD` (or the date part of a local date-time) as a PlainDate. */
function parsePlainDate(value) {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}
const osloParts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
/** The wall-clock date and time in Oslo at an instant (today's date for "hide past activities"). */
function osloNow(instant = new Date()) {
    const parts = osloParts.formatToParts(instant);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const nb$4 = {
    loading: 'Laster inn …',
    loadFailed: 'Klarte ikke å hente dataene.',
    retry: 'Prøv igjen',
    empty: 'Ingen treff.',
    sampleData: 'Eksempeldata',
    sampleDataNote: 'Dette er genererte eksempeldata, ikke virkelige aktiviteter.',
    invalidRecords: {
        one: (n) => `${n} oppføring i datakilden var ugyldig og vises ikke.`,
        other: (n) => `${n} oppføringer i datakilden var ugyldige og vises ikke.`,
    },
    sourceLabel: 'Kilde',
    uncertain: 'Usikkert',
    unconfirmed: 'ikke bekreftet',
    dataAttribution: 'Kommunedata © Kartverket, CC BY 4.0',
};
const nn$4 = {
    loading: 'Lastar inn …',
    loadFailed: 'Klarte ikkje å hente dataa.',
    retry: 'Prøv igjen',
    empty: 'Ingen treff.',
    sampleData: 'Eksempeldata',
    sampleDataNote: 'Dette er genererte eksempeldata, ikkje verkelege aktivitetar.',
    invalidRecords: {
        one: (n) => `${n} oppføring i datakjelda var ugyldig og blir ikkje vist.`,
        other: (n) => `${n} oppføringar i datakjelda var ugyldige og blir ikkje viste.`,
    },
    sourceLabel: 'Kjelde',
    uncertain: 'Usikkert',
    unconfirmed: 'ikkje stadfesta',
    dataAttribution: 'Kommunedata © Kartverket, CC BY 4.0',
};
const en$4 = {
    loading: 'Loading …',
    loadFailed: 'Could not load the data.',
    retry: 'Try again',
    empty: 'Nothing found.',
    sampleData: 'Sample data',
    sampleDataNote: 'This is generated sample data, not real activities.',
    invalidRecords: {
        one: (n) => `${n} record in the data source was invalid and is not shown.`,
        other: (n) => `${n} records in the data source were invalid and are not shown.`,
    },
    sourceLabel: 'Source',
    uncertain: 'Uncertain',
    unconfirmed: 'not confirmed',
    dataAttribution: 'Municipality data © Kartverket, CC BY 4.0',
};
// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se$4 = {
    retry: 'Geahččal ođđasit',
    sourceLabel: 'Gáldu',
};
const common = { nb: nb$4, nn: nn$4, en: en$4, se: se$4 };

/**
 * Design tokens, resolved once into private `--_usht-*` properties (style.md §6): our public
 * `--usht-*` property, then Designsystemet's `--ds-*` token, then a literal that passes WCAG AA on
 * its background (contrast ratios noted beside each). We never declare a public `--usht-*` here:
 * on `:host` it would override what the page sets on an ancestor. Literals are `light-dark()`
 * pairs: the dark one applies when `data-color-scheme="dark"` sets `color-scheme: dark` below.
 */
const tokens = i$5 `
  :host {
    --_usht-text: var(--usht-color-text, var(--ds-color-neutral-text-default, light-dark(#1e2b3c, #f3f4f6))); /* 14.4:1 on white */
    --_usht-text-subtle: var(--usht-color-text-subtle, var(--ds-color-neutral-text-subtle, light-dark(#4b5563, #cbd5e1))); /* 7.6:1 */
    --_usht-surface: var(--usht-color-surface, var(--ds-color-neutral-background-default, light-dark(#ffffff, #111827)));
    --_usht-surface-tinted: var(--usht-color-surface-tinted, var(--ds-color-neutral-surface-tinted, light-dark(#f3f5f8, #1f2937)));
    --_usht-border: var(--usht-color-border, var(--ds-color-neutral-border-default, light-dark(#6b7280, #9ca3af))); /* 4.8:1, non-text ≥ 3:1 */
    --_usht-border-subtle: var(--usht-color-border-subtle, var(--ds-color-neutral-border-subtle, light-dark(#d1d5db, #374151)));
    --_usht-accent: var(--usht-color-accent, var(--ds-color-accent-base-default, light-dark(#0b5cad, #93c5fd))); /* 6.6:1 */
    --_usht-accent-text: var(--usht-color-accent-text, var(--ds-color-accent-text-default, light-dark(#0b4a8b, #93c5fd)));
    --_usht-on-accent: var(--usht-color-on-accent, var(--ds-color-accent-base-contrast-default, light-dark(#ffffff, #0b1220)));
    --_usht-accent-surface: var(--usht-color-accent-surface, var(--ds-color-accent-surface-tinted, light-dark(#e8f1fb, #1e3a5f)));
    --_usht-danger-text: var(--usht-color-danger-text, var(--ds-color-danger-text-default, light-dark(#a4161a, #fca5a5))); /* 7.4:1 */
    --_usht-danger-surface: var(--usht-color-danger-surface, var(--ds-color-danger-surface-tinted, light-dark(#fdecec, #3b1212)));
    --_usht-success-text: var(--usht-color-success-text, var(--ds-color-success-text-default, light-dark(#0f5f2b, #86efac))); /* 7.6:1 */
    --_usht-warning-text: var(--usht-color-warning-text, var(--ds-color-warning-text-default, light-dark(#7a4a00, #fcd34d))); /* 7.0:1 */
    --_usht-warning-surface: var(--usht-color-warning-surface, var(--ds-color-warning-surface-tinted, light-dark(#fff4e0, #3a2a05)));
    --_usht-focus: var(--usht-color-focus, var(--ds-color-focus-outer, light-dark(#1e2b3c, #f3f4f6)));
    --_usht-focus-inner: var(--usht-color-focus-inner, var(--ds-color-focus-inner, light-dark(#ffd43b, #1d4ed8)));
    --_usht-font: var(--usht-font-family, var(--ds-font-family, inherit));
    --_usht-radius: var(--usht-radius, var(--ds-border-radius-md, 0.25rem));
    --_usht-space: var(--usht-space, var(--ds-size-4, 1rem));
    display: block;
    font-family: var(--_usht-font);
    color: var(--_usht-text);
    line-height: 1.5;
    color-scheme: light;
  }

  /* Dark scheme without Designsystemet: the second value of each light-dark() above, all AA on #111827. */
  :host([data-color-scheme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* A two-colour ring visible on light and dark surfaces (WCAG 2.4.7, 2.4.11). */
  :focus-visible {
    outline: 0.1875rem solid var(--_usht-focus);
    outline-offset: 0.125rem;
    box-shadow: 0 0 0 0.125rem var(--_usht-focus-inner);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
/** The readable states every element shows: loading, empty, failed (never a blank box). */
const stateStyles = i$5 `
  .state {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .state[data-kind='error'] {
    border-color: var(--_usht-danger-text);
    background: var(--_usht-danger-surface);
    color: var(--_usht-danger-text);
  }
  .state p {
    margin: 0 0 0.5rem;
  }
  .state p:last-child {
    margin-block-end: 0;
  }
  button.retry {
    font: inherit;
    padding: 0.375rem 0.875rem;
    min-block-size: 2.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-text);
    cursor: pointer;
  }
`;

var __esDecorate$3 = (undefined && undefined.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers$3 = (undefined && undefined.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
// Every method of the client and of a source, listed so the compiler tells us when the SDK adds one.
const clientMethods = {
    centres: true, centre: true, counties: true, municipalities: true, centreFor: true, activities: true, priorityAreas: true,
    priorityArea: true, programmes: true, grantSchemes: true, grantScheme: true, sources: true, attribution: true,
};
const sourceMethods = {
    centres: true, counties: true, municipalities: true, priorityAreas: true, activities: true, programmes: true,
    grantSchemes: true, sources: true, attribution: true,
};
/** An object whose methods wait for `load()` and then call the real object's method. */
function deferred(load, methods, extra) {
    const target = { ...extra };
    for (const name of Object.keys(methods)) {
        target[name] = async (...args) => {
            const real = (await load());
            return real[name](...args);
        };
    }
    return target;
}
let defaultClient;
/**
 * One client on the embedded data for every element used without a provider. The SDK (ky, zod,
 * the client) is imported on the first request, not with the element: an element alone must stay
 * within its size budget (budgets.md: a badge ≤ 7.5 KiB gzip including Lit), and a page that gives
 * its elements a provider's client never loads this one.
 */
function embeddedClient() {
    if (defaultClient)
        return defaultClient;
    let real;
    const load = () => (real ??= Promise.resolve().then(function () { return index; }).then((sdk) => sdk.createClient()));
    const source = deferred(() => load().then((client) => client.source), sourceMethods, { description: 'embedded' });
    defaultClient = deferred(load, clientMethods, { source });
    return defaultClient;
}
// One observer for the whole page: a host switching <html lang> or data-color-scheme re-renders us.
const watchers = new Set();
let pageObserver;
function watchPage(element) {
    watchers.add(element);
    if (pageObserver || typeof MutationObserver === 'undefined')
        return;
    pageObserver = new MutationObserver(() => watchers.forEach((w) => w.requestUpdate()));
    pageObserver.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'data-color-scheme'] });
}
/** Nearest `data-color-scheme` above the element, crossing shadow roots. */
function ancestorColorScheme(node) {
    let current = node;
    while (current) {
        if (current instanceof Element) {
            const scheme = current.getAttribute('data-color-scheme');
            if (scheme && current !== node)
                return scheme;
        }
        current = current instanceof ShadowRoot ? current.host : current.parentNode;
    }
    return undefined;
}
/**
 * What every usht-kit element shares: the data client, locale, host message overrides and colour
 * scheme, each from the element itself, else its `<usht-provider>`, else the page.
 */
let UshtElement = (() => {
    let _classSuper = i$2;
    let _providedClient_decorators;
    let _providedClient_initializers = [];
    let _providedClient_extraInitializers = [];
    let _providedLocale_decorators;
    let _providedLocale_initializers = [];
    let _providedLocale_extraInitializers = [];
    let _providedMessages_decorators;
    let _providedMessages_initializers = [];
    let _providedMessages_extraInitializers = [];
    let _providedColorScheme_decorators;
    let _providedColorScheme_initializers = [];
    let _providedColorScheme_extraInitializers = [];
    let _client_decorators;
    let _client_initializers = [];
    let _client_extraInitializers = [];
    let _messages_decorators;
    let _messages_initializers = [];
    let _messages_extraInitializers = [];
    return class UshtElement extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _providedClient_decorators = [c({ context: clientContext, subscribe: true }), r()];
            _providedLocale_decorators = [c({ context: localeContext, subscribe: true }), r()];
            _providedMessages_decorators = [c({ context: messagesContext, subscribe: true }), r()];
            _providedColorScheme_decorators = [c({ context: colorSchemeContext, subscribe: true }), r()];
            _client_decorators = [n$1({ attribute: false })];
            _messages_decorators = [n$1({ attribute: false })];
            __esDecorate$3(this, null, _providedClient_decorators, { kind: "accessor", name: "providedClient", static: false, private: false, access: { has: obj => "providedClient" in obj, get: obj => obj.providedClient, set: (obj, value) => { obj.providedClient = value; } }, metadata: _metadata }, _providedClient_initializers, _providedClient_extraInitializers);
            __esDecorate$3(this, null, _providedLocale_decorators, { kind: "accessor", name: "providedLocale", static: false, private: false, access: { has: obj => "providedLocale" in obj, get: obj => obj.providedLocale, set: (obj, value) => { obj.providedLocale = value; } }, metadata: _metadata }, _providedLocale_initializers, _providedLocale_extraInitializers);
            __esDecorate$3(this, null, _providedMessages_decorators, { kind: "accessor", name: "providedMessages", static: false, private: false, access: { has: obj => "providedMessages" in obj, get: obj => obj.providedMessages, set: (obj, value) => { obj.providedMessages = value; } }, metadata: _metadata }, _providedMessages_initializers, _providedMessages_extraInitializers);
            __esDecorate$3(this, null, _providedColorScheme_decorators, { kind: "accessor", name: "providedColorScheme", static: false, private: false, access: { has: obj => "providedColorScheme" in obj, get: obj => obj.providedColorScheme, set: (obj, value) => { obj.providedColorScheme = value; } }, metadata: _metadata }, _providedColorScheme_initializers, _providedColorScheme_extraInitializers);
            __esDecorate$3(this, null, _client_decorators, { kind: "accessor", name: "client", static: false, private: false, access: { has: obj => "client" in obj, get: obj => obj.client, set: (obj, value) => { obj.client = value; } }, metadata: _metadata }, _client_initializers, _client_extraInitializers);
            __esDecorate$3(this, null, _messages_decorators, { kind: "accessor", name: "messages", static: false, private: false, access: { has: obj => "messages" in obj, get: obj => obj.messages, set: (obj, value) => { obj.messages = value; } }, metadata: _metadata }, _messages_initializers, _messages_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens];
        /**
         * The string sections the element reads: `common` and its own, e.g.
         * `static override sections = {common, priorityBadge}`. Only these are bundled with the element
         * (budgets.md: no element carries another's strings).
         */
        static sections = { common };
        static get observedAttributes() {
            return [...super.observedAttributes, 'lang'];
        }
        #providedClient_accessor_storage = __runInitializers$3(this, _providedClient_initializers, void 0);
        get providedClient() { return this.#providedClient_accessor_storage; }
        set providedClient(value) { this.#providedClient_accessor_storage = value; }
        #providedLocale_accessor_storage = (__runInitializers$3(this, _providedClient_extraInitializers), __runInitializers$3(this, _providedLocale_initializers, void 0));
        get providedLocale() { return this.#providedLocale_accessor_storage; }
        set providedLocale(value) { this.#providedLocale_accessor_storage = value; }
        #providedMessages_accessor_storage = (__runInitializers$3(this, _providedLocale_extraInitializers), __runInitializers$3(this, _providedMessages_initializers, void 0));
        get providedMessages() { return this.#providedMessages_accessor_storage; }
        set providedMessages(value) { this.#providedMessages_accessor_storage = value; }
        #providedColorScheme_accessor_storage = (__runInitializers$3(this, _providedMessages_extraInitializers), __runInitializers$3(this, _providedColorScheme_initializers, void 0));
        get providedColorScheme() { return this.#providedColorScheme_accessor_storage; }
        set providedColorScheme(value) { this.#providedColorScheme_accessor_storage = value; }
        #client_accessor_storage = (__runInitializers$3(this, _providedColorScheme_extraInitializers), __runInitializers$3(this, _client_initializers, void 0));
        /** The SDK client to read data from; defaults to the provider's, else the embedded data. */
        get client() { return this.#client_accessor_storage; }
        set client(value) { this.#client_accessor_storage = value; }
        #messages_accessor_storage = (__runInitializers$3(this, _client_extraInitializers), __runInitializers$3(this, _messages_initializers, void 0));
        /** The host's own wording for any string, per locale; merged over ours. */
        get messages() { return this.#messages_accessor_storage; }
        set messages(value) { this.#messages_accessor_storage = value; }
        cachedLocalizer = __runInitializers$3(this, _messages_extraInitializers);
        /** The client in force: own property, else the provider's, else one on the embedded data. */
        get dataClient() {
            return this.client ?? this.providedClient ?? embeddedClient();
        }
        /** The locale in force (style.md §7). */
        get locale() {
            return resolveLocale(this, this.providedLocale);
        }
        /** Strings, counts and dates in the locale in force. */
        get i18n() {
            const locale = this.locale;
            const overrides = this.messages ?? this.providedMessages;
            if (this.cachedLocalizer?.locale !== locale || this.cachedOverrides !== overrides) {
                this.cachedLocalizer = new Localizer(locale, overrides, this.constructor.sections);
                this.cachedOverrides = overrides;
            }
            return this.cachedLocalizer;
        }
        cachedOverrides;
        /** 'dark' when the provider or an ancestor's `data-color-scheme` says so. */
        get colorScheme() {
            const scheme = this.providedColorScheme ?? ancestorColorScheme(this);
            if (scheme === 'dark')
                return 'dark';
            if (scheme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches)
                return 'dark';
            return 'light';
        }
        connectedCallback() {
            super.connectedCallback();
            watchPage(this);
        }
        disconnectedCallback() {
            super.disconnectedCallback();
            watchers.delete(this);
        }
        attributeChangedCallback(name, old, value) {
            super.attributeChangedCallback(name, old, value);
            if (name === 'lang')
                this.requestUpdate();
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            // Our own attribute, read by our own shadow CSS (tokens.styles.ts): the page is never styled.
            // Touched only when it changes: the page observer watches this attribute, so rewriting it on
            // every update would wake every element again, for ever.
            const dark = this.colorScheme === 'dark';
            if (dark !== (this.getAttribute('data-color-scheme') === 'dark')) {
                if (dark)
                    this.setAttribute('data-color-scheme', 'dark');
                else
                    this.removeAttribute('data-color-scheme');
            }
        }
    };
})();

const isAbort = (error) => error instanceof DOMException && error.name === 'AbortError';
/**
 * Loads what an element shows, again whenever its client or inputs change, cancelling the
 * previous request (AbortController) and on disconnect. A failure becomes a state the element
 * renders with a retry, never an uncaught rejection.
 */
class DataController {
    status = 'loading';
    value;
    error;
    host;
    load;
    inputs;
    lastInputs;
    lastClient;
    controller;
    constructor(host, load, inputs = () => []) {
        this.host = host;
        this.load = load;
        this.inputs = inputs;
        host.addController(this);
    }
    hostUpdate() {
        const client = this.host.dataClient;
        const inputs = this.inputs();
        const same = client === this.lastClient && this.lastInputs !== undefined &&
            inputs.length === this.lastInputs.length && inputs.every((v, i) => Object.is(v, this.lastInputs?.[i]));
        if (same)
            return;
        this.lastClient = client;
        this.lastInputs = inputs;
        void this.run();
    }
    hostDisconnected() {
        this.controller?.abort();
        // Loading again on reconnect (a CMS moving the node) must not be skipped.
        this.lastInputs = undefined;
    }
    /** Load again (the "Try again" button). */
    retry() {
        void this.run();
    }
    async run() {
        this.controller?.abort();
        const controller = new AbortController();
        this.controller = controller;
        this.status = 'loading';
        this.error = undefined;
        this.host.requestUpdate();
        try {
            const value = await this.load(this.host.dataClient, controller.signal);
            if (controller.signal.aborted)
                return;
            this.value = value;
            this.status = 'ready';
        }
        catch (error) {
            if (controller.signal.aborted || isAbort(error))
                return;
            this.error = error;
            this.status = 'error';
        }
        this.host.requestUpdate();
    }
}

/**
 * The loading state: text in a polite status region, so a screen reader hears it without focus
 * moving (WCAG 4.1.3).
 */
function renderLoading(i18n, text) {
    return b `<div class="state" data-kind="loading" part="state" role="status">${text ?? i18n.t('common', 'loading')}</div>`;
}
/** The failure state: what failed, in the reader's language, and a retry that works. */
function renderError(i18n, onRetry, text) {
    return b `<div class="state" data-kind="error" part="state" role="alert">
    <p>${text ?? i18n.t('common', 'loadFailed')}</p>
    <button class="retry" type="button" part="retry" @click=${onRetry}>${i18n.t('common', 'retry')}</button>
  </div>`;
}
/** A note that some records of the source were invalid and are left out (they are never shown raw). */
function renderRejectedNote(i18n, count) {
    if (count <= 0)
        return A;
    return b `<p class="state" data-kind="warning" part="note">${i18n.countT('common', 'invalidRecords', count)}</p>`;
}

// Strings of <usht-activity-calendar>. nb is the reference: nn and en must match its type; se may be partial.
const nb$3 = {
    filters: 'Filtrer aktiviteter',
    centre: 'Utviklingssenter',
    allCentres: 'Alle utviklingssentre',
    priorityArea: 'Satsingsområde',
    allAreas: 'Alle satsingsområder',
    mode: 'Deltakelse',
    allModes: 'Alle former',
    physical: 'Fysisk oppmøte',
    digital: 'Digitalt',
    hybrid: 'Hybrid',
    audience: 'Målgruppe',
    search: 'Søk i aktivitetene',
    from: 'Fra og med dato',
    to: 'Til og med dato',
    includePast: 'Vis tidligere aktiviteter',
    reset: 'Nullstill filtrene',
    view: 'Visning',
    agenda: 'Liste',
    month: 'Måned',
    loading: 'Laster inn aktiviteter …',
    loadFailed: 'Klarte ikke å hente aktivitetene.',
    found: { one: (n) => `${n} aktivitet`, other: (n) => `${n} aktiviteter` },
    noUpcoming: 'Ingen kommende aktiviteter.',
    noMatches: 'Ingen aktiviteter passer med filtrene.',
    today: 'i dag',
    allDay: 'hele dagen',
    fromTime: (time) => `fra ${time}`,
    untilTime: (time) => `til ${time}`,
    dayOf: (day, days) => `dag ${day} av ${days}`,
    sessionOf: (session, sessions) => `samling ${session} av ${sessions}`,
    hybridPlace: (place) => `${place}, og digitalt`,
    placeNotGiven: 'Sted ikke oppgitt',
    areas: 'Satsingsområder',
    register: 'Påmelding',
    deadline: (date) => `Påmeldingsfrist ${date}`,
    deadlinePassed: (date) => `Påmeldingsfristen gikk ut ${date}`,
    cancelled: 'Avlyst',
    full: 'Fullt',
    postponed: 'Utsatt',
    addToCalendar: 'Legg til i kalender',
    addAllToCalendar: 'Legg alle i kalender (.ics)',
    calendarFile: 'usht-aktiviteter',
    showMore: (n) => `Vis flere (${n} til)`,
    previousMonth: 'Forrige måned',
    nextMonth: 'Neste måned',
    week: 'Uke',
    weekNumber: (n) => `uke ${n}`,
    more: (n) => `+${n} til`,
    gridHelp: 'Piltastene flytter mellom dagene, Page Up og Page Down bytter måned, Enter viser dagens aktiviteter.',
    dayHeading: (date) => `Aktiviteter ${date}`,
    noneThisDay: 'Ingen aktiviteter denne dagen.',
};
const nn$3 = {
    filters: 'Filtrer aktivitetar',
    centre: 'Utviklingssenter',
    allCentres: 'Alle utviklingssentera',
    priorityArea: 'Satsingsområde',
    allAreas: 'Alle satsingsområda',
    mode: 'Deltaking',
    allModes: 'Alle former',
    physical: 'Fysisk oppmøte',
    digital: 'Digitalt',
    hybrid: 'Hybrid',
    audience: 'Målgruppe',
    search: 'Søk i aktivitetane',
    from: 'Frå og med dato',
    to: 'Til og med dato',
    includePast: 'Vis tidlegare aktivitetar',
    reset: 'Nullstill filtera',
    view: 'Vising',
    agenda: 'Liste',
    month: 'Månad',
    loading: 'Lastar inn aktivitetar …',
    loadFailed: 'Klarte ikkje å hente aktivitetane.',
    found: { one: (n) => `${n} aktivitet`, other: (n) => `${n} aktivitetar` },
    noUpcoming: 'Ingen komande aktivitetar.',
    noMatches: 'Ingen aktivitetar passar med filtera.',
    today: 'i dag',
    allDay: 'heile dagen',
    fromTime: (time) => `frå ${time}`,
    untilTime: (time) => `til ${time}`,
    dayOf: (day, days) => `dag ${day} av ${days}`,
    sessionOf: (session, sessions) => `samling ${session} av ${sessions}`,
    hybridPlace: (place) => `${place}, og digitalt`,
    placeNotGiven: 'Stad ikkje oppgitt',
    areas: 'Satsingsområde',
    register: 'Påmelding',
    deadline: (date) => `Påmeldingsfrist ${date}`,
    deadlinePassed: (date) => `Påmeldingsfristen gjekk ut ${date}`,
    cancelled: 'Avlyst',
    full: 'Fullt',
    postponed: 'Utsett',
    addToCalendar: 'Legg til i kalender',
    addAllToCalendar: 'Legg alle i kalender (.ics)',
    calendarFile: 'usht-aktivitetar',
    showMore: (n) => `Vis fleire (${n} til)`,
    previousMonth: 'Førre månad',
    nextMonth: 'Neste månad',
    week: 'Veke',
    weekNumber: (n) => `veke ${n}`,
    more: (n) => `+${n} til`,
    gridHelp: 'Piltastane flyttar mellom dagane, Page Up og Page Down byter månad, Enter viser aktivitetane den dagen.',
    dayHeading: (date) => `Aktivitetar ${date}`,
    noneThisDay: 'Ingen aktivitetar denne dagen.',
};
const en$3 = {
    filters: 'Filter activities',
    centre: 'Development centre',
    allCentres: 'All development centres',
    priorityArea: 'Priority area',
    allAreas: 'All priority areas',
    mode: 'Format',
    allModes: 'All formats',
    physical: 'In person',
    digital: 'Online',
    hybrid: 'Hybrid',
    audience: 'Audience',
    search: 'Search the activities',
    from: 'From date',
    to: 'To date (inclusive)',
    includePast: 'Show past activities',
    reset: 'Clear the filters',
    view: 'View',
    agenda: 'List',
    month: 'Month',
    loading: 'Loading activities …',
    loadFailed: 'Could not load the activities.',
    found: { one: (n) => `${n} activity`, other: (n) => `${n} activities` },
    noUpcoming: 'No upcoming activities.',
    noMatches: 'No activities match the filters.',
    today: 'today',
    allDay: 'all day',
    fromTime: (time) => `from ${time}`,
    untilTime: (time) => `until ${time}`,
    dayOf: (day, days) => `day ${day} of ${days}`,
    sessionOf: (session, sessions) => `session ${session} of ${sessions}`,
    hybridPlace: (place) => `${place}, and online`,
    placeNotGiven: 'Place not given',
    areas: 'Priority areas',
    register: 'Registration',
    deadline: (date) => `Register by ${date}`,
    deadlinePassed: (date) => `Registration closed ${date}`,
    cancelled: 'Cancelled',
    full: 'Fully booked',
    postponed: 'Postponed',
    addToCalendar: 'Add to calendar',
    addAllToCalendar: 'Add all to calendar (.ics)',
    calendarFile: 'usht-activities',
    showMore: (n) => `Show more (${n} left)`,
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    week: 'Week',
    weekNumber: (n) => `week ${n}`,
    more: (n) => `+${n} more`,
    gridHelp: 'Arrow keys move between days, Page Up and Page Down change the month, Enter shows the day’s activities.',
    dayHeading: (date) => `Activities on ${date}`,
    noneThisDay: 'No activities on this day.',
};
// Northern Sami: only words we are sure of; everything else falls back to nb, marked lang="nb".
const se$3 = {
    month: 'Mánnu',
    week: 'Vahkku',
    today: 'odne',
};
const activityCalendar = { nb: nb$3, nn: nn$3, en: en$3, se: se$3 };

// Dates are `YYYY-MM-DD` strings in Europe/Oslo wall-clock time, as the data carries them. All
// arithmetic runs on UTC midnights, so neither the visitor's time zone nor a DST change (last
// Sunday of March and October) can shift an activity to another day.
const DAY = 86_400_000;
/** `YYYY-MM-DD` of a UTC date. */
const keyOfUtc = (date) => date.toISOString().slice(0, 10);
const utc = (key) => new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10)));
const isDateKey = (value) => !!value && /^\d{4}-\d\d-\d\d$/.test(value) && keyOfUtc(utc(value)) === value;
const addDays = (key, days) => keyOfUtc(new Date(utc(key).getTime() + days * DAY));
const daysBetween = (from, to) => Math.round((utc(to).getTime() - utc(from).getTime()) / DAY);
/** Monday = 0 … Sunday = 6. */
const weekday = (key) => (utc(key).getUTCDay() + 6) % 7;
/** ISO 8601 week number (Norway numbers weeks this way: weeks start on Monday, week 1 holds 4 January). */
function isoWeek(key) {
    const thursday = utc(addDays(key, 3 - weekday(key)));
    const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
    return Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
}
/** The key of the same day `months` months away, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
function addMonths(key, months) {
    const date = utc(key);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), last));
    return keyOfUtc(target);
}
/** Whole Monday-first weeks covering the month of `key` (4–6 rows of 7 date keys). */
function monthWeeks(key) {
    const first = `${key.slice(0, 7)}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const weeks = [];
    for (let day = addDays(first, -weekday(first)); day <= last; day = addDays(day, 7)) {
        weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    }
    return weeks;
}
/** Within a day: all-day first, then by time, then by title. */
const sortKey = (o) => o.startTime ?? (o.endTime ? '00:00' : '');
const byTime = (a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x < y ? -1 : x > y ? 1 : a.activity.title < b.activity.title ? -1 : a.activity.title > b.activity.title ? 1 : 0;
};
/** Stretches longer than this (a project over months) appear once, not on every day of the agenda. */
const LONGEST_REPEATED_STRETCH = 31;
/**
 * Every day an activity takes place on, within the optional inclusive range: each day of a
 * multi-day activity and each session of one that meets several times.
 */
function occurrencesOf(activity, from, to) {
    const { schedule } = activity;
    const spans = schedule.sessions && schedule.sessions.length > 1 ? schedule.sessions : [schedule];
    const out = [];
    spans.forEach((span, index) => {
        const startDate = span.start.slice(0, 10);
        const timed = !schedule.allDay && span.start.length > 10;
        const startTime = timed ? span.start.slice(11, 16) : undefined;
        const rawEnd = span.end?.slice(0, 10);
        const endDate = rawEnd && rawEnd > startDate ? rawEnd : startDate;
        const endTime = timed && span.end && span.end.length > 10 && span.end > span.start ? span.end.slice(11, 16) : undefined;
        const days = daysBetween(startDate, endDate) + 1;
        const base = { activity, session: index + 1, sessions: spans.length };
        if (days > LONGEST_REPEATED_STRETCH) {
            if ((to && startDate > to) || (from && endDate < from))
                return;
            const date = from && startDate < from ? from : startDate;
            out.push({ ...base, date, day: 1, days: 1, until: endDate });
            return;
        }
        for (let i = 0; i < days; i++) {
            const date = i === 0 ? startDate : addDays(startDate, i);
            if ((from && date < from) || (to && date > to))
                continue;
            const first = i === 0;
            const last = i === days - 1;
            const dayStart = first ? startTime : undefined;
            const dayEnd = last ? endTime : undefined;
            out.push({ ...base, date, day: i + 1, days, startTime: dayStart, endTime: dayEnd });
        }
    });
    return out;
}
function indexByDay(activities, from, to) {
    const byDay = new Map();
    let size = 0;
    for (const activity of activities) {
        for (const occurrence of occurrencesOf(activity, from, to)) {
            const list = byDay.get(occurrence.date);
            if (list)
                list.push(occurrence);
            else
                byDay.set(occurrence.date, [occurrence]);
            size++;
        }
    }
    for (const list of byDay.values()) {
        if (list.length > 1)
            list.sort(byTime);
    }
    return { days: [...byDay.keys()].sort(), byDay, size };
}

/** Fired when the user changes a filter (never when a property is set). */
class UshtFilterChangeEvent extends Event {
    static eventName = 'usht-filter-change';
    detail;
    constructor(filters) {
        super(UshtFilterChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = filters;
    }
}
/** Fired when the user switches between the agenda list and the month grid. */
class UshtViewChangeEvent extends Event {
    static eventName = 'usht-view-change';
    detail;
    constructor(view) {
        super(UshtViewChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = { view };
    }
}

const styles = i$5 `
  :host {
    --_cell: var(--usht-calendar-cell-min-height, 5.5rem);
    --_cancelled: var(--usht-calendar-cancelled-color, var(--_usht-danger-text));
    container-type: inline-size;
  }
  .calendar {
    display: grid;
    gap: 1rem;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: end;
    padding: 1rem;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  .field input,
  .field select {
    font-weight: 400;
    min-block-size: 2.75rem;
    min-inline-size: 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_usht-accent);
  }
  .secondary,
  .views button {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
  }
  .views {
    display: inline-flex;
  }
  .views button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .views button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -1px;
  }
  .views button[aria-pressed='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    font-weight: 600;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
  }
  .count {
    margin: 0;
    font-weight: 600;
    flex: 1 1 auto;
  }
  .count:empty {
    display: none;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
  }
  .state > button + button {
    margin-inline-start: 0.5rem;
  }
  .heading {
    font-weight: 700;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .heading:focus {
    outline-offset: 0.25rem;
  }
  .list,
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group + .group {
    margin-block-start: 1.5rem;
  }
  .group > .heading {
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_usht-border-subtle);
    text-transform: none;
  }
  .today {
    font-weight: 400;
    color: var(--_usht-text-subtle);
  }
  .item {
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_usht-border-subtle);
    overflow-wrap: anywhere;
  }
  .item > .heading {
    font-size: 1rem;
  }
  .item p,
  .facts {
    margin: 0.25rem 0 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  .facts dt {
    color: var(--_usht-text-subtle);
  }
  .facts dd {
    margin: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--_usht-radius);
    font-size: 0.875rem;
    font-weight: 700;
    color: var(--_usht-warning-text);
  }
  [data-status='cancelled'] .tag {
    color: var(--_cancelled);
  }
  [data-status='cancelled'] .title,
  .title[data-status='cancelled'] {
    text-decoration: line-through;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
  a,
  .link {
    color: var(--_usht-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link {
    padding: 0.5rem 0;
    border: 0;
    background: none;
  }
  .more {
    margin-block-start: 1rem;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .month-nav .heading {
    text-transform: capitalize;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    padding: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
    text-align: start;
  }
  .week {
    inline-size: 2.5rem;
    color: var(--_usht-text-subtle);
    font-weight: 400;
  }
  td {
    block-size: var(--_cell);
    padding: 0.25rem;
    vertical-align: top;
    border: 1px solid var(--_usht-border-subtle);
    cursor: pointer;
    overflow: hidden;
  }
  td.outside {
    background: var(--_usht-surface-tinted);
    color: var(--_usht-text-subtle);
  }
  td[aria-selected='true'] {
    background: var(--_usht-accent-surface);
    box-shadow: inset 0 0 0 2px var(--_usht-accent);
  }
  td[aria-current='date'] .num {
    display: inline-block;
    min-inline-size: 1.75rem;
    border-radius: 1rem;
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
    text-align: center;
  }
  td:focus-visible {
    outline-offset: -0.25rem;
  }
  td .n {
    display: none;
  }
  td .num {
    display: block;
  }
  td .title {
    display: block;
    font-size: 0.8125rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .help {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_usht-text-subtle);
  }
  .day-list {
    margin-block-start: 1rem;
  }
  /* Narrow hosts (320 px): the grid keeps seven columns but shows only numbers and counts. */
  @container (max-width: 36rem) {
    td .title {
      display: none;
    }
    td .n {
      display: block;
      font-size: 0.75rem;
      font-weight: 700;
      color: var(--_usht-accent-text);
    }
    td {
      block-size: 3rem;
    }
    .week {
      inline-size: 1.75rem;
    }
    th {
      font-size: 0.75rem;
      padding-inline: 0.125rem;
    }
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .views button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;

const calendarViews = ['agenda', 'month'];
const TAG$2 = 'usht-activity-calendar';
// Local, not the SDK's list: importing a value from the SDK would bundle zod with the element.
const activityModes = ['physical', 'digital', 'hybrid'];
// The agenda renders in chunks behind a "Show more (N left)" button rather than loading more as a
// sentinel scrolls into view. Endless scrolling keeps pushing whatever follows the list out of
// reach of keyboard users and gives screen-reader users no sign that more exists; a real button
// says how many are left, is one Tab away, and moves focus to the first newly shown activity
// (WCAG 2.1.1, 2.4.3). So the DOM holds FIRST_CHUNK activities at first, whatever the data size.
const FIRST_CHUNK = 30;
const NEXT_CHUNK = 50;
// Text fields filter as the user types, once typing pauses, so the count is announced once.
const TYPING_PAUSE = 300;
/** Filter properties, their attributes, and so their `usht-<attribute>` URL parameters. */
const filterAttributes = {
    centre: 'centre', priorityArea: 'priority-area', mode: 'mode', audience: 'audience', search: 'search',
    from: 'from', to: 'to', includePast: 'include-past',
};
let loadBadges;
const todayKey = () => {
    const { year, month, day } = osloNow();
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
/**
 * USHT activities as an agenda list grouped by day (the default) or a month grid, with filters
 * that are ordinary form controls, a result count announced politely, and "add to calendar"
 * (`.ics`) per activity and for the filtered list. Times are Europe/Oslo wall-clock times.
 *
 * Fallback (R18): put a link to the centre's activity page inside the tag; it shows until the
 * element renders and stays if JavaScript does not run:
 * `<usht-activity-calendar><a href="…">Se aktivitetene</a></usht-activity-calendar>`.
 *
 * Properties are declared with `static properties` rather than decorators: tsc's lowering of
 * standard decorators costs about 250 bytes per property, and this element has eleven against a
 * 16 KiB budget (budgets.md).
 *
 * @summary Agenda and month grid of USHT activities with filters and .ics downloads.
 * @tagname usht-activity-calendar
 * @fires {UshtFilterChangeEvent} usht-filter-change - The user changed a filter; `detail` holds every filter.
 * @fires {UshtViewChangeEvent} usht-view-change - The user switched between list and month; `detail.view`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart filters - The filter form.
 * @csspart status - The result count (a polite live region).
 * @csspart date - A day heading.
 * @csspart item - One activity.
 * @csspart grid - The month grid.
 * @csspart note - The sample-data and invalid-record notes.
 * @cssprop [--usht-calendar-cell-min-height=5.5rem] - Minimum height of a day in the month grid.
 */
class UshtActivityCalendar extends UshtElement {
    static styles = [tokens, stateStyles, styles];
    static sections = { common, activityCalendar };
    static properties = {
        view: {},
        centre: {},
        priorityArea: { attribute: 'priority-area' },
        mode: {},
        audience: {},
        search: {},
        from: {},
        to: {},
        month: {},
        includePast: { type: Boolean, attribute: 'include-past' },
        syncUrl: { type: Boolean, attribute: 'sync-url' },
        headingLevel: { type: Number, attribute: 'heading-level' },
        shown: { state: true },
        focusDate: { state: true },
        selectedDate: { state: true },
    };
    activities = new DataController(this, async (client, signal) => {
        const query = this.query();
        const result = await client.activities(query, { signal });
        return { result, index: indexByDay(result.items, query.from, query.to) };
    }, () => Object.values(this.query()));
    // Names for the filters and the .ics categories; a source without them still shows its activities (by id).
    names = new DataController(this, async (client, signal) => {
        const items = (request) => request.then((r) => r.items, () => []);
        const [centres, areas, sources] = await Promise.all([
            items(client.centres({ signal })), items(client.priorityAreas({ signal })), items(client.sources({ signal })),
        ]);
        return { centres: new Map(centres.map((c) => [c.id, c.name])), areas: new Map(areas.map((a) => [a.id, a.name])), sources };
    });
    indexed;
    typingTimer;
    downloadUrl;
    focusNext;
    constructor() {
        super();
        this.view = 'agenda';
        this.centre = this.priorityArea = this.mode = this.audience = this.search = this.from = this.to = this.month = '';
        this.includePast = this.syncUrl = false;
        this.headingLevel = 3;
        this.shown = FIRST_CHUNK;
        this.focusDate = this.selectedDate = '';
    }
    connectedCallback() {
        super.connectedCallback();
        if (this.syncUrl) {
            const params = new URL(location.href).searchParams;
            const self = this;
            for (const [name, attribute] of Object.entries({ ...filterAttributes, view: 'view', month: 'month' })) {
                const value = params.get(`usht-${attribute}`);
                if (value !== null)
                    self[name] = name === 'includePast' ? value === '1' : value;
            }
        }
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        clearTimeout(this.typingTimer);
        if (this.downloadUrl)
            URL.revokeObjectURL(this.downloadUrl);
        this.downloadUrl = undefined;
    }
    willUpdate(changed) {
        super.willUpdate(changed);
        if (this.activities.value !== this.indexed) {
            this.indexed = this.activities.value;
            this.shown = FIRST_CHUNK;
        }
        if (changed.has('month') || changed.has('from'))
            this.focusDate = '';
    }
    updated(changed) {
        super.updated(changed);
        if (this.focusNext)
            this.renderRoot.querySelector(this.focusNext)?.focus();
        this.focusNext = undefined;
    }
    // Handlers
    handleFilter(event) {
        const field = event.target;
        clearTimeout(this.typingTimer);
        if (event.type === 'input') {
            // Selects, dates and the checkbox apply on `change`; text fields once typing pauses.
            if (field.type === 'text' || field.type === 'search')
                this.typingTimer = setTimeout(() => this.applyFilter(field), TYPING_PAUSE);
            return;
        }
        this.applyFilter(field);
    }
    applyFilter(field) {
        const value = field.type === 'checkbox' ? field.checked : field.value;
        if (value === this[field.name])
            return;
        this[field.name] = value;
        this.filtersChanged();
    }
    resetFilters() {
        clearTimeout(this.typingTimer);
        this.centre = this.priorityArea = this.mode = this.audience = this.search = this.from = this.to = '';
        this.includePast = false;
        this.filtersChanged();
    }
    showPast() {
        this.includePast = true;
        this.filtersChanged();
        this.focusNext = '[name="includePast"]';
    }
    filtersChanged() {
        this.writeUrl();
        const filters = Object.fromEntries(Object.keys(filterAttributes).map((name) => [name, this[name]]));
        this.dispatchEvent(new UshtFilterChangeEvent(filters));
    }
    setView(view) {
        if (view === this.currentView)
            return;
        this.view = view;
        this.writeUrl();
        this.dispatchEvent(new UshtViewChangeEvent(view));
    }
    showMore() {
        this.focusNext = `[data-n="${this.shown}"]`;
        this.shown += NEXT_CHUNK;
    }
    handleGridKey(event) {
        const date = this.activeDate;
        const month = `${date.slice(0, 7)}-01`;
        const moves = {
            ArrowLeft: addDays(date, -1),
            ArrowRight: addDays(date, 1),
            ArrowUp: addDays(date, -7),
            ArrowDown: addDays(date, 7),
            Home: event.ctrlKey ? month : addDays(date, -weekday(date)),
            End: event.ctrlKey ? addDays(addMonths(month, 1), -1) : addDays(date, 6 - weekday(date)),
            PageUp: addMonths(date, event.shiftKey ? -12 : -1),
            PageDown: addMonths(date, event.shiftKey ? 12 : 1),
        };
        const next = moves[event.key];
        if (next) {
            this.moveTo(next, true);
        }
        else if (event.key === 'Enter' || event.key === ' ') {
            this.selectDay(date, '#day-heading');
        }
        else {
            return;
        }
        event.preventDefault();
    }
    handleGridClick(event) {
        const date = event.target.closest('[data-date]')?.dataset.date;
        if (date)
            this.selectDay(date, `[data-date="${date}"]`);
    }
    moveTo(date, focus) {
        this.focusDate = date;
        this.writeUrl();
        if (focus)
            this.focusNext = `[data-date="${date}"]`;
    }
    selectDay(date, focus) {
        this.moveTo(date, false);
        this.selectedDate = date;
        this.shown = FIRST_CHUNK;
        this.focusNext = focus;
    }
    async download(activities, name) {
        // The .ics writer comes with the SDK on first use, not with the element (size budget).
        const { toICS, icsFileName, ICS_CONTENT_TYPE } = await import('./ics-D8ffWbhN.js');
        const names = this.names.value;
        const text = toICS(activities, {
            locale: this.locale,
            priorityAreas: [...(names?.areas ?? [])].map(([id, areaName]) => ({ id, name: areaName })),
            sources: names?.sources ?? [],
        });
        if (this.downloadUrl)
            URL.revokeObjectURL(this.downloadUrl);
        // Kept until the next download or disconnect: revoking right after click() can cancel the download.
        this.downloadUrl = URL.createObjectURL(new Blob([text], { type: ICS_CONTENT_TYPE }));
        const link = document.createElement('a');
        link.href = this.downloadUrl;
        link.download = icsFileName(name);
        link.hidden = true;
        this.renderRoot.append(link);
        link.click();
        link.remove();
    }
    // Helpers
    get currentView() {
        return checkEnum(TAG$2, 'view', this.view, calendarViews, 'agenda');
    }
    date(name) {
        const value = this[name];
        if (isDateKey(value))
            return value;
        if (value)
            warnOnce(`${TAG$2}:${name}:${value}`, `<${TAG$2}>: ${name}="${value}" is not a date (YYYY-MM-DD); ignoring it.`);
        return undefined;
    }
    /** What the source is asked for: activities that are over are cut off unless the user asks for them. */
    query() {
        const today = todayKey();
        const chosen = this.date('from');
        return {
            from: this.includePast || (chosen && chosen > today) ? chosen : today,
            to: this.date('to'),
            centreId: this.centre || undefined,
            priorityAreaId: this.priorityArea || undefined,
            mode: checkEnum(TAG$2, 'mode', this.mode, ['', ...activityModes], '') || undefined,
            audience: this.audience.trim() || undefined,
            text: this.search.trim() || undefined,
        };
    }
    /** The grid's active day: where the user moved, else `month`, else `from`, else today. */
    get activeDate() {
        const month = `${this.month}-01`;
        return this.focusDate || (isDateKey(month) ? month : this.date('from') ?? todayKey());
    }
    /** Only with `sync-url`: the host opted in to our parameters in its address bar. */
    writeUrl() {
        if (!this.syncUrl)
            return;
        const url = new URL(location.href);
        const month = this.currentView === 'month';
        const values = { view: month && 'month', month: month && this.activeDate.slice(0, 7) };
        for (const [name, attribute] of Object.entries(filterAttributes))
            values[attribute] = this[name];
        for (const [attribute, value] of Object.entries(values)) {
            if (value)
                url.searchParams.set(`usht-${attribute}`, value === true ? '1' : value);
            else
                url.searchParams.delete(`usht-${attribute}`);
        }
        history.replaceState(history.state, '', url);
    }
    heading(level, content, id) {
        return b `<div role="heading" aria-level=${Math.min(6, Math.max(2, level))} class="heading" id=${id ?? A} tabindex=${id ? '-1' : A} part=${level === this.headingLevel ? 'date' : A}>${content}</div>`;
    }
    day(key, style = 'weekday') {
        return this.i18n.formatDate(parsePlainDate(key), style);
    }
    timeText(o) {
        const text = (key, time) => this.i18n.text('activityCalendar', key, time);
        let out = o.until
            ? `${this.day(o.activity.schedule.start, 'long')} – ${this.day(o.until, 'long')}`
            : o.startTime && o.endTime
                ? `${o.startTime}–${o.endTime}`
                : o.startTime
                    ? o.days > 1 ? text('fromTime', o.startTime) : o.startTime
                    : o.endTime
                        ? text('untilTime', o.endTime)
                        : this.i18n.text('activityCalendar', 'allDay');
        if (o.days > 1)
            out += `, ${this.i18n.text('activityCalendar', 'dayOf', String(o.day), String(o.days))}`;
        if (o.sessions > 1)
            out += `, ${this.i18n.text('activityCalendar', 'sessionOf', String(o.session), String(o.sessions))}`;
        return out;
    }
    placeText({ mode, place }) {
        const i18n = this.i18n;
        const where = [place?.venue, place?.locality].filter(Boolean).join(', ');
        if (mode === 'physical')
            return where || i18n.text('activityCalendar', 'placeNotGiven');
        return mode === 'hybrid' && where ? i18n.text('activityCalendar', 'hybridPlace', where) : i18n.text('activityCalendar', mode);
    }
    // Rendering
    render() {
        const i18n = this.i18n;
        const { status, value: loaded } = this.activities;
        const view = this.currentView;
        const waiting = status === 'loading' && !loaded;
        const items = loaded?.result.items ?? [];
        return b `<div class="calendar" part="base" lang=${this.locale}>
      ${this.renderFilters()}
      <div class="bar">
        <div class="views" role="group" aria-label=${i18n.text('activityCalendar', 'view')}>
          ${calendarViews.map((v) => b `<button type="button" aria-pressed=${v === view} @click=${() => this.setView(v)}>${i18n.t('activityCalendar', v)}</button>`)}
        </div>
        <p class="count ${waiting ? 'state' : ''}" role="status" part="status" data-kind=${waiting ? 'loading' : A}>${waiting ? i18n.t('activityCalendar', 'loading') : status === 'error' ? '' : i18n.countT('activityCalendar', 'found', items.length)}</p>
        ${status === 'ready' && items.length
            ? b `<button type="button" class="secondary" @click=${() => this.download(items, i18n.text('activityCalendar', 'calendarFile'))}>${i18n.t('activityCalendar', 'addAllToCalendar')}</button>`
            : A}
      </div>
      ${items.some((a) => a.sample)
            ? b `<p class="note" part="note"><strong>${i18n.t('common', 'sampleData')}:</strong> ${i18n.t('common', 'sampleDataNote')}</p>`
            : A}
      ${status === 'error'
            ? renderError(i18n, () => {
                this.names.retry();
                this.activities.retry();
            }, i18n.t('activityCalendar', 'loadFailed'))
            : loaded
                ? b `${renderRejectedNote(i18n, loaded.result.rejected.length)}${view === 'month' ? this.renderMonth(loaded.index) : this.renderAgenda(loaded.index)}`
                : A}
    </div>`;
    }
    renderFilters() {
        const i18n = this.i18n;
        const names = this.names.value;
        const sorted = (map) => [...(map ?? [])].sort((a, b) => a[1].localeCompare(b[1], 'nb'));
        const select = (name, all, options) => b `<label class="field"><span>${i18n.t('activityCalendar', name)}</span><select name=${name}>
        ${[['', i18n.t('activityCalendar', all)], ...options].map(([value, text]) => b `<option value=${value} ?selected=${value === this[name]}>${text}</option>`)}
      </select></label>`;
        const input = (name, type) => b `<label class="field"><span>${i18n.t('activityCalendar', name)}</span><input name=${name} type=${type} .value=${this[name]} autocomplete="off"></label>`;
        return b `<form class="filters" part="filters" role="search" aria-label=${i18n.text('activityCalendar', 'filters')}
      @change=${this.handleFilter} @input=${this.handleFilter} @submit=${(e) => e.preventDefault()}>
      ${select('centre', 'allCentres', sorted(names?.centres))}
      ${select('priorityArea', 'allAreas', sorted(names?.areas))}
      ${select('mode', 'allModes', activityModes.map((m) => [m, i18n.t('activityCalendar', m)]))}
      ${input('audience', 'text')}${input('search', 'search')}${input('from', 'date')}${input('to', 'date')}
      <label class="check"><input name="includePast" type="checkbox" .checked=${this.includePast}>${i18n.t('activityCalendar', 'includePast')}</label>
      <button type="button" class="secondary" @click=${this.resetFilters}>${i18n.t('activityCalendar', 'reset')}</button>
    </form>`;
    }
    renderAgenda(index) {
        const i18n = this.i18n;
        const filtered = [this.centre, this.priorityArea, this.mode, this.audience, this.search, this.from, this.to].some(Boolean);
        if (!index.size) {
            return b `<div class="state" data-kind="empty">
        <p>${i18n.t('activityCalendar', filtered ? 'noMatches' : 'noUpcoming')}</p>
        ${this.includePast ? A : b `<button type="button" class="secondary" @click=${this.showPast}>${i18n.t('activityCalendar', 'includePast')}</button>`}
        ${filtered ? b `<button type="button" class="secondary" @click=${this.resetFilters}>${i18n.t('activityCalendar', 'reset')}</button>` : A}
      </div>`;
        }
        const today = todayKey();
        const groups = [];
        let n = 0;
        for (const day of index.days) {
            if (n >= this.shown)
                break;
            const list = (index.byDay.get(day) ?? []).slice(0, this.shown - n);
            groups.push(b `<li class="group">
        ${this.heading(this.headingLevel, b `${this.day(day)}${day === today ? b ` <span class="today">(${i18n.t('activityCalendar', 'today')})</span>` : A}`)}
        <ul class="items">${list.map((o) => this.renderItem(o, today, n++))}</ul>
      </li>`);
        }
        return b `<ul class="list">${groups}</ul>${this.renderMore(index.size - n)}`;
    }
    renderMore(left) {
        return left > 0
            ? b `<button type="button" class="secondary more" @click=${this.showMore}>${this.i18n.text('activityCalendar', 'showMore', this.i18n.formatNumber(left))}</button>`
            : A;
    }
    renderItem(o, today, n) {
        const i18n = this.i18n;
        const a = o.activity;
        const names = this.names.value;
        const registration = a.status === 'cancelled' ? null : a.registration;
        const deadline = registration?.deadline;
        const fact = (label, value, lang) => b `<div><dt>${i18n.t('activityCalendar', label)}:</dt><dd lang=${lang ?? A}>${value}</dd></div>`;
        const forTitle = b `<span class="visually-hidden">: ${a.title}</span>`;
        return b `<li class="item" part="item" tabindex="-1" data-n=${n} data-status=${a.status}>
      ${this.heading(this.headingLevel + 1, b `${a.status === 'scheduled' ? A : b `<span class="tag">${i18n.t('activityCalendar', a.status)}</span> `}<span class="title" lang=${a.language}>${a.title}</span>`)}
      <p><time datetime=${o.startTime ? `${o.date}T${o.startTime}` : o.date}>${this.timeText(o)}</time> · ${this.placeText(a)}</p>
      <dl class="facts">
        ${fact('centre', names?.centres.get(a.centreId) ?? a.centreId)}
        ${a.audience.length ? fact('audience', a.audience.join(', '), a.language) : A}
        ${a.priorityAreaIds.length ? fact('areas', this.renderAreas(a.priorityAreaIds)) : A}
      </dl>
      <p class="actions">
        ${registration?.url ? b `<a href=${registration.url}>${i18n.t('activityCalendar', 'register')}${forTitle}</a>` : A}
        ${deadline
            ? deadline < today
                ? i18n.t('activityCalendar', 'deadlinePassed', this.day(deadline, 'long'))
                : i18n.t('activityCalendar', 'deadline', this.day(deadline, 'long'))
            : A}
        <button type="button" class="link" @click=${() => this.download([a], a.title)}>${i18n.t('activityCalendar', 'addToCalendar')}${forTitle}</button>
      </p>
    </li>`;
    }
    renderAreas(ids) {
        // <usht-priority-badges> loads with the first activity that has areas, not with the calendar:
        // it is 3.7 KiB gzip of the calendar's 16 (budgets.md), and a filtered list may never need it.
        // Until it is defined, the names inside it show as plain text.
        loadBadges ??= Promise.resolve().then(function () { return ushtPriorityBadge; });
        const names = this.names.value?.areas;
        return b `<usht-priority-badges .areaIds=${ids} .client=${this.dataClient}>${ids.map((id) => names?.get(id) ?? id).join(', ')}</usht-priority-badges>`;
    }
    renderMonth(index) {
        const i18n = this.i18n;
        const active = this.activeDate;
        const today = todayKey();
        const [long, short] = [i18n.weekdayNames('long'), i18n.weekdayNames('short')];
        const selected = this.selectedDate;
        const cell = (key) => {
            const list = index.byDay.get(key) ?? [];
            const count = list.length;
            return b `<td role="gridcell" data-date=${key} tabindex=${key === active ? 0 : -1} aria-selected=${key === selected}
        aria-current=${key === today ? 'date' : A} class=${key.startsWith(active.slice(0, 7)) ? '' : 'outside'}>
        <span class="visually-hidden">${this.day(key)}${count ? `, ${i18n.count('activityCalendar', 'found', count)}` : ''}</span>
        <span aria-hidden="true"><span class="num">${+key.slice(8)}</span>${count ? b `<span class="n">${count}</span>` : A}
          ${list.slice(0, 3).map((o) => b `<span class="title" data-status=${o.activity.status}>${o.startTime ? `${o.startTime} ` : ''}${o.activity.title}</span>`)}
          ${count > 3 ? b `<span class="title">${i18n.text('activityCalendar', 'more', String(count - 3))}</span>` : A}</span>
      </td>`;
        };
        return b `<div class="month-nav">
        <button type="button" class="secondary" @click=${() => this.moveTo(addMonths(active, -1), false)}>‹ ${i18n.t('activityCalendar', 'previousMonth')}</button>
        <div role="heading" aria-level=${this.headingLevel} class="heading" id="month" aria-live="polite">${i18n.formatDate(parsePlainDate(active), 'month')}</div>
        <button type="button" class="secondary" @click=${() => this.moveTo(addMonths(active, 1), false)}>${i18n.t('activityCalendar', 'nextMonth')} ›</button>
      </div>
      <table role="grid" part="grid" aria-labelledby="month" aria-describedby="help" @keydown=${this.handleGridKey} @click=${this.handleGridClick}>
        <thead><tr role="row">
          <th role="columnheader" class="week">${i18n.t('activityCalendar', 'week')}</th>
          ${short.map((name, i) => b `<th role="columnheader"><span aria-hidden="true">${name}</span><span class="visually-hidden">${long[i]}</span></th>`)}
        </tr></thead>
        <tbody>${monthWeeks(active).map((week) => {
            const number = String(isoWeek(week[0] ?? active));
            return b `<tr role="row"><th role="rowheader" class="week"><span aria-hidden="true">${number}</span><span class="visually-hidden">${i18n.text('activityCalendar', 'weekNumber', number)}</span></th>${week.map(cell)}</tr>`;
        })}</tbody>
      </table>
      <p class="help" id="help">${i18n.t('activityCalendar', 'gridHelp')}</p>
      ${selected ? this.renderDay(selected, index.byDay.get(selected) ?? []) : A}`;
    }
    renderDay(day, list) {
        const today = todayKey();
        return b `<section class="day-list" aria-labelledby="day-heading">
      ${this.heading(this.headingLevel, this.i18n.t('activityCalendar', 'dayHeading', this.day(day)), 'day-heading')}
      ${list.length
            ? b `<ul class="items list">${list.slice(0, this.shown).map((o, n) => this.renderItem(o, today, n))}</ul>${this.renderMore(list.length - this.shown)}`
            : b `<p>${this.i18n.t('activityCalendar', 'noneThisDay')}</p>`}
    </section>`;
    }
}

defineOnce('usht-activity-calendar', UshtActivityCalendar);

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t={CHILD:2},e$1=t=>(...e)=>({_$litDirective$:t,values:e});class i{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i;}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}}

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */class e extends i{constructor(i){if(super(i),this.it=A,i.type!==t.CHILD)throw Error(this.constructor.directiveName+"() can only be used in child bindings")}render(r){if(r===A||null==r)return this._t=void 0,this.it=r;if(r===E)return r;if("string"!=typeof r)throw Error(this.constructor.directiveName+"() called with a non-string value");if(r===this.it)return this._t;this.it=r;const s=[r];return s.raw=s,this._t={_$litType$:this.constructor.resultType,strings:s,values:[]}}}e.directiveName="unsafeHTML",e.resultType=1;const o=e$1(e);

// Strings of <usht-priority-badge> and <usht-priority-badges>. nb is the reference: nn and en must
// match its type; se may be partial. Priority-area names and summaries come from the data (nb) and
// are never translated here.
const nb$2 = {
    /** Screen-reader prefix before the name; the visible cue is the category's shape. */
    categoryStanding: 'Varig satsingsområde',
    categoryNational: (years) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
    categoryLeveHeleLivet: 'Innsatsområde i Leve hele livet',
    /** Accessible name of the disclosure button beside a badge. */
    about: (name) => `Om satsingsområdet ${name}`,
    officialName: 'Offisielt navn',
    noSummary: 'Kilden gir ingen beskrivelse av dette satsingsområdet.',
    listLabel: 'Satsingsområder',
    unknownArea: (id) => `Ukjent satsingsområde: ${id}`,
    invalidArea: (id) => `Satsingsområdet ${id} har ugyldige data og vises ikke.`,
    loading: 'Henter satsingsområde …',
    loadFailed: 'Klarte ikke å hente satsingsområdet.',
};
const nn$2 = {
    categoryStanding: 'Varig satsingsområde',
    categoryNational: (years) => (years ? `Nasjonalt satsingsområde ${years}` : 'Nasjonalt satsingsområde'),
    categoryLeveHeleLivet: 'Innsatsområde i Leve heile livet',
    about: (name) => `Om satsingsområdet ${name}`,
    officialName: 'Offisielt namn',
    noSummary: 'Kjelda gir inga skildring av dette satsingsområdet.',
    listLabel: 'Satsingsområde',
    unknownArea: (id) => `Ukjent satsingsområde: ${id}`,
    invalidArea: (id) => `Satsingsområdet ${id} har ugyldige data og blir ikkje vist.`,
    loading: 'Hentar satsingsområde …',
    loadFailed: 'Klarte ikkje å hente satsingsområdet.',
};
const en$2 = {
    categoryStanding: 'Standing priority area',
    categoryNational: (years) => (years ? `National priority area ${years}` : 'National priority area'),
    categoryLeveHeleLivet: 'Focus area of the Leve hele livet reform',
    about: (name) => `About the priority area ${name}`,
    officialName: 'Official name',
    noSummary: 'The source gives no description of this priority area.',
    listLabel: 'Priority areas',
    unknownArea: (id) => `Unknown priority area: ${id}`,
    invalidArea: (id) => `The priority area ${id} has invalid data and is not shown.`,
    loading: 'Loading priority area …',
    loadFailed: 'Could not load the priority area.',
};
// Northern Sami: nothing we are sure of yet; every string falls back to nb, marked lang="nb".
const se$2 = {};
const priorityBadge = { nb: nb$2, nn: nn$2, en: en$2, se: se$2 };

/**
 * GOV.UK tag pattern (requirements §3.4): light surface, dark text, no uppercase, never a button.
 * Each category has its own colour AND its own shape (WCAG 1.4.1), so colour is never the only cue.
 * Category colours: our public `--usht-priority-badge-<category>-<role>`, else the shared role it
 * mirrors (standing: neutral, national: accent, so a host's `--usht-color-accent-*` or
 * Designsystemet's accent reaches it; Leve hele livet: success), else a literal. Text ≥ 4.5:1.
 */
const priorityBadgeStyles = i$5 `
  :host {
    --_usht-badge-lhl-surface: var(--usht-priority-badge-lhl-surface, var(--ds-color-success-surface-tinted, #e7f4ec));
    --_usht-badge-lhl-text: var(--usht-priority-badge-lhl-text, var(--_usht-success-text)); /* 6.9:1 */
    --_usht-badge-lhl-border: var(--usht-priority-badge-lhl-border, var(--ds-color-success-border-default, #1a7f3c));
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([data-color-scheme='dark']) {
    --_usht-badge-lhl-surface: var(--usht-priority-badge-lhl-surface, var(--ds-color-success-surface-tinted, #0f2e1b));
    --_usht-badge-lhl-border: var(--usht-priority-badge-lhl-border, var(--ds-color-success-border-default, #86efac));
  }

  .root {
    /* Our own colour, not only the host's: a page rule like "* { color: red }" reaches the host element. */
    color: var(--_usht-text);
    font-family: var(--_usht-font);
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    /* More room between areas than between a tag and its own button, so each pair reads as one. */
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    max-inline-size: 100%;
  }
  /* An open description takes a row of its own instead of stretching one item. */
  .list > li.open {
    flex-basis: 100%;
  }

  /* The button stays beside its tag at any width; a long name wraps inside the tag instead. */
  .line {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-inline-size: 100%;
  }

  .badge {
    position: relative;
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    flex: 0 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_usht-badge-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-badge-surface);
    color: var(--_usht-badge-text);
    font-size: 0.9375em;
    font-weight: 400;
    line-height: 1.4;
    text-transform: none;
    overflow-wrap: anywhere;
  }
  [data-category='standing'] {
    --_usht-badge-surface: var(--usht-priority-badge-standing-surface, var(--_usht-surface-tinted));
    --_usht-badge-text: var(--usht-priority-badge-standing-text, var(--_usht-text));
    --_usht-badge-border: var(--usht-priority-badge-standing-border, var(--_usht-border));
  }
  [data-category='national'] {
    --_usht-badge-surface: var(--usht-priority-badge-national-surface, var(--_usht-accent-surface));
    --_usht-badge-text: var(--usht-priority-badge-national-text, var(--_usht-accent-text));
    --_usht-badge-border: var(--usht-priority-badge-national-border, var(--_usht-accent));
  }
  [data-category='leve-hele-livet'] {
    --_usht-badge-surface: var(--_usht-badge-lhl-surface);
    --_usht-badge-text: var(--_usht-badge-lhl-text);
    --_usht-badge-border: var(--_usht-badge-lhl-border);
  }
  [data-category='unknown'] {
    --_usht-badge-surface: var(--_usht-warning-surface);
    --_usht-badge-text: var(--_usht-warning-text);
    --_usht-badge-border: var(--_usht-warning-text);
  }
  /* Dashed: the unknown state differs from every category by shape too. */
  [data-category='unknown'] .badge {
    border-style: dashed;
  }

  .category {
    display: inline-flex;
    align-self: center;
  }
  .icon {
    inline-size: 0.75em;
    block-size: 0.75em;
    flex: none;
    fill: currentColor;
  }
  .name {
    min-inline-size: 0;
  }

  .about {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 1px solid var(--_usht-border);
    border-radius: 50%;
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
    font: inherit;
    cursor: pointer;
  }
  .about[aria-expanded='true'] {
    background: var(--_usht-accent-surface);
    border-color: var(--_usht-accent);
  }
  .about .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .panel {
    box-sizing: border-box;
    max-inline-size: min(40rem, 100%);
    margin-block-start: 0.375rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_usht-badge-border, var(--_usht-border));
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
    color: var(--_usht-text);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .panel[hidden] {
    display: none;
  }
  .panel p {
    margin: 0 0 0.375rem;
  }
  .panel p:last-child {
    margin-block-end: 0;
  }
  .panel .kind {
    font-weight: 600;
  }

  /* The shared states, compact enough to sit in a line of text. */
  .state {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.9375em;
  }
  .state p,
  .state p:last-child {
    margin: 0;
  }
  button.retry {
    min-block-size: 2rem;
    padding: 0.125rem 0.75rem;
  }

  @media (forced-colors: active) {
    .badge,
    .about {
      border-color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
  }
`;

var __esDecorate$2 = (undefined && undefined.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers$2 = (undefined && undefined.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
// Priority-area names and summaries are Bokmål in every source we read (the schema has no
// language field), so they keep lang="nb" whatever the interface language is (WCAG 3.1.2).
const DATA_LANG = 'nb';
// One shape per category, so the category never depends on colour alone (WCAG 1.4.1):
// square = standing, circle = national, heart = Leve hele livet, dashed triangle = unknown.
const icons = {
    standing: b `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="2" y="2" width="12" height="12" rx="1.5"></rect></svg>`,
    national: b `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.5"></circle></svg>`,
    'leve-hele-livet': b `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 14.6S1.2 10.4 1.2 5.8A3.5 3.5 0 0 1 8 4.3a3.5 3.5 0 0 1 6.8 1.5c0 4.6-6.8 8.8-6.8 8.8z"></path></svg>`,
    unknown: b `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.2 15.2 14.6H.8zM7.2 6v4.4h1.6V6zm0 5.6v1.6h1.6v-1.6z" fill-rule="evenodd"></path></svg>`,
    info: b `<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.8 2.6h2.4V5H6.8zm0 3.6h2.4v7.2H6.8z"></path></svg>`,
};
/** Splits an `areas` attribute ("a b", "a,b") into ids. */
function parseAreaIds(value) {
    return (value ?? '').split(/[\s,]+/).filter((id) => id !== '');
}
/**
 * What the single badge and the group share: the data (every priority area, loaded once per client
 * and cached by the SDK), the tag markup and the disclosure.
 *
 * Why a disclosure button beside the tag and not a tooltip or a clickable tag: a tag must stay a
 * non-interactive label (GOV.UK tag; dark clickable tags were mistaken for buttons), a tooltip on
 * hover leaves out keyboard and touch users and hides text from screen readers until hovered, and a
 * `<details>` would turn the tag itself into its `<summary>` button. A separate small button with
 * `aria-expanded` and `aria-controls` (APG disclosure pattern) works the same for mouse, touch,
 * keyboard (Tab, then Enter or Space) and screen readers, and the description it opens is ordinary
 * text in the page flow, so it reflows at 320 px and 400 % zoom (WCAG 1.4.10).
 */
let PriorityAreaElement = (() => {
    let _classSuper = UshtElement;
    let _openIds_decorators;
    let _openIds_initializers = [];
    let _openIds_extraInitializers = [];
    return class PriorityAreaElement extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _openIds_decorators = [r()];
            __esDecorate$2(this, null, _openIds_decorators, { kind: "accessor", name: "openIds", static: false, private: false, access: { has: obj => "openIds" in obj, get: obj => obj.openIds, set: (obj, value) => { obj.openIds = value; } }, metadata: _metadata }, _openIds_initializers, _openIds_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens, stateStyles, priorityBadgeStyles];
        static sections = { common, priorityBadge };
        areas = new DataController(this, (client, signal) => client.priorityAreas({ signal }));
        #openIds_accessor_storage = __runInitializers$2(this, _openIds_initializers, new Set());
        /** Ids whose description is open. */
        get openIds() { return this.#openIds_accessor_storage; }
        set openIds(value) { this.#openIds_accessor_storage = value; }
        toggle(id) {
            const next = new Set(this.openIds);
            if (!next.delete(id))
                next.add(id);
            this.openIds = next;
        }
        /** Looks the ids up and warns once per unknown id, naming the ids the data does have. */
        resolve(ids, tag, attribute) {
            const set = this.areas.value;
            if (!set)
                return [];
            return [...new Set(ids)].map((id) => {
                const area = set.items.find((a) => a.id === id);
                if (area)
                    return { kind: 'area', area };
                const rejected = set.rejected.find((r) => r.id === id);
                if (rejected) {
                    warnOnce(`${tag}:invalid:${id}`, `<${tag}>: the priority area "${id}" failed validation in the data source (${rejected.issues.map((i) => i.path || '(record)').join(', ')}); it is not shown.`);
                    return { kind: 'invalid', id };
                }
                warnOnce(`${tag}:${attribute}:${id}`, `<${tag}>: unknown ${attribute} "${id}"; allowed: ${set.items.map((a) => a.id).join(', ')}.`);
                return { kind: 'unknown', id };
            });
        }
        /** The state while loading or after a failure; undefined when the data is there. */
        renderStatus() {
            const i18n = this.i18n;
            if (this.areas.status === 'loading')
                return renderLoading(i18n, i18n.t('priorityBadge', 'loading'));
            if (this.areas.status === 'error')
                return renderError(i18n, () => this.areas.retry(), i18n.t('priorityBadge', 'loadFailed'));
            return undefined;
        }
        renderResolved(resolved) {
            if (resolved.kind === 'area')
                return this.renderArea(resolved.area);
            const i18n = this.i18n;
            const text = resolved.kind === 'unknown' ? i18n.t('priorityBadge', 'unknownArea', resolved.id) : i18n.t('priorityBadge', 'invalidArea', resolved.id);
            return b `<div class="item" data-category="unknown">
      <span class="badge" part="badge">
        <span class="category" part="category">${icons.unknown}</span>
        <span class="name" part="name">${text}</span>
      </span>
    </div>`;
        }
        renderArea(area) {
            const i18n = this.i18n;
            const open = this.openIds.has(area.id);
            const panelId = `about-${area.id}`;
            const category = categoryText(i18n, area);
            return b `<div class="item" data-category=${area.category}>
      <span class="line">
        <span class="badge" part="badge">
          <span class="category" part="category">${icons[area.category]}<span class="visually-hidden">${category}: </span></span>
          <span class="name" part="name" lang=${DATA_LANG}>${o(area.name)}</span>
        </span>
        <button class="about" part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panelId} @click=${() => this.toggle(area.id)}>
          ${icons.info}<span class="visually-hidden">${i18n.t('priorityBadge', 'about', area.name)}</span>
        </button>
      </span>
      <div class="panel" part="description" id=${panelId} ?hidden=${!open}>
        <p class="kind">${category}</p>
        ${area.officialName && area.officialName !== area.name
                ? b `<p>${i18n.t('priorityBadge', 'officialName')}: <span lang=${DATA_LANG}>${area.officialName}</span></p>`
                : A}
        ${area.summary ? b `<p lang=${DATA_LANG}>${area.summary}</p>` : b `<p>${i18n.t('priorityBadge', 'noSummary')}</p>`}
      </div>
    </div>`;
        }
        constructor() {
            super(...arguments);
            __runInitializers$2(this, _openIds_extraInitializers);
        }
    };
})();
function categoryText(i18n, area) {
    switch (area.category) {
        case 'standing':
            return i18n.t('priorityBadge', 'categoryStanding');
        case 'national':
            return i18n.t('priorityBadge', 'categoryNational', (area.years ?? []).join(', '));
        default:
            return i18n.t('priorityBadge', 'categoryLeveHeleLivet');
    }
}
/**
 * One priority area (satsingsområde) as a tag: its name, its category as a shape and as text for
 * screen readers, and a small "About" button that opens the area's description. An unknown id shows
 * "Ukjent satsingsområde: <id>" and logs one warning listing the ids the data has.
 *
 * Fallback content: put the area's name inside the tag
 * (`<usht-priority-badge area="demensplan-2025">Demensplan 2025</usht-priority-badge>`); it shows
 * when the script does not load and is replaced once the element renders.
 *
 * @summary A priority area as a non-interactive tag with an accessible description.
 * @tagname usht-priority-badge
 * @csspart badge - The tag.
 * @csspart category - The category shape (and its screen-reader text).
 * @csspart name - The area's name.
 * @csspart toggle - The button that opens the description.
 * @csspart description - The description the button opens.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 * @cssprop [--usht-priority-badge-standing-surface=--usht-color-surface-tinted] - Background of standing areas.
 * @cssprop [--usht-priority-badge-standing-text=--usht-color-text] - Text of standing areas.
 * @cssprop [--usht-priority-badge-standing-border=--usht-color-border] - Border of standing areas.
 * @cssprop [--usht-priority-badge-national-surface=--usht-color-accent-surface] - Background of national areas.
 * @cssprop [--usht-priority-badge-national-text=--usht-color-accent-text] - Text of national areas.
 * @cssprop [--usht-priority-badge-national-border=--usht-color-accent] - Border of national areas.
 * @cssprop [--usht-priority-badge-lhl-surface=#e7f4ec] - Background of Leve hele livet focus areas (else --ds-color-success-surface-tinted).
 * @cssprop [--usht-priority-badge-lhl-text=--usht-color-success-text] - Text of Leve hele livet focus areas.
 * @cssprop [--usht-priority-badge-lhl-border=#1a7f3c] - Border of Leve hele livet focus areas (else --ds-color-success-border-default).
 */
let UshtPriorityBadge = (() => {
    let _classSuper = PriorityAreaElement;
    let _areaId_decorators;
    let _areaId_initializers = [];
    let _areaId_extraInitializers = [];
    return class UshtPriorityBadge extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _areaId_decorators = [n$1({ attribute: 'area' })];
            __esDecorate$2(this, null, _areaId_decorators, { kind: "accessor", name: "areaId", static: false, private: false, access: { has: obj => "areaId" in obj, get: obj => obj.areaId, set: (obj, value) => { obj.areaId = value; } }, metadata: _metadata }, _areaId_initializers, _areaId_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #areaId_accessor_storage = __runInitializers$2(this, _areaId_initializers, '');
        /** Id of the priority area, e.g. `demensplan-2025`. */
        get areaId() { return this.#areaId_accessor_storage; }
        set areaId(value) { this.#areaId_accessor_storage = value; }
        render() {
            const id = this.areaId.trim();
            if (id === '') {
                warnOnce('usht-priority-badge:area:missing', '<usht-priority-badge>: the area attribute is missing, so nothing is shown.');
                return A;
            }
            const status = this.renderStatus();
            const [resolved] = status ? [] : this.resolve([id], 'usht-priority-badge', 'area');
            return b `<div class="root" lang=${this.locale}>${status ?? (resolved ? this.renderResolved(resolved) : A)}</div>`;
        }
        constructor() {
            super(...arguments);
            __runInitializers$2(this, _areaId_extraInitializers);
        }
    };
})();
/**
 * The priority areas of one activity, as a list of tags (see `<usht-priority-badge>`). Set the ids
 * in the `areas` attribute, separated by spaces, or as an array in the `areaIds` property. An empty
 * list renders nothing.
 *
 * @summary A list of priority-area tags, e.g. for one activity.
 * @tagname usht-priority-badges
 * @csspart list - The list.
 * @csspart item - One list item.
 * @csspart badge - A tag.
 * @csspart category - A tag's category shape.
 * @csspart name - An area's name.
 * @csspart toggle - A button that opens a description.
 * @csspart description - A description.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 */
let UshtPriorityBadges = (() => {
    let _classSuper = PriorityAreaElement;
    let _areaIds_decorators;
    let _areaIds_initializers = [];
    let _areaIds_extraInitializers = [];
    return class UshtPriorityBadges extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _areaIds_decorators = [n$1({ attribute: 'areas', converter: { fromAttribute: parseAreaIds } })];
            __esDecorate$2(this, null, _areaIds_decorators, { kind: "accessor", name: "areaIds", static: false, private: false, access: { has: obj => "areaIds" in obj, get: obj => obj.areaIds, set: (obj, value) => { obj.areaIds = value; } }, metadata: _metadata }, _areaIds_initializers, _areaIds_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #areaIds_accessor_storage = __runInitializers$2(this, _areaIds_initializers, []);
        /** Ids of the priority areas; the `areas` attribute takes them separated by spaces or commas. */
        get areaIds() { return this.#areaIds_accessor_storage; }
        set areaIds(value) { this.#areaIds_accessor_storage = value; }
        render() {
            if (this.areaIds.length === 0)
                return A;
            const status = this.renderStatus();
            const resolved = status ? [] : this.resolve(this.areaIds, 'usht-priority-badges', 'areas');
            return b `<div class="root" lang=${this.locale}>
      ${status ??
                b `<ul class="list" part="list" role="list" aria-label=${this.i18n.text('priorityBadge', 'listLabel')}>
        ${resolved.map((r) => b `<li part="item" class=${r.kind === 'area' && this.openIds.has(r.area.id) ? 'open' : ''}>${this.renderResolved(r)}</li>`)}
      </ul>`}
    </div>`;
        }
        constructor() {
            super(...arguments);
            __runInitializers$2(this, _areaIds_extraInitializers);
        }
    };
})();

// Both tags in one module: the group is a few lines on top of the badge, and an activity card
// that shows one usually shows the other.
defineOnce('usht-priority-badge', UshtPriorityBadge);
defineOnce('usht-priority-badges', UshtPriorityBadges);

var ushtPriorityBadge = /*#__PURE__*/Object.freeze({
    __proto__: null,
    UshtPriorityBadge: UshtPriorityBadge,
    UshtPriorityBadges: UshtPriorityBadges
});

// Strings of <usht-centre-map>. nb is the reference: nn and en must match its type; se may be partial.
const nb$1 = {
    finderLabel: 'Hvilket utviklingssenter hører kommunen min til?',
    finderHint: 'Skriv navnet eller nummeret på kommunen.',
    finderOptions: 'Kommuner',
    finderAnswer: (municipality, centre) => `${municipality} hører til ${centre}.`,
    finderUncertain: 'Dette er ikke bekreftet av en kilde.',
    finderNoMatch: (query) => `Fant ingen kommune som passer til «${query}».`,
    finderAmbiguous: (name) => `Flere kommuner heter ${name}. Velg riktig kommune i lista.`,
    centresHeading: { one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssentre` },
    host: 'Vertskommune',
    hostCandidate: (name) => `kanskje ${name}`,
    notOnMap: 'Ikke vist på kartet.',
    area: 'Område',
    municipalityCount: { one: (n) => `${n} kommune`, other: (n) => `${n} kommuner` },
    satellites: 'Satellittkommuner',
    websites: 'Nettside',
    contacts: 'Kontakt',
    servedMunicipalities: 'Kommuner som hører til senteret',
    mapLabel: 'Kart over utviklingssentrene',
    mapHint: 'Piltastene flytter mellom sentrene på kartet. Enter eller mellomrom velger.',
    skipMap: 'Hopp over kartet',
    inset: 'Oslofjorden',
    mapAttribution: 'Kart: Natural Earth',
    selectedLabel: 'Valgt senter',
    noneSelected: 'Velg et senter i lista, på kartet eller med kommunesøket for å se mer om det.',
    unknownCentre: (id) => `Fant ikke utviklingssenteret «${id}».`,
    unknownMunicipality: (query) => `Fant ingen kommune med navnet eller nummeret «${query}».`,
    countiesFailed: 'Fylkesgrensene kan ikke vises fordi kartdataene for dem er ugyldige.',
};
const nn$1 = {
    finderLabel: 'Kva utviklingssenter høyrer kommunen min til?',
    finderHint: 'Skriv namnet eller nummeret på kommunen.',
    finderOptions: 'Kommunar',
    finderAnswer: (municipality, centre) => `${municipality} høyrer til ${centre}.`,
    finderUncertain: 'Dette er ikkje stadfesta av ei kjelde.',
    finderNoMatch: (query) => `Fann ingen kommune som passar til «${query}».`,
    finderAmbiguous: (name) => `Fleire kommunar heiter ${name}. Vel rett kommune i lista.`,
    centresHeading: { one: (n) => `${n} utviklingssenter`, other: (n) => `${n} utviklingssenter` },
    host: 'Vertskommune',
    hostCandidate: (name) => `kanskje ${name}`,
    notOnMap: 'Ikkje vist på kartet.',
    area: 'Område',
    municipalityCount: { one: (n) => `${n} kommune`, other: (n) => `${n} kommunar` },
    satellites: 'Satellittkommunar',
    websites: 'Nettstad',
    contacts: 'Kontakt',
    servedMunicipalities: 'Kommunar som høyrer til senteret',
    mapLabel: 'Kart over utviklingssentera',
    mapHint: 'Piltastane flyttar mellom sentera på kartet. Enter eller mellomrom vel.',
    skipMap: 'Hopp over kartet',
    inset: 'Oslofjorden',
    mapAttribution: 'Kart: Natural Earth',
    selectedLabel: 'Valt senter',
    noneSelected: 'Vel eit senter i lista, på kartet eller med kommunesøket for å sjå meir om det.',
    unknownCentre: (id) => `Fann ikkje utviklingssenteret «${id}».`,
    unknownMunicipality: (query) => `Fann ingen kommune med namnet eller nummeret «${query}».`,
    countiesFailed: 'Fylkesgrensene kan ikkje visast fordi kartdataa for dei er ugyldige.',
};
const en$1 = {
    finderLabel: 'Which development centre does my municipality belong to?',
    finderHint: 'Type the name or number of the municipality.',
    finderOptions: 'Municipalities',
    finderAnswer: (municipality, centre) => `${municipality} belongs to ${centre}.`,
    finderUncertain: 'No source confirms this.',
    finderNoMatch: (query) => `No municipality matches “${query}”.`,
    finderAmbiguous: (name) => `Several municipalities are called ${name}. Choose the right one in the list.`,
    centresHeading: { one: (n) => `${n} development centre`, other: (n) => `${n} development centres` },
    host: 'Host municipality',
    hostCandidate: (name) => `possibly ${name}`,
    notOnMap: 'Not shown on the map.',
    area: 'Area',
    municipalityCount: { one: (n) => `${n} municipality`, other: (n) => `${n} municipalities` },
    satellites: 'Satellite municipalities',
    websites: 'Website',
    contacts: 'Contact',
    servedMunicipalities: 'Municipalities served by the centre',
    mapLabel: 'Map of the development centres',
    mapHint: 'The arrow keys move between the centres on the map. Enter or Space selects.',
    skipMap: 'Skip the map',
    inset: 'Oslofjord',
    mapAttribution: 'Map: Natural Earth',
    selectedLabel: 'Selected centre',
    noneSelected: 'Choose a centre in the list, on the map or with the municipality search to see more about it.',
    unknownCentre: (id) => `The development centre “${id}” was not found.`,
    unknownMunicipality: (query) => `No municipality has the name or number “${query}”.`,
    countiesFailed: 'The county borders cannot be shown because their map data is invalid.',
};
// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se$1 = {
    websites: 'Neahttasiidu',
};
const centreMap = { nb: nb$1, nn: nn$1, en: en$1, se: se$1 };

/**
 * Map colours: our public `--usht-centre-map-*`, then a shared token, then a literal. Markers and
 * the focus ring keep ≥ 3:1 against the land (WCAG 1.4.11): #0b5cad on #e2e8f0 is 5.6:1, #93c5fd
 * on #2b3544 is 7.4:1. Strokes are `non-scaling-stroke`, so widths are CSS px at any map size.
 */
const centreMapStyles = i$5 `
  :host {
    --_usht-map-land: var(--usht-centre-map-land, var(--ds-color-neutral-surface-hover, #e2e8f0));
    --_usht-map-coast: var(--usht-centre-map-coast, var(--_usht-border));
    --_usht-map-marker: var(--usht-centre-map-marker, var(--_usht-accent));
  }
  :host([data-color-scheme='dark']) {
    --_usht-map-land: var(--usht-centre-map-land, var(--ds-color-neutral-surface-hover, #2b3544));
  }

  .root {
    container-type: inline-size;
    color: var(--_usht-text);
  }
  .layout {
    display: grid;
    gap: 1.5rem;
  }
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }

  p {
    margin: 0;
  }
  a {
    color: var(--_usht-accent-text);
    overflow-wrap: anywhere;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.5rem;
  }
  .hint,
  .attribution,
  .off-map {
    color: var(--_usht-text-subtle);
    font-size: 0.875em;
  }
  .note {
    margin-block-end: 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_usht-warning-text);
    border-inline-start-width: 0.25rem;
    border-radius: var(--_usht-radius);
    background: var(--_usht-warning-surface);
    color: var(--_usht-warning-text);
  }

  /* Finder: the APG combobox with a list popup. */
  .finder {
    margin-block-end: 1.5rem;
  }
  label {
    display: block;
    font-weight: 700;
  }
  .combobox {
    position: relative;
    max-inline-size: 24rem;
    margin-block-start: 0.375rem;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_usht-text);
    background: var(--_usht-surface);
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
  }
  [role='listbox']:not(svg) {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    max-block-size: 18rem;
    overflow-y: auto;
    list-style: none;
    background: var(--_usht-surface);
    border: 1px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  li[role='option'] {
    padding: 0.5rem 0.75rem;
    cursor: pointer;
  }
  li[role='option']:hover {
    background: var(--_usht-surface-tinted);
  }
  li[role='option'][aria-selected='true'] {
    background: var(--_usht-accent);
    color: var(--_usht-on-accent);
  }
  .number {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .answer {
    margin-block-start: 0.5rem;
    font-weight: 600;
  }

  /* The list: the primary content. The selected centre has a thick bar, not only a colour. */
  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_usht-border-subtle);
    border-inline-start: 0.25rem solid transparent;
  }
  .item[data-selected] {
    border-inline-start-color: var(--_usht-accent);
    background: var(--_usht-accent-surface);
  }
  button.centre {
    display: block;
    min-block-size: 2rem;
    padding: 0.25rem 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: var(--_usht-accent-text);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  button.centre[aria-pressed='true'] {
    text-decoration-thickness: 0.15em;
  }
  dl {
    margin: 0.25rem 0 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.375rem;
  }
  dd {
    margin: 0;
  }

  /* The map. */
  .map-column {
    position: relative;
  }
  .skip {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip:focus {
    position: static;
    display: inline-block;
    inline-size: auto;
    block-size: auto;
    clip: auto;
    margin-block-end: 0.5rem;
    padding: 0.25rem 0.5rem;
    background: var(--_usht-surface);
  }
  svg.map {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--usht-centre-map-max-width, 36rem);
    block-size: auto;
  }
  svg.map * {
    vector-effect: non-scaling-stroke;
  }
  .land {
    fill: var(--_usht-map-land);
    stroke: var(--_usht-map-coast);
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  .county {
    fill: none;
    stroke: var(--_usht-map-coast);
    stroke-width: 1px;
    stroke-dasharray: 4 3;
  }
  .county[data-current] {
    fill: var(--_usht-accent-surface);
    stroke-dasharray: none;
    stroke-width: 1.5px;
  }
  .inset {
    fill: var(--_usht-surface);
    stroke: var(--_usht-border);
    stroke-width: 1px;
  }
  .inset-region {
    fill: none;
    stroke: var(--_usht-border);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .inset-label,
  .anchor {
    fill: var(--_usht-text-subtle);
  }
  .leader {
    stroke: var(--_usht-text-subtle);
    stroke-width: 1px;
  }
  .marker {
    cursor: pointer;
  }
  .marker:focus {
    outline: none;
    box-shadow: none;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--_usht-map-marker);
    stroke: var(--_usht-surface);
    stroke-width: 2px;
  }
  .marker[data-selected] .dot {
    stroke: var(--_usht-text);
    stroke-width: 3px;
  }
  .ring {
    fill: none;
  }
  .marker:focus-visible .ring {
    stroke: var(--_usht-focus);
    stroke-width: 3px;
  }
  .marker:focus-visible .hit {
    stroke: var(--_usht-focus-inner);
    stroke-width: 2px;
  }
  .marker:hover .hit {
    fill: var(--_usht-accent-surface);
    fill-opacity: 0.7;
  }
  .label {
    fill: var(--_usht-text);
    stroke: var(--_usht-surface);
    paint-order: stroke;
    stroke-linejoin: round;
    font-weight: 700;
    pointer-events: none;
  }
  .attribution {
    margin-block-start: 0.25rem;
  }

  .details {
    margin-block-start: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_usht-border-subtle);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface-tinted);
  }
  .details > p,
  details {
    margin-block-start: 0.5rem;
  }
  summary {
    cursor: pointer;
  }

  @media (forced-colors: active) {
    svg.map {
      forced-color-adjust: none;
    }
    .land,
    .inset {
      fill: Canvas;
      stroke: CanvasText;
    }
    .county,
    .inset-region,
    .leader {
      stroke: CanvasText;
    }
    .county[data-current] {
      fill: Canvas;
      stroke-width: 3px;
    }
    .inset-label,
    .anchor,
    .label {
      fill: CanvasText;
    }
    .label {
      stroke: Canvas;
    }
    .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker[data-selected] .dot {
      fill: Highlight;
      stroke: CanvasText;
    }
    .marker:hover .hit {
      fill: Canvas;
    }
    .marker:focus-visible .ring {
      stroke: Highlight;
    }
    .marker:focus-visible .hit {
      stroke: Canvas;
    }
    .item[data-selected] {
      border-inline-start-color: Highlight;
    }
    li[role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** A person chose a centre: in the list, on the map or with the municipality finder. */
class UshtCentreSelectEvent extends Event {
    static eventName = 'usht-centre-select';
    detail;
    constructor(centreId) {
        super(UshtCentreSelectEvent.eventName, { bubbles: true, composed: true });
        this.detail = { centreId };
    }
}

// Generated by scripts/build-map-outline.mjs (npm run build:map). Do not edit by hand.
// Mainland Norway from world-atlas@2.0.2 countries-10m.json: Natural Earth 1:10m, public
// domain. Transverse Mercator centred on 15°E, simplified (Visvalingam, 20 square units),
// islands under 100 square units left out; 29 rings, 841 points.
/** The map's viewBox: `0 0 width height`. */
const outlineWidth = 1000;
const outlineHeight = 1258;
/**
 * Spherical transverse Mercator used for the outline: central meridian `lon0` (degrees),
 * scale `k` (user units per radian) and translate `tx`, `ty` (d3-geo's conventions).
 */
const outlineProjection = { lon0: 15, k: 5269.115, tx: 477.962, ty: 6596.312 };
/** SVG path data of the coast and land borders, in viewBox units. */
const outlinePath = 'M663 239l-17 3 9 9 1 10-3 14-8 11 10 5-10 13-31-12-13 1-8-6-9 4 2 34-8 18-20-11-4 6-14 12-6 25-4 8-10 5-2 8 11 20 0 13-13 16-14 26-8 10 2 20-16 12-19 2 4 30-4 9-2 35-5 10-3 12-27 45 19 14 1 22-9 17-28-8-10 3-13 9-17 27-5 5 1 13-9 15 8 27-5 7 1 18-3 13 7 22 1 11-9 46 12 15 7 2 12 19-10 28-8-1-11 6 3 17 10 26 0 11-6 9 1 17-11 14-7 5-13 2 1 15-10 7-1 6 5 29-8 30-10 2-3-19-13-4-9-7-4 3-9-24 4-16-4-12 5-12 3 11 2-14-13 3 4 26-11 4 5 20-7 3-8 22-3-3-10 8-14-17-5 1 8 10-2 5-20 10 8 1-13 14-13 7-1 5-23 23-7 0-13 12-3-12-7 13-13 0-4 4-28-4-8-10-2 5-11-5 7-11-12-5-18-13-1-9-12-5-7-23 6-13 1-13 13 9 10 12 3-12-5 7-5-14 2-6 15-13-6-11-6 2-2-18-3 10 2 8-9 3-3-11-3 10-11-5-3-9 1-10 16-16-2 19 4-12 9 0 10-10-6 1-6-8 7-6 9-1 11-22 12-13 7-5 6 2-6 13-3 12 11-27-5-3-18 8-5 10-4-3-8 9-2 12-5 3 1-18-9 1 8-17-14 19-4-12-5-4 2-10 5 1 2-12 6 8 7 4 5-6 5-21-10 1-1 6-14 4-9-23 14 10-2-5 12-12-12 7-8-4 2-19 5-2 13 7 5-4 26-1 11 10 11-12 11 6 5 12-6 6 10-1-3-13 16-2 5-5-5-11 1 11-20 5-1-5-15-6-6 8-10-8-28 1-9 4-4-11-10-4-1-6 14-5-10 1-3-9 12-3 12 5-14-10 10-2-15-9 1-10 12-5 7-8 13 4 2 5 32 5-16-4-16-7 11 0-23-5-12 2 8-11-8-14 5-4 9 11 1-7 8 3 11-2 6 14 14 2-11-6-6-9 3-7 32-11 8 3 4 16 12-2-11-2-6-15-6-3-10 3-7-4 11-5-12-1 4-7 11 4 7-6 7 8 1-7 20 8 5-7 14-4 12 3-2-6-30 5-2-5-15 0 4-11-4-8 15-6 9 11 8-6 1 6 12-4 4 3 3 14 14 9-11-10-2-10-8-11 6-7 9 15-1 7 12 2-12-13-5-11 3-3 13 3 3-6-4-9 9-2-2-6 7-3 13 2 4 5-1-13 23-11 3 13 6 8-6 9 10-2 1-7 9-2 20 6 5-5-6-5 7-7-11 4 5-7 20-11 9-3-1-5-13 0 0-4 17-11-10-4-12 9 3 9-6 11-10 3-11 10-19 6-6-19 9-2 1-5-20 9 6-14 17-8-5-4 14-24 6-2 3-8 7-4 8 3-2-10 5 1 4-12 8 15 10 1 2-7 12-6-10 1-5-12 7-6 9-1-5-4 11-11-22 17 2-5-7-1 17-6-17 2 7-5 49-17 12-18-18 17-5-12 6-9 0-7 6 3-2-16-7 5-2-10 9-12 5-14 4-3 9 3-2-11-11-2 8-6 24-9 17 0 6-9-8 7-13-2-19 10 6-12-8-5 16-19-8 1 2-7 9-4-8-5 11 1-1-8 10 0-8-12 6 0 12-10 5 6 5-16 15-5 6 6 5-6 14 6 5-5-20-4 4-6-18 9 1-6-13 3 12-17 6 5 8-6-12-4 10-7 1 9 5-5 11 5 4-4-12-2-1-5 8 1-9-7 14-9-8-5-6 8-13 7 1-19 5-5 8 2 18-7 3 5 4-10-23-3 12-11 2 7 8-5 0-9 5 6-1 13 7 11 2-8 6 8 1-10-6-6 2-12-9-9 16 5-14-9 16-5 5 7 24-10-1-10-16 10-2-7-5 6-10 1-3-7 6-12 19-11 16-13-10-1 8-18 13-7-3-13 8-17 3 9 11 6-8-11 0-7 12-4 6 14 11 4-1 11 5-3-4-11-6 1-6-12 7-6-9 1 3-16 6-5 16-3-3 11 2 22 3-25 9-22 8 4-1 19 2 9-5 19-7 12 11-13 5-17-1-18 15-6 5-6 2-13 9 2 1 5 18 15-6-11-5-16-10-2-11-10 10-12 11 15-3-11 15-3 3 3 18 2 8 22 7 0 5-8-12-5 7-5-5-5 8-10-3-6 11-15 14 1-9-6 5-14 13 5-8-11-7 0 1-10 8 7-3-14 5-4 10 9 2-6 5 11 3-9-3-8 6 4-1 7 7-6 7 2-13 26-2 8 2 20-5 7 0 13 6 1 9-20-4-4 10-24 10-30 8-10 3 11 2 44 11-19 1-19 6-3 4-9-14-4 6-4-5-6 8 0 0-7 11 2 8-7 2 8 11 0-1 10-5 9-13 3 12 2-12 15 17-13 0 8-9 15 9 2 6-12 1-16 4-16 8-2 11 6 3 8 11-5-1 10 6-10 19 9 14 11 2-5 9 14-15 7-4 14-5 5-29 3-15-1 1 8 13-1 19 4-6 8 9-3 2 16 15-8-4-9 11 4 12-2 6 11 1 13-11 2-11-6 1 18-4 8-17 13 0 15-4 9-8-3-2-12 8-17 2-9-11-17-25-7-9-6-12-14-9 2-13 18-8-2-11 4-6 20-6 7 2 26-2 18 5 15-3 13-8 2-5 7 0 16-8 8-8-8-11-2-15-8-5 10-17 12-7-6-19 0-4-9-13-17-14-21-12-2-8 11 5 9-4 4-10-5zM449 319l-18 17-5-6 1-10 10-2 6-7 1 8zM24 1112l-2 10-6-1 5-23zM29 1069l-9 7 5-9-5-3 5-5zM39 1065l-8 0-1-11 3-6 5 4zM50 1041l-3 15-6 0 0-14zM59 987l-2 17-10 2-6-10zM98 836l-10 8-1-11 6-5zM174 785l-8 4-5-3 1-8 6 5 4-9zM181 748l14-3 2 7-4 5zM240 740l-14 6-15 3-9-4 7-8 12 1-7-4 18-3 0 6zM206 727l21-12 0 9-4 3zM382 581l-17 15 6-23 3-10zM411 332l4 2-2 12-12 13zM470 319l-20 10 7-21 9-5 18-2zM525 304l-9 4 2-13 5-2zM531 277l-3 14-13 2-4 13-8-2-4 11-10-4 2-7-13 16 0-6 9-14-1-9 7-3 0-20 6-13 7-2 3 8-3 13 3 5 6-5 2-10 9 0zM457 280l7-6 14-4 0-17 4-4 6 10 1 24-9 7-8-6 11-6 0-5-18 12-6 1zM493 262l0-12 4-9 7-5 2-8 9-4-2 13-7 11-7 4zM578 216l-6 3 3 13-16 3-1-4-13 17 2-6-9 3 0-6 7-1-5-6 7-5-7-6 7 0-6-8 14 1 4-4-9-2 2-8 10 6-5-12 7 8 5-8 7 9zM606 173l-7 12 1 8-19 6-7-5 6-11 14-10 2 11 2-9-4-9zM624 156l-9 15-6 3-14-14 4-6 11-9 7 10 4-6zM659 144l-6 3-7-5 5-13 8 2zM639 142l-10 5-7-14 1-6zM726 120l-18-2 1-9 8-2zM743 97l-6 15-8 4-9-10 6-12 6 3 1-13 5 0zM756 81l-7 11-5-4-3-17 8 3zM697 99l4-10-9 2 14-12 4 7 6-2-2-11 6 9 5-7-3-7 11 0-8 20-6 6-8-2-1 6zM808 39l-10 2-4 5-10-9 6-10 14-1-2 7z';

const { lon0, k, tx, ty } = outlineProjection;
const radians = Math.PI / 180;
/**
 * Longitude/latitude (degrees) to the outline's viewBox units: the spherical transverse Mercator
 * of d3-geo's `geoTransverseMercator().rotate([-lon0, 0])`, with the scale and translate the build
 * script used for the coast (map-outline.test.ts checks both against d3). A few lines instead of
 * d3-geo, which would add about 8 KB gzip to the page (map.md §4).
 */
function project(lon, lat) {
    const lambda = (lon - lon0) * radians;
    const phi = lat * radians;
    const cosPhi = Math.cos(phi);
    return [tx + k * Math.atanh(cosPhi * Math.sin(lambda)), ty - k * Math.atan2(Math.sin(phi), cosPhi * Math.cos(lambda))];
}
const [regionLeft, regionTop] = project(9.2, 61.05);
const [regionRight, regionBottom] = project(11.75, 58.85);
/**
 * The crowded Oslofjord area (Oslo, Akershus, Buskerud, Vestfold, Telemark and the two Innlandet
 * centres lie within 150 km), drawn again, enlarged, in the empty space east of southern Norway.
 */
const insetRegion = { x: regionLeft, y: regionTop, width: regionRight - regionLeft, height: regionBottom - regionTop };
const insetMargin = 16;
const insetHeight = outlineHeight * 0.5;
const insetScale = insetHeight / insetRegion.height;
const insetWidth = insetRegion.width * insetScale;
/** Where the enlarged Oslofjord area is drawn. */
const insetFrame = {
    x: outlineWidth - insetMargin - insetWidth,
    y: outlineHeight - insetMargin - insetHeight,
    width: insetWidth,
    height: insetHeight,
};
const inBox = (box, x, y) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
/**
 * Places the markers so that no two are closer than `gap` viewBox units (the 24 CSS px target of
 * WCAG 2.5.8 plus room, converted at the map's rendered size). Markers in the Oslofjord area go to
 * the inset. Crowded markers are pushed apart a little at a time; the caller draws a leader line
 * from the true place to the marker. Deterministic: the same input always gives the same layout.
 */
function placeMarkers(points, gap) {
    const markers = points.map(({ id, lon, lat }) => {
        let [x, y] = project(lon, lat);
        const inset = inBox(insetRegion, x, y);
        if (inset) {
            x = insetFrame.x + (x - insetRegion.x) * insetScale;
            y = insetFrame.y + (y - insetRegion.y) * insetScale;
        }
        return { id, ax: x, ay: y, x, y, inset };
    });
    const half = gap / 2;
    const clamp = (value, low, high) => Math.min(Math.max(value, low), high);
    for (let round = 0; round < 200; round++) {
        let moved = false;
        for (let i = 0; i < markers.length; i++) {
            for (let j = i + 1; j < markers.length; j++) {
                const a = markers[i];
                const b = markers[j];
                let dx = b.x - a.x;
                let dy = b.y - a.y;
                let distance = Math.hypot(dx, dy);
                if (distance >= gap)
                    continue;
                if (distance < 1e-6)
                    [dx, dy, distance] = [0, 1, 1];
                const push = (gap - distance) / 2 + 0.01;
                a.x -= (dx / distance) * push;
                a.y -= (dy / distance) * push;
                b.x += (dx / distance) * push;
                b.y += (dy / distance) * push;
                moved = true;
            }
        }
        for (const m of markers) {
            const box = m.inset ? insetFrame : { x: 0, y: 0, width: outlineWidth, height: outlineHeight };
            m.x = clamp(m.x, box.x + half, box.x + box.width - half);
            m.y = clamp(m.y, box.y + half, box.y + box.height - half);
        }
        if (!moved)
            break;
    }
    return markers;
}

const isRecord = (value) => typeof value === 'object' && value !== null;
/**
 * Reads the county layer a host supplies: a GeoJSON FeatureCollection of Polygon or MultiPolygon
 * features in longitude/latitude (WGS 84), keyed by county number in `id` or
 * `properties.fylkesnummer` (Kartverket's name; `countyNumber` and `number` also work). Throws a
 * TypeError that says where the data is wrong, so the element can warn once and draw without it.
 *
 * Rings are projected point by point in the plane: no spherical winding rules apply, so both
 * RFC 7946 and d3 winding draw correctly (map.md §2). Points closer than a viewBox unit to the
 * previous one are dropped: a detailed host file need not put megabytes into the DOM.
 */
function countyLayer(value) {
    if (!isRecord(value) || value['type'] !== 'FeatureCollection' || !Array.isArray(value['features'])) {
        throw new TypeError('expected a GeoJSON FeatureCollection with a "features" array');
    }
    const shapes = value['features'].map((feature, index) => {
        const where = `features[${index}]`;
        const f = isRecord(feature) ? feature : {};
        const properties = isRecord(f['properties']) ? f['properties'] : {};
        const key = f['id'] ?? properties['fylkesnummer'] ?? properties['countyNumber'] ?? properties['number'];
        const number = typeof key === 'number' ? String(key).padStart(2, '0') : key;
        if (typeof number !== 'string' || !/^\d{2}$/.test(number)) {
            throw new TypeError(`${where}: no 2-digit county number in "id" or "properties.fylkesnummer"`);
        }
        const geometry = isRecord(f['geometry']) ? f['geometry'] : {};
        const coordinates = geometry['coordinates'];
        const polygons = geometry['type'] === 'Polygon' ? [coordinates] : geometry['type'] === 'MultiPolygon' ? coordinates : undefined;
        if (!Array.isArray(polygons))
            throw new TypeError(`${where}: the geometry must be a Polygon or MultiPolygon`);
        let d = '';
        polygons.forEach((polygon, p) => {
            if (!Array.isArray(polygon))
                throw new TypeError(`${where}.geometry: polygon ${p} is not an array of rings`);
            polygon.forEach((ring, r) => {
                if (!Array.isArray(ring) || ring.length < 4)
                    throw new TypeError(`${where}.geometry: polygon ${p}, ring ${r} is not a closed ring of positions`);
                let last;
                for (const position of ring) {
                    const [lon, lat] = Array.isArray(position) ? position : [];
                    if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon > -10 && lon < 40 && lat > 50 && lat < 80)) {
                        throw new TypeError(`${where}.geometry: polygon ${p}, ring ${r} has a position that is not longitude/latitude in degrees near Norway (WGS 84, EPSG:4326)`);
                    }
                    const [x, y] = project(lon, lat);
                    if (last && Math.abs(x - last[0]) < 1 && Math.abs(y - last[1]) < 1)
                        continue;
                    d += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
                    last = [x, y];
                }
                d += 'Z';
            });
        });
        return { number, d };
    });
    const attribution = value['attribution'];
    return { shapes, attribution: typeof attribution === 'string' && attribution.trim() ? attribution : undefined, sample: value['sample'] === true };
}

var __esDecorate$1 = (undefined && undefined.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers$1 = (undefined && undefined.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
const TAG$1 = 'usht-centre-map';
/** Marker sizes in CSS px; converted to viewBox units at the map's rendered size. */
const DOT = 7;
const SELECTED = 11;
// A 28 px hit circle around each marker and at least that much between two: WCAG 2.5.8 asks 24.
const TARGET = 28;
const FINDER_LIMIT = 8;
const hostLabel = (url) => {
    const { hostname, href } = new URL(url);
    return hostname ? hostname.replace(/^www\./, '') : href.replace(/^mailto:/, '');
};
/**
 * The USHT development centres as a list, a municipality finder ("Hvilket utviklingssenter hører
 * kommunen min til?") and an SVG map of Norway with one marker per centre. The list is the primary
 * content and comes first; the map is one tab stop (arrow keys move between markers, Enter or
 * Space selects) with the crowded Oslofjord area enlarged in an inset. List, map and finder share
 * one selection, and the selected centre's details are shown below the map.
 *
 * The outline is generated at build time from Natural Earth (public domain) and drawn inline: no
 * tiles, no requests to other origins. County borders are an optional layer the host supplies.
 *
 * Fallback content: put a link to the centres' site inside the tag
 * (`<usht-centre-map><a href="https://www.utviklingssenter.no">Utviklingssentre for sykehjem og
 * hjemmetjenester</a></usht-centre-map>`). It shows when the script does not load and is replaced
 * once the element renders.
 *
 * @summary The development centres: list, municipality finder and map.
 * @tagname usht-centre-map
 * @fires usht-centre-select - A person chose a centre (list, map or finder); `detail.centreId`.
 * @csspart finder - The municipality finder.
 * @csspart answer - The finder's answer (a polite live region).
 * @csspart list - The list of centres.
 * @csspart item - One centre in the list.
 * @csspart map - The map (SVG).
 * @csspart details - The selected centre's details.
 * @csspart note - Messages about attributes or data (unknown centre, invalid county layer).
 * @cssprop [--usht-centre-map-land=var(--usht-color-accent-surface)] - Fill of the land.
 * @cssprop [--usht-centre-map-coast=var(--usht-color-border)] - The coastline and borders.
 * @cssprop [--usht-centre-map-marker=var(--usht-color-accent)] - Marker fill.
 * @cssprop [--usht-centre-map-max-width=36rem] - Widest the map is drawn.
 */
let UshtCentreMap = (() => {
    let _classSuper = UshtElement;
    let _selected_decorators;
    let _selected_initializers = [];
    let _selected_extraInitializers = [];
    let _municipality_decorators;
    let _municipality_initializers = [];
    let _municipality_extraInitializers = [];
    let _counties_decorators;
    let _counties_initializers = [];
    let _counties_extraInitializers = [];
    let _headingLevel_decorators;
    let _headingLevel_initializers = [];
    let _headingLevel_extraInitializers = [];
    let _view_decorators;
    let _view_initializers = [];
    let _view_extraInitializers = [];
    return class UshtCentreMap extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _selected_decorators = [n$1({ reflect: false })];
            _municipality_decorators = [n$1()];
            _counties_decorators = [n$1({ attribute: false })];
            _headingLevel_decorators = [n$1({ type: Number, attribute: 'heading-level' })];
            _view_decorators = [r()];
            __esDecorate$1(this, null, _selected_decorators, { kind: "accessor", name: "selected", static: false, private: false, access: { has: obj => "selected" in obj, get: obj => obj.selected, set: (obj, value) => { obj.selected = value; } }, metadata: _metadata }, _selected_initializers, _selected_extraInitializers);
            __esDecorate$1(this, null, _municipality_decorators, { kind: "accessor", name: "municipality", static: false, private: false, access: { has: obj => "municipality" in obj, get: obj => obj.municipality, set: (obj, value) => { obj.municipality = value; } }, metadata: _metadata }, _municipality_initializers, _municipality_extraInitializers);
            __esDecorate$1(this, null, _counties_decorators, { kind: "accessor", name: "counties", static: false, private: false, access: { has: obj => "counties" in obj, get: obj => obj.counties, set: (obj, value) => { obj.counties = value; } }, metadata: _metadata }, _counties_initializers, _counties_extraInitializers);
            __esDecorate$1(this, null, _headingLevel_decorators, { kind: "accessor", name: "headingLevel", static: false, private: false, access: { has: obj => "headingLevel" in obj, get: obj => obj.headingLevel, set: (obj, value) => { obj.headingLevel = value; } }, metadata: _metadata }, _headingLevel_initializers, _headingLevel_extraInitializers);
            __esDecorate$1(this, null, _view_decorators, { kind: "accessor", name: "view", static: false, private: false, access: { has: obj => "view" in obj, get: obj => obj.view, set: (obj, value) => { obj.view = value; } }, metadata: _metadata }, _view_initializers, _view_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens, stateStyles, centreMapStyles];
        static sections = { common, centreMap };
        data = new DataController(this, async (client, signal) => {
            // The SDK is a chunk of its own, already loading for the client: the index code stays out of this entry.
            const [centres, municipalities, counties, { createMunicipalityIndex }] = await Promise.all([
                client.centres({ signal }),
                client.municipalities({}, { signal }),
                client.counties({ signal }),
                Promise.resolve().then(function () { return index; }),
            ]);
            const index$1 = createMunicipalityIndex(municipalities.items, counties.items);
            const collator = new Intl.Collator('nb');
            const served = new Map();
            for (const m of [...index$1.all].sort((a, b) => collator.compare(a.name, b.name))) {
                served.set(m.centreId, [...(served.get(m.centreId) ?? []), m]);
            }
            return {
                centres: centres.items,
                located: centres.items.filter((c) => c.location),
                index: index$1,
                served,
                rejected: centres.rejected.length + municipalities.rejected.length + counties.rejected.length,
            };
        });
        #selected_accessor_storage = __runInitializers$1(this, _selected_initializers, void 0);
        /** Id of the selected centre (`troms`, `helse-fonna` …); follows the person's choice. */
        get selected() { return this.#selected_accessor_storage; }
        set selected(value) { this.#selected_accessor_storage = value; }
        #municipality_accessor_storage = (__runInitializers$1(this, _selected_extraInitializers), __runInitializers$1(this, _municipality_initializers, void 0));
        /** Preselects the centre serving this municipality: a 4-digit number or a name ("Herøy (Nordland)"). */
        get municipality() { return this.#municipality_accessor_storage; }
        set municipality(value) { this.#municipality_accessor_storage = value; }
        #counties_accessor_storage = (__runInitializers$1(this, _municipality_extraInitializers), __runInitializers$1(this, _counties_initializers, void 0));
        /**
         * County borders to draw under the markers: a GeoJSON FeatureCollection in WGS 84 with each
         * feature's county number in `id` or `properties.fylkesnummer`. Optional; invalid data shows a
         * message and the map works without it.
         */
        get counties() { return this.#counties_accessor_storage; }
        set counties(value) { this.#counties_accessor_storage = value; }
        #headingLevel_accessor_storage = (__runInitializers$1(this, _counties_extraInitializers), __runInitializers$1(this, _headingLevel_initializers, 2));
        /** Level of the element's headings (2–6) so they fit the host page's outline. */
        get headingLevel() { return this.#headingLevel_accessor_storage; }
        set headingLevel(value) { this.#headingLevel_accessor_storage = value; }
        #view_accessor_storage = (__runInitializers$1(this, _headingLevel_extraInitializers), __runInitializers$1(this, _view_initializers, { query: '', options: [], active: -1, answer: '', focus: 0, scale: 0.5 }));
        /** What the person sees change: one reactive object, so one decorated accessor (each costs bytes). */
        get view() { return this.#view_accessor_storage; }
        set view(value) { this.#view_accessor_storage = value; }
        layer = __runInitializers$1(this, _view_extraInitializers);
        layerFailed = false;
        seenData;
        /** The `selected` or `municipality` value the data has no match for. */
        centreNote;
        municipalityNote;
        moveFocus = false;
        resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => {
            const width = entry?.contentRect.width ?? 0;
            if (width > 0)
                this.patch({ scale: Math.round((width / outlineWidth) * 1000) / 1000 });
        });
        observed = null;
        disconnectedCallback() {
            super.disconnectedCallback();
            this.resize?.disconnect();
            this.observed = null;
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            if (changed.has('counties'))
                this.readCounties();
            const data = this.data.status === 'ready' ? this.data.value : undefined;
            if (!data)
                return;
            const fresh = data !== this.seenData;
            this.seenData = data;
            if (fresh || changed.has('municipality'))
                this.applyMunicipality(data);
            if (fresh || changed.has('selected') || changed.has('municipality')) {
                const id = this.selected;
                this.centreNote = id && !data.centres.some((c) => c.id === id) ? id : undefined;
                if (this.centreNote) {
                    warnOnce(`${TAG$1}:selected:${id}`, `<${TAG$1}>: unknown selected="${id}"; the centres are: ${data.centres.map((c) => c.id).join(', ')}.`);
                }
                const at = data.located.findIndex((c) => c.id === id);
                if (at >= 0)
                    this.patch({ focus: at });
            }
            if (this.view.focus >= data.located.length)
                this.patch({ focus: 0 });
        }
        updated(changed) {
            super.updated(changed);
            const map = this.renderRoot.querySelector('svg.map');
            if (map !== this.observed) {
                this.resize?.disconnect();
                if (map)
                    this.resize?.observe(map);
                this.observed = map;
            }
            if (this.moveFocus) {
                this.moveFocus = false;
                this.renderRoot.querySelector('.marker[tabindex="0"]')?.focus();
            }
            if (changed.get('view')?.active !== this.view.active) {
                this.renderRoot.querySelector('li[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
            }
        }
        patch(change) {
            this.view = { ...this.view, ...change };
        }
        readCounties() {
            this.layer = undefined;
            this.layerFailed = false;
            if (this.counties === undefined || this.counties === null)
                return;
            try {
                this.layer = countyLayer(this.counties);
            }
            catch (error) {
                this.layerFailed = true;
                warnOnce(`${TAG$1}:counties:${String(error)}`, `<${TAG$1}>: the counties layer is not drawn: ${error.message}.`);
            }
        }
        applyMunicipality(data) {
            const value = this.municipality?.trim();
            this.municipalityNote = undefined;
            if (!value)
                return;
            const matches = data.index.lookup(value);
            if (matches.length === 1)
                this.choose(matches[0], false);
            else if (matches.length > 1)
                this.patch({ query: value, answer: this.i18n.text('centreMap', 'finderAmbiguous', matches[0].name) });
            else {
                this.municipalityNote = value;
                warnOnce(`${TAG$1}:municipality:${value}`, `<${TAG$1}>: no municipality has the name or number municipality="${value}".`);
            }
        }
        /** Selects a centre; only a person's choice fires the event (style.md §4). */
        select(id, byUser) {
            const changed = this.selected !== id;
            this.selected = id;
            const at = this.data.value?.located.findIndex((c) => c.id === id) ?? -1;
            if (at >= 0)
                this.patch({ focus: at });
            if (changed && byUser)
                this.dispatchEvent(new UshtCentreSelectEvent(id));
        }
        choose(match, byUser) {
            const i18n = this.i18n;
            const centre = this.data.value?.centres.find((c) => c.id === match.centreId);
            if (byUser)
                this.municipalityNote = undefined;
            let answer = centre ? i18n.text('centreMap', 'finderAnswer', match.label, centre.name) : i18n.text('centreMap', 'unknownCentre', match.centreId);
            if (centre && match.uncertain)
                answer += ` ${i18n.text('centreMap', 'finderUncertain')}`;
            this.patch({ query: match.label, options: [], active: -1, answer });
            if (centre)
                this.select(centre.id, byUser);
        }
        handleInput(event) {
            const query = event.target.value;
            const options = this.data.value?.index.search(query, FINDER_LIMIT) ?? [];
            const answer = query.trim() && !options.length ? this.i18n.text('centreMap', 'finderNoMatch', query.trim()) : '';
            this.patch({ query, options, active: -1, answer });
        }
        handleFinderKey(event) {
            const index = this.data.value?.index;
            const { query, options, active } = this.view;
            if (!index)
                return;
            switch (event.key) {
                case 'ArrowDown': {
                    const list = options.length ? options : index.search(query, FINDER_LIMIT);
                    this.patch({ options: list, active: Math.min(active + 1, list.length - 1) });
                    break;
                }
                case 'ArrowUp':
                    if (!options.length)
                        return;
                    this.patch({ active: Math.max(active - 1, 0) });
                    break;
                case 'Enter': {
                    const exact = index.lookup(query);
                    const pick = options[active] ?? (exact.length ? exact : index.search(query, 1))[0];
                    // Two municipalities share the name (Herøy, Våler): ask which, never guess.
                    if (active < 0 && exact.length > 1) {
                        this.patch({ options: exact, active: 0, answer: this.i18n.text('centreMap', 'finderAmbiguous', exact[0].name) });
                    }
                    else if (pick)
                        this.choose(pick, true);
                    else if (query.trim())
                        this.patch({ answer: this.i18n.text('centreMap', 'finderNoMatch', query.trim()) });
                    else
                        return;
                    break;
                }
                case 'Escape':
                    if (options.length)
                        this.patch({ options: [], active: -1 });
                    else if (query)
                        this.patch({ query: '' });
                    else
                        return;
                    break;
                default:
                    return;
            }
            event.preventDefault();
        }
        handleMapKey(event) {
            const located = this.data.value?.located ?? [];
            let next = this.view.focus;
            switch (event.key) {
                case 'ArrowDown':
                case 'ArrowRight':
                    next = Math.min(next + 1, located.length - 1);
                    break;
                case 'ArrowUp':
                case 'ArrowLeft':
                    next = Math.max(next - 1, 0);
                    break;
                case 'Home':
                    next = 0;
                    break;
                case 'End':
                    next = located.length - 1;
                    break;
                case 'Enter':
                case ' ':
                    if (located[next])
                        this.select(located[next].id, true);
                    break;
                default:
                    return;
            }
            // Keys are ours only while a marker has focus: the page keeps its own scrolling (R9).
            event.preventDefault();
            this.patch({ focus: next });
            this.moveFocus = true;
        }
        skipMap(event) {
            event.preventDefault();
            this.renderRoot.querySelector('#details')?.focus();
        }
        render() {
            const i18n = this.i18n;
            const data = this.data.value;
            if (this.data.status === 'loading')
                return renderLoading(i18n);
            if (this.data.status === 'error' || !data)
                return renderError(i18n, () => this.data.retry());
            if (!data.centres.length)
                return b `<p class="state" role="status">${i18n.t('common', 'empty')}</p>`;
            return b `<div class="root" lang=${this.locale}>
      ${this.centreNote ? b `<p class="note" part="note">${i18n.t('centreMap', 'unknownCentre', this.centreNote)}</p>` : A}
      ${this.municipalityNote ? b `<p class="note" part="note">${i18n.t('centreMap', 'unknownMunicipality', this.municipalityNote)}</p>` : A}
      ${renderRejectedNote(i18n, data.rejected)}
      ${this.renderFinder()}
      <div class="layout">
        ${this.renderList(data)}
        <div class="map-column">${this.renderMap(data)}${this.renderDetails(data)}</div>
      </div>
    </div>`;
        }
        renderFinder() {
            const i18n = this.i18n;
            const { query, options, active, answer } = this.view;
            const current = options[active];
            return b `<div class="finder" part="finder">
      <label for="finder">${i18n.t('centreMap', 'finderLabel')}</label>
      <p class="hint" id="finder-hint">${i18n.t('centreMap', 'finderHint')}</p>
      <div class="combobox">
        <input id="finder" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-controls="finder-options" aria-expanded=${options.length ? 'true' : 'false'}
          aria-activedescendant=${current ? `municipality-${current.number}` : A} aria-describedby="finder-hint"
          .value=${query} @input=${this.handleInput} @keydown=${this.handleFinderKey}
          @blur=${() => this.patch({ options: [], active: -1 })}>
        <ul id="finder-options" role="listbox" aria-label=${i18n.text('centreMap', 'finderOptions')} ?hidden=${!options.length}>
          ${options.map((m, i) => b `<li id="municipality-${m.number}" role="option" aria-selected=${i === active ? 'true' : 'false'}
            @mousedown=${(e) => e.preventDefault()} @click=${() => this.choose(m, true)}>${m.label} <span class="number">${m.number}</span></li>`)}
        </ul>
      </div>
      <p class="answer" part="answer" role="status">${answer}</p>
    </div>`;
        }
        renderList(data) {
            const i18n = this.i18n;
            return b `<section class="list" aria-labelledby="list-heading">
      <div class="heading" role="heading" aria-level=${this.headingLevel} id="list-heading">${i18n.countT('centreMap', 'centresHeading', data.centres.length)}</div>
      <ul part="list">
        ${data.centres.map((c) => {
                const selected = c.id === this.selected;
                return b `<li part="item" class="item" ?data-selected=${selected}>
            <button type="button" class="centre" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(c.id, true)}>${c.name}</button>
            ${this.renderFacts(c, data)}
          </li>`;
            })}
      </ul>
    </section>`;
        }
        renderFacts(c, data) {
            const i18n = this.i18n;
            const unconfirmed = i18n.t('common', 'unconfirmed');
            const host = c.host.name
                ? b `${c.host.name}${c.uncertain ? b ` (${unconfirmed})` : A}`
                : b `${unconfirmed}${c.host.candidate ? b ` (${i18n.t('centreMap', 'hostCandidate', c.host.candidate.name)})` : A}`;
            const served = data.served.get(c.id)?.length ?? 0;
            const satellites = c.satellites.filter((s) => s.current !== false);
            const row = (label, value) => b `<div><dt>${label}:</dt><dd>${value}</dd></div>`;
            return b `<dl class="facts">
        ${row(i18n.t('centreMap', 'host'), host)}
        ${row(i18n.t('centreMap', 'area'), b `${c.area}${served ? ` (${i18n.count('centreMap', 'municipalityCount', served)})` : A}`)}
        ${satellites.length
                ? row(i18n.t('centreMap', 'satellites'), satellites.map((s, i) => b `${i ? ', ' : A}${s.name}${s.current === null ? b ` (${unconfirmed})` : A}`))
                : A}
        ${c.websites.length
                ? row(i18n.t('centreMap', 'websites'), c.websites.map((w, i) => b `${i ? ', ' : A}<a href=${w.url}>${hostLabel(w.url)}</a>`))
                : A}
        ${c.contacts?.length
                ? row(i18n.t('centreMap', 'contacts'), c.contacts.map((p) => b `<span class="contact">${[p.name, p.role].filter(Boolean).join(', ')}
              ${p.email ? b `<a href="mailto:${p.email}">${p.email}</a>` : A}
              ${p.phone ? b `<a href="tel:${p.phone.replace(/ /g, '')}">${p.phone}</a>` : A}</span>`))
                : A}
      </dl>
      ${c.location ? A : b `<p class="off-map">${i18n.t('centreMap', 'notOnMap')}</p>`}`;
        }
        renderMap(data) {
            const i18n = this.i18n;
            const { scale } = this.view;
            const located = data.located;
            const markers = placeMarkers(located.map((c) => ({ id: c.id, lon: c.location.lon, lat: c.location.lat })), (TARGET + 4) / scale);
            const px = (n) => n / scale;
            const selected = data.centres.find((c) => c.id === this.selected);
            const layer = this.layer;
            const land = w `<path class="land" d=${outlinePath}></path>
      ${layer?.shapes.map((s) => w `<path class="county" ?data-current=${s.number === selected?.county.number} d=${s.d}></path>`)}`;
            const label = markers.find((m) => m.id === selected?.id);
            const attribution = [i18n.text('centreMap', 'mapAttribution'), layer?.attribution, layer?.sample ? i18n.text('common', 'sampleData') : undefined];
            return b `<a class="skip" href="#details" @click=${this.skipMap}>${i18n.t('centreMap', 'skipMap')}</a>
      <svg class="map" part="map" viewBox="0 0 ${outlineWidth} ${outlineHeight}" role="listbox"
        aria-label=${i18n.text('centreMap', 'mapLabel')} aria-describedby="map-hint" @keydown=${this.handleMapKey}>
        <g aria-hidden="true">
          ${land}
          <rect class="inset-region" x=${insetRegion.x} y=${insetRegion.y} width=${insetRegion.width} height=${insetRegion.height}></rect>
          <rect class="inset" x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}></rect>
          <svg x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}
            viewBox="${insetRegion.x} ${insetRegion.y} ${insetRegion.width} ${insetRegion.height}">${land}</svg>
          <text class="inset-label" x=${insetFrame.x + px(6)} y=${insetFrame.y + px(18)} font-size=${px(14)}>${i18n.text('centreMap', 'inset')}</text>
          ${markers.map((m) => (Math.hypot(m.x - m.ax, m.y - m.ay) > px(3)
                ? w `<line class="leader" x1=${m.ax} y1=${m.ay} x2=${m.x} y2=${m.y}></line><circle class="anchor" cx=${m.ax} cy=${m.ay} r=${px(2.5)}></circle>`
                : A))}
        </g>
        ${markers.map((m, i) => this.renderMarker(located[i], m, i))}
        ${label && selected ? this.renderLabel(selected, label) : A}
      </svg>
      <p class="hint" id="map-hint">${i18n.t('centreMap', 'mapHint')}</p>
      <p class="attribution">${attribution.filter(Boolean).join(' · ')}</p>
      ${this.layerFailed ? b `<p class="note" part="note">${i18n.t('centreMap', 'countiesFailed')}</p>` : A}`;
        }
        renderMarker(centre, m, index) {
            const selected = centre.id === this.selected;
            const r = (selected ? SELECTED : DOT) / this.view.scale;
            const name = centre.host.name ? `${centre.name}, ${centre.host.name}` : centre.name;
            // Selected: a larger diamond with a dark outline; others: a dot. Shape and outline, not colour alone (WCAG 1.4.1).
            return w `<g class="marker" role="option" tabindex=${index === this.view.focus ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
      ?data-selected=${selected} @click=${() => this.select(centre.id, true)}>
      <title>${name}</title>
      <circle class="hit" cx=${m.x} cy=${m.y} r=${TARGET / 2 / this.view.scale}></circle>
      ${selected
                ? w `<path class="dot" d="M${m.x} ${m.y - r * 1.3}l${r * 1.3} ${r * 1.3}l${-r * 1.3} ${r * 1.3}l${-r * 1.3} ${-r * 1.3}z"></path>`
                : w `<circle class="dot" cx=${m.x} cy=${m.y} r=${r}></circle>`}
      <circle class="ring" cx=${m.x} cy=${m.y} r=${(TARGET / 2 + 2) / this.view.scale}></circle>
    </g>`;
        }
        renderLabel(centre, m) {
            const size = 15 / this.view.scale;
            const gap = (SELECTED * 1.3 + 6) / this.view.scale;
            // Labels of markers on the eastern half would run off the map: put them on the marker's left.
            const end = m.x > outlineWidth / 2;
            return w `<text class="label" aria-hidden="true" x=${end ? m.x - gap : m.x + gap} y=${m.y + size / 3} font-size=${size}
      text-anchor=${end ? 'end' : 'start'}>${centre.name}</text>`;
        }
        renderDetails(data) {
            const i18n = this.i18n;
            const centre = data.centres.find((c) => c.id === this.selected);
            const served = centre ? data.served.get(centre.id) ?? [] : [];
            return b `<section class="details" id="details" part="details" tabindex="-1" aria-label=${i18n.text('centreMap', 'selectedLabel')}>
      ${centre
                ? b `<div class="heading" role="heading" aria-level=${this.headingLevel}>${centre.name}</div>
          ${this.renderFacts(centre, data)}
          ${centre.serviceArea ? b `<p>${centre.serviceArea.description}</p>` : A}
          ${served.length
                    ? b `<details><summary>${i18n.t('centreMap', 'servedMunicipalities')} (${i18n.formatNumber(served.length)})</summary>
                <p>${served.map((m) => m.label).join(', ')}</p></details>`
                    : A}`
                : b `<p>${i18n.t('centreMap', 'noneSelected')}</p>`}
    </section>`;
        }
    };
})();

defineOnce('usht-centre-map', UshtCentreMap);

// Strings of <usht-application-checklist>. nb is the reference: nn and en must match its type; se
// may be partial. The rules' own wording comes from the scheme data (nb, with its source) and is
// never translated here. Task names are sentence case and start with a verb (GOV.UK task list);
// statuses are adjectives.
const nb = {
    title: (year) => `Søknad om tilskudd for ${year}`,
    summary: (done, total) => `${done} av ${total} oppgaver fullført`,
    'group-before-you-apply': 'Før du søker',
    'group-application': 'Søknaden',
    'group-after-decision': 'Etter vedtak',
    'task-altinn-role': 'Få delegert rollen i Altinn',
    'task-read-rules': 'Les regelverket for tilskuddet',
    'task-action-plan': (year) => `Lag handlingsplan for ${year} som dekker de nasjonale satsingsområdene`,
    'task-project-description': 'Skriv prosjektbeskrivelsen',
    'task-budget': 'Sett opp budsjettet med egenfinansiering',
    'task-unused-funds': 'Svar på om dere har ubrukte midler fra i fjor',
    'task-unused-funds-continue': 'Før opp de ubrukte midlene som videreføring',
    'task-unused-funds-transfer': 'Søk om overføring av de ubrukte midlene',
    'task-earmarked-leve-hele-livet': 'Søk om øremerkede midler til Leve hele livet',
    'task-submit': 'Send søknaden i Altinn',
    'task-reporting': 'Rapporter slik vedtaksbrevet krever',
    'status-not-started': 'Ikke påbegynt',
    'status-in-progress': 'Pågår',
    'status-completed': 'Fullført',
    'status-not-applicable': 'Ikke aktuelt',
    'status-cannot-start-yet': 'Kan ikke starte ennå',
    'status-problem': 'Det er et problem',
    progressLegend: 'Hvor langt har du kommet med denne oppgaven?',
    hasUnusedFunds: (year) => `Har dere ubrukte midler fra tilskuddet for ${year}?`,
    applyingAgain: (year) => `Søker dere om nytt tilskudd for ${year}?`,
    yes: 'Ja',
    no: 'Nei',
    readSource: 'Les hos kilden:',
    'field-newGrant': 'Nytt tilskudd dere søker om',
    'field-unusedFunds': 'Ubrukte midler fra i fjor',
    'field-ownFunding': 'Egenfinansiering',
    'field-hostCoFunding': 'Vertskommunens medfinansiering',
    'field-earmarkedLeveHeleLivet': 'Øremerkede midler til Leve hele livet',
    'field-caseNumber': 'Saksnummer for fjorårets tilskudd',
    amountHint: 'I kroner, for eksempel 250 000',
    earmarkedHint: (max) => `I kroner, inntil ${max}`,
    errorPrefix: 'Feil:',
    'error-required': (field) => `Fyll inn «${field}»`,
    'error-not-a-number': (field) => `«${field}» må være et beløp i kroner, for eksempel 250 000`,
    'error-negative': (field) => `«${field}» kan ikke være et negativt beløp`,
    'error-over-limit': (field, max) => `«${field}» kan ikke være mer enn ${max}`,
    'error-case-number-format': (field) => `«${field}» har ikke riktig form`,
    'error-too-long': (field) => `«${field}» er for langt`,
    totalWithUnused: 'Totalt søknadsbeløp (ubrukte midler + nytt tilskudd)',
    total: 'Totalt søknadsbeløp',
    totalPending: 'regnes ut når beløpene er fylt inn riktig',
    remember: 'Husk fremdriften i denne nettleseren',
    rememberHint: 'Ingenting lagres før du krysser av. Fremdriften lagres bare på denne enheten og sendes ikke til noen.',
    storedNote: (year) => `Fremdriften for ${year} lagres i denne nettleseren.`,
    forget: 'Glem fremdriften',
    forgotten: 'Fremdriften er slettet fra nettleseren. Det du ser nå, forsvinner når du lukker siden.',
    notStoredNote: 'Fremdriften lagres ikke. Last den ned som fil hvis du vil fortsette senere.',
    otherTabLoaded: 'Nyere fremdrift fra en annen fane er hentet inn.',
    otherTabForgot: 'Fremdriften ble slettet i en annen fane og lagres ikke lenger.',
    storageRecovered: 'Deler av den lagrede fremdriften var skadet. Det som var i orden, er hentet fram.',
    storageReset: 'Den lagrede fremdriften kunne ikke leses og er nullstilt.',
    storageUnavailable: 'Nettleseren tillater ikke lagring. Last ned fremdriften som fil for å ta vare på den.',
    toolsHeading: 'Ta med fremdriften',
    export: 'Last ned fremdriften',
    import: 'Hent fremdrift fra fil',
    print: 'Skriv ut',
    importDone: 'Fremdriften fra filen er hentet inn.',
    importInvalid: 'Filen kan ikke brukes: den er ikke en gyldig fremdriftsfil for denne sjekklisten. Fremdriften din er ikke endret.',
    importWrongYear: (fileYear) => `Filen gjelder søknaden for ${fileYear}. Fremdriften din er ikke endret.`,
    importWrongCentre: 'Filen gjelder et annet utviklingssenter. Fremdriften din er ikke endret.',
    unknownYear: (year, years) => `Sjekklisten har ikke reglene for tilskuddet for ${year}. Den finnes for: ${years}.`,
    noSchemes: 'Sjekklisten har ikke reglene for noe tilskuddsår.',
    loading: 'Henter reglene for tilskuddet …',
    loadFailed: 'Klarte ikke å hente reglene for tilskuddet.',
};
const nn = {
    title: (year) => `Søknad om tilskot for ${year}`,
    summary: (done, total) => `${done} av ${total} oppgåver fullførte`,
    'group-before-you-apply': 'Før du søkjer',
    'group-application': 'Søknaden',
    'group-after-decision': 'Etter vedtak',
    'task-altinn-role': 'Få delegert rolla i Altinn',
    'task-read-rules': 'Les regelverket for tilskotet',
    'task-action-plan': (year) => `Lag handlingsplan for ${year} som dekkjer dei nasjonale satsingsområda`,
    'task-project-description': 'Skriv prosjektskildringa',
    'task-budget': 'Set opp budsjettet med eigenfinansiering',
    'task-unused-funds': 'Svar på om de har ubrukte midlar frå i fjor',
    'task-unused-funds-continue': 'Før opp dei ubrukte midlane som vidareføring',
    'task-unused-funds-transfer': 'Søk om overføring av dei ubrukte midlane',
    'task-earmarked-leve-hele-livet': 'Søk om øyremerkte midlar til Leve heile livet',
    'task-submit': 'Send søknaden i Altinn',
    'task-reporting': 'Rapporter slik vedtaksbrevet krev',
    'status-not-started': 'Ikkje påbyrja',
    'status-in-progress': 'Pågår',
    'status-completed': 'Fullført',
    'status-not-applicable': 'Ikkje aktuelt',
    'status-cannot-start-yet': 'Kan ikkje starte enno',
    'status-problem': 'Det er eit problem',
    progressLegend: 'Kor langt har du kome med denne oppgåva?',
    hasUnusedFunds: (year) => `Har de ubrukte midlar frå tilskotet for ${year}?`,
    applyingAgain: (year) => `Søkjer de om nytt tilskot for ${year}?`,
    yes: 'Ja',
    no: 'Nei',
    readSource: 'Les hos kjelda:',
    'field-newGrant': 'Nytt tilskot de søkjer om',
    'field-unusedFunds': 'Ubrukte midlar frå i fjor',
    'field-ownFunding': 'Eigenfinansiering',
    'field-hostCoFunding': 'Medfinansieringa frå vertskommunen',
    'field-earmarkedLeveHeleLivet': 'Øyremerkte midlar til Leve heile livet',
    'field-caseNumber': 'Saksnummer for tilskotet i fjor',
    amountHint: 'I kroner, til dømes 250 000',
    earmarkedHint: (max) => `I kroner, inntil ${max}`,
    errorPrefix: 'Feil:',
    'error-required': (field) => `Fyll inn «${field}»`,
    'error-not-a-number': (field) => `«${field}» må vere eit beløp i kroner, til dømes 250 000`,
    'error-negative': (field) => `«${field}» kan ikkje vere eit negativt beløp`,
    'error-over-limit': (field, max) => `«${field}» kan ikkje vere meir enn ${max}`,
    'error-case-number-format': (field) => `«${field}» har ikkje rett form`,
    'error-too-long': (field) => `«${field}» er for langt`,
    totalWithUnused: 'Samla søknadsbeløp (ubrukte midlar + nytt tilskot)',
    total: 'Samla søknadsbeløp',
    totalPending: 'blir rekna ut når beløpa er fylte inn rett',
    remember: 'Hugs framdrifta i denne nettlesaren',
    rememberHint: 'Ingenting blir lagra før du kryssar av. Framdrifta blir berre lagra på denne eininga og blir ikkje send til nokon.',
    storedNote: (year) => `Framdrifta for ${year} blir lagra i denne nettlesaren.`,
    forget: 'Gløym framdrifta',
    forgotten: 'Framdrifta er sletta frå nettlesaren. Det du ser no, forsvinn når du lukkar sida.',
    notStoredNote: 'Framdrifta blir ikkje lagra. Last henne ned som fil viss du vil halde fram seinare.',
    otherTabLoaded: 'Nyare framdrift frå ei anna fane er henta inn.',
    otherTabForgot: 'Framdrifta vart sletta i ei anna fane og blir ikkje lagra lenger.',
    storageRecovered: 'Delar av den lagra framdrifta var skadde. Det som var i orden, er henta fram.',
    storageReset: 'Den lagra framdrifta kunne ikkje lesast og er nullstilt.',
    storageUnavailable: 'Nettlesaren tillèt ikkje lagring. Last ned framdrifta som fil for å ta vare på henne.',
    toolsHeading: 'Ta med framdrifta',
    export: 'Last ned framdrifta',
    import: 'Hent framdrift frå fil',
    print: 'Skriv ut',
    importDone: 'Framdrifta frå fila er henta inn.',
    importInvalid: 'Fila kan ikkje brukast: ho er ikkje ei gyldig framdriftsfil for denne sjekklista. Framdrifta di er ikkje endra.',
    importWrongYear: (fileYear) => `Fila gjeld søknaden for ${fileYear}. Framdrifta di er ikkje endra.`,
    importWrongCentre: 'Fila gjeld eit anna utviklingssenter. Framdrifta di er ikkje endra.',
    unknownYear: (year, years) => `Sjekklista har ikkje reglane for tilskotet for ${year}. Ho finst for: ${years}.`,
    noSchemes: 'Sjekklista har ikkje reglane for noko tilskotsår.',
    loading: 'Hentar reglane for tilskotet …',
    loadFailed: 'Klarte ikkje å hente reglane for tilskotet.',
};
const en = {
    title: (year) => `Grant application for ${year}`,
    summary: (done, total) => `${done} of ${total} tasks completed`,
    'group-before-you-apply': 'Before you apply',
    'group-application': 'The application',
    'group-after-decision': 'After the decision',
    'task-altinn-role': 'Get the role delegated in Altinn',
    'task-read-rules': 'Read the rules of the grant',
    'task-action-plan': (year) => `Write the action plan for ${year}, covering the national priority areas`,
    'task-project-description': 'Write the project description',
    'task-budget': 'Set up the budget with your own funding',
    'task-unused-funds': 'Say whether you have unused funds from last year',
    'task-unused-funds-continue': 'Carry the unused funds on ("Videreføring")',
    'task-unused-funds-transfer': 'Apply to transfer the unused funds',
    'task-earmarked-leve-hele-livet': 'Apply for earmarked Leve hele livet funds',
    'task-submit': 'Submit the application in Altinn',
    'task-reporting': 'Report as the decision letter requires',
    'status-not-started': 'Not started',
    'status-in-progress': 'In progress',
    'status-completed': 'Completed',
    'status-not-applicable': 'Not applicable',
    'status-cannot-start-yet': 'Cannot start yet',
    'status-problem': 'There is a problem',
    progressLegend: 'How far have you got with this task?',
    hasUnusedFunds: (year) => `Do you have unused funds from the ${year} grant?`,
    applyingAgain: (year) => `Are you applying for a new grant for ${year}?`,
    yes: 'Yes',
    no: 'No',
    readSource: 'Read at the source:',
    'field-newGrant': 'New grant you are applying for',
    'field-unusedFunds': 'Unused funds from last year',
    'field-ownFunding': 'Own funding',
    'field-hostCoFunding': 'Co-funding from the host municipality',
    'field-earmarkedLeveHeleLivet': 'Earmarked Leve hele livet funds',
    'field-caseNumber': 'Case number of last year’s grant',
    amountHint: 'In Norwegian kroner, for example 250 000',
    earmarkedHint: (max) => `In Norwegian kroner, at most ${max}`,
    errorPrefix: 'Error:',
    'error-required': (field) => `Enter “${field}”`,
    'error-not-a-number': (field) => `“${field}” must be an amount in kroner, for example 250 000`,
    'error-negative': (field) => `“${field}” cannot be a negative amount`,
    'error-over-limit': (field, max) => `“${field}” cannot be more than ${max}`,
    'error-case-number-format': (field) => `“${field}” is not in the right form`,
    'error-too-long': (field) => `“${field}” is too long`,
    totalWithUnused: 'Total applied for (unused funds + new grant)',
    total: 'Total applied for',
    totalPending: 'worked out once the amounts are filled in correctly',
    remember: 'Remember my progress in this browser',
    rememberHint: 'Nothing is stored until you tick this. Progress is kept on this device only and is not sent to anyone.',
    storedNote: (year) => `Your progress for ${year} is kept in this browser.`,
    forget: 'Forget my progress',
    forgotten: 'Your progress has been deleted from this browser. What you see now goes when you close the page.',
    notStoredNote: 'Your progress is not stored. Download it as a file if you want to continue later.',
    otherTabLoaded: 'Newer progress from another tab has been loaded.',
    otherTabForgot: 'Your progress was deleted in another tab and is no longer kept.',
    storageRecovered: 'Parts of the stored progress were damaged. Everything that was intact has been restored.',
    storageReset: 'The stored progress could not be read and has been reset.',
    storageUnavailable: 'This browser does not allow storage. Download your progress as a file to keep it.',
    toolsHeading: 'Take your progress with you',
    export: 'Download progress',
    import: 'Load progress from a file',
    print: 'Print',
    importDone: 'The progress from the file has been loaded.',
    importInvalid: 'The file cannot be used: it is not a valid progress file for this checklist. Your progress has not changed.',
    importWrongYear: (fileYear) => `The file is for the ${fileYear} application. Your progress has not changed.`,
    importWrongCentre: 'The file is for another development centre. Your progress has not changed.',
    unknownYear: (year, years) => `The checklist does not have the grant rules for ${year}. It has them for: ${years}.`,
    noSchemes: 'The checklist does not have the grant rules for any year.',
    loading: 'Loading the grant rules …',
    loadFailed: 'Could not load the grant rules.',
};
// Northern Sami: only words we are sure of; the rest falls back to nb, marked lang="nb".
const se = {
    yes: 'Juo',
    no: 'Ii',
};
const applicationChecklist = { nb, nn, en, se };

// GOV.UK task list look: the whole row is the target, "Completed" is plain text so the remaining
// work draws the eye, "Cannot start yet" is grey and not a link, only "There is a problem" is red.
const checklistStyles = i$5 `
  .checklist {
    max-inline-size: var(--usht-checklist-max-width, 48rem);
    background: var(--_usht-surface);
    color: var(--_usht-text);
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: 0;
  }
  .title {
    font-size: 1.5rem;
  }
  .scheme,
  .hint,
  .source {
    color: var(--_usht-text-subtle);
  }
  .scheme {
    margin: 0.25rem 0 0;
  }
  .summary {
    font-weight: 700;
    margin: 1rem 0;
  }
  .storage,
  .notice:not(:empty) {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 0.3rem solid var(--_usht-accent);
    background: var(--_usht-surface-tinted);
  }
  .notice p,
  .storage p,
  .stored p {
    margin: 0.25rem 0;
  }
  .stored {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .group {
    margin-block-start: 1.5rem;
  }
  .group h3 {
    font-size: 1.1875rem;
    margin-block-end: 0.5rem;
  }
  .tasks {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_usht-border-subtle);
  }
  .task {
    border-block-end: 1px solid var(--_usht-border-subtle);
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: 1rem;
    padding: 0.75rem 0.25rem;
  }
  .row:has(button.name:hover) {
    background: var(--_usht-surface-tinted);
  }
  .name {
    grid-column: 1;
    font: inherit;
    font-weight: 400;
    text-align: start;
    color: var(--_usht-text);
  }
  button.name {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_usht-accent-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The whole row is the target (GOV.UK), without wrapping the hint inside the button. */
  button.name::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  button.name[aria-expanded='true'] {
    font-weight: 700;
  }
  .row .hint {
    grid-column: 1;
    margin-block-start: 0.25rem;
    font-size: 0.9375rem;
  }
  .status {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: start;
    text-align: end;
  }
  .tag {
    display: inline-block;
    font-weight: 400;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_usht-radius);
    background: var(--_usht-accent-surface);
    color: var(--_usht-accent-text);
    white-space: nowrap;
  }
  [data-status='completed'] .tag {
    padding-inline: 0;
    background: none;
    color: var(--_usht-text);
  }
  [data-status='cannot-start-yet'] .tag,
  [data-status='not-applicable'] .tag {
    padding-inline: 0;
    background: none;
    color: var(--_usht-text-subtle);
  }
  [data-status='problem'] .tag {
    background: var(--_usht-danger-surface);
    color: var(--_usht-danger-text);
    font-weight: 700;
  }
  .panel {
    padding: 0 0.25rem 1rem;
  }
  .panel > .hint {
    margin-block: 0 0.75rem;
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .radio,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  .inline legend {
    inline-size: 100%;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_usht-accent);
  }
  .field {
    margin-block-end: 1rem;
  }
  .field[data-invalid] {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.3rem solid var(--_usht-danger-text);
  }
  .field label {
    display: block;
    font-weight: 700;
  }
  .field .hint {
    margin: 0.125rem 0 0.25rem;
  }
  .error-message {
    margin: 0.25rem 0;
    font-weight: 700;
    color: var(--_usht-danger-text);
  }
  .input {
    box-sizing: border-box;
    font: inherit;
    inline-size: 100%;
    max-inline-size: 20rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_usht-border);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-text);
  }
  .amount {
    max-inline-size: 12rem;
    font-variant-numeric: tabular-nums;
  }
  .field[data-invalid] .input {
    border-color: var(--_usht-danger-text);
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    background: var(--_usht-surface-tinted);
  }
  a {
    color: var(--_usht-accent-text);
  }
  .tools {
    margin-block-start: 2rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_usht-accent);
    border-radius: var(--_usht-radius);
    background: var(--_usht-surface);
    color: var(--_usht-accent-text);
    cursor: pointer;
  }
  .state[data-kind='warning'] {
    border-color: var(--_usht-warning-text);
    background: var(--_usht-warning-surface);
    color: var(--_usht-text);
  }

  @media (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
    .status {
      grid-column: 1;
      grid-row: auto;
      text-align: start;
      margin-block-start: 0.25rem;
    }
  }

  @media (forced-colors: active) {
    .tag {
      border: 1px solid CanvasText;
    }
    [data-status='completed'] .tag {
      border: 0;
    }
  }

  /* The print view: every task with its answers and amounts, without the controls. */
  @media print {
    .checklist {
      max-inline-size: none;
    }
    .tools,
    .storage,
    .notice,
    .choices:not(.inline),
    button.name::after {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
    button.name {
      color: inherit;
      text-decoration: none;
      font-weight: 700;
    }
    .task {
      break-inside: avoid;
    }
    .tag {
      background: none;
      padding-inline: 0;
      font-weight: 700;
    }
  }
`;

/**
 * The user changed the checklist: a task's progress, an answer or an amount (`taskId` says
 * which task), or loaded progress from a file (no `taskId`). Fired on user action only, never
 * when a property is set or another tab's progress is loaded.
 */
class UshtChecklistChangeEvent extends Event {
    static eventName = 'usht-checklist-change';
    detail;
    constructor(detail = {}) {
        super(UshtChecklistChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = detail;
    }
}

var __esDecorate = (undefined && undefined.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers = (undefined && undefined.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
const TAG = 'usht-application-checklist';
/** Where progress may be kept: ask the user first (default), the host's own policy covers it, or never. */
const checklistStorageModes = ['ask', 'local', 'none'];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const progressChoices = ['not-started', 'in-progress', 'completed'];
const isNewer = (a, b) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
/** Later than both the clock and the previous stamp, so two quick changes never tie. */
const nextStamp = (previous) => new Date(Math.max(Date.now(), Date.parse(previous) + 1)).toISOString();
/**
 * The yearly grant application (kap. 0761 post 67) as a GOV.UK-style task list. The tasks, their
 * order and their hints come from the scheme's rules in the SDK data; the user marks progress,
 * answers the unused-funds question and enters the amounts, which are checked as they are entered.
 *
 * Nothing is written to the visitor's device until the user ticks "Husk fremdriften i denne
 * nettleseren" (ekomloven 2025: storage that is not strictly necessary needs consent). Hosts whose
 * privacy statement covers it may set `storage="local"`; `storage="none"` never stores. Progress
 * can always be downloaded as a JSON file, loaded back and printed.
 *
 * Light-DOM fallback (R18): put a link to the grant page inside the tag; it shows until the
 * element loads and whenever JavaScript does not run.
 *
 * @summary The grant application as a task list that remembers progress (with consent).
 * @tagname usht-application-checklist
 * @fires usht-checklist-change - The user changed a task, an answer or an amount, or loaded a file. `detail: {taskId?, status?}`.
 * @csspart heading - The title.
 * @csspart summary - The "4 av 9 oppgaver fullført" line.
 * @csspart list - Each group's task list.
 * @csspart item - One task row.
 * @csspart status - A task's status.
 * @csspart state - Loading, failure and unknown-year messages.
 * @csspart retry - The "try again" button.
 * @cssprop [--usht-checklist-max-width=48rem] - Widest the checklist grows.
 */
let UshtApplicationChecklist = (() => {
    let _classSuper = UshtElement;
    let _year_decorators;
    let _year_initializers = [];
    let _year_extraInitializers = [];
    let _centre_decorators;
    let _centre_initializers = [];
    let _centre_extraInitializers = [];
    let _storage_decorators;
    let _storage_initializers = [];
    let _storage_extraInitializers = [];
    let _initialProgress_decorators;
    let _initialProgress_initializers = [];
    let _initialProgress_extraInitializers = [];
    let _progress_decorators;
    let _progress_initializers = [];
    let _progress_extraInitializers = [];
    let _consented_decorators;
    let _consented_initializers = [];
    let _consented_extraInitializers = [];
    let _open_decorators;
    let _open_initializers = [];
    let _open_extraInitializers = [];
    let _notice_decorators;
    let _notice_initializers = [];
    let _notice_extraInitializers = [];
    let _importError_decorators;
    let _importError_initializers = [];
    let _importError_extraInitializers = [];
    return class UshtApplicationChecklist extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _year_decorators = [n$1({ converter: { fromAttribute: (value) => (value?.trim() ? Number(value) : undefined) } })];
            _centre_decorators = [n$1()];
            _storage_decorators = [n$1()];
            _initialProgress_decorators = [n$1({ attribute: false })];
            _progress_decorators = [r()];
            _consented_decorators = [r()];
            _open_decorators = [r()];
            _notice_decorators = [r()];
            _importError_decorators = [r()];
            __esDecorate(this, null, _year_decorators, { kind: "accessor", name: "year", static: false, private: false, access: { has: obj => "year" in obj, get: obj => obj.year, set: (obj, value) => { obj.year = value; } }, metadata: _metadata }, _year_initializers, _year_extraInitializers);
            __esDecorate(this, null, _centre_decorators, { kind: "accessor", name: "centre", static: false, private: false, access: { has: obj => "centre" in obj, get: obj => obj.centre, set: (obj, value) => { obj.centre = value; } }, metadata: _metadata }, _centre_initializers, _centre_extraInitializers);
            __esDecorate(this, null, _storage_decorators, { kind: "accessor", name: "storage", static: false, private: false, access: { has: obj => "storage" in obj, get: obj => obj.storage, set: (obj, value) => { obj.storage = value; } }, metadata: _metadata }, _storage_initializers, _storage_extraInitializers);
            __esDecorate(this, null, _initialProgress_decorators, { kind: "accessor", name: "initialProgress", static: false, private: false, access: { has: obj => "initialProgress" in obj, get: obj => obj.initialProgress, set: (obj, value) => { obj.initialProgress = value; } }, metadata: _metadata }, _initialProgress_initializers, _initialProgress_extraInitializers);
            __esDecorate(this, null, _progress_decorators, { kind: "accessor", name: "progress", static: false, private: false, access: { has: obj => "progress" in obj, get: obj => obj.progress, set: (obj, value) => { obj.progress = value; } }, metadata: _metadata }, _progress_initializers, _progress_extraInitializers);
            __esDecorate(this, null, _consented_decorators, { kind: "accessor", name: "consented", static: false, private: false, access: { has: obj => "consented" in obj, get: obj => obj.consented, set: (obj, value) => { obj.consented = value; } }, metadata: _metadata }, _consented_initializers, _consented_extraInitializers);
            __esDecorate(this, null, _open_decorators, { kind: "accessor", name: "open", static: false, private: false, access: { has: obj => "open" in obj, get: obj => obj.open, set: (obj, value) => { obj.open = value; } }, metadata: _metadata }, _open_initializers, _open_extraInitializers);
            __esDecorate(this, null, _notice_decorators, { kind: "accessor", name: "notice", static: false, private: false, access: { has: obj => "notice" in obj, get: obj => obj.notice, set: (obj, value) => { obj.notice = value; } }, metadata: _metadata }, _notice_initializers, _notice_extraInitializers);
            __esDecorate(this, null, _importError_decorators, { kind: "accessor", name: "importError", static: false, private: false, access: { has: obj => "importError" in obj, get: obj => obj.importError, set: (obj, value) => { obj.importError = value; } }, metadata: _metadata }, _importError_initializers, _importError_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens, stateStyles, checklistStyles];
        static sections = { common, applicationChecklist };
        #year_accessor_storage = __runInitializers(this, _year_initializers, void 0);
        /** The scheme year (tilskuddsår); defaults to the latest year the data has a scheme for. */
        get year() { return this.#year_accessor_storage; }
        set year(value) { this.#year_accessor_storage = value; }
        #centre_accessor_storage = (__runInitializers(this, _year_extraInitializers), __runInitializers(this, _centre_initializers, void 0));
        /** The centre's id: progress is kept and exported per year and centre. */
        get centre() { return this.#centre_accessor_storage; }
        set centre(value) { this.#centre_accessor_storage = value; }
        #storage_accessor_storage = (__runInitializers(this, _centre_extraInitializers), __runInitializers(this, _storage_initializers, void 0));
        /** `ask` (default): store only after the user agrees; `local`: store (the host's privacy statement covers it); `none`: never store. */
        get storage() { return this.#storage_accessor_storage; }
        set storage(value) { this.#storage_accessor_storage = value; }
        #initialProgress_accessor_storage = (__runInitializers(this, _storage_extraInitializers), __runInitializers(this, _initialProgress_initializers, void 0));
        /**
         * Progress to start from (a `ChecklistState`, e.g. kept by the host on its own server), checked
         * with the SDK schema; a newer copy stored in the browser wins. Read the current progress with
         * `exportProgress()`. Setting it never fires an event.
         */
        get initialProgress() { return this.#initialProgress_accessor_storage; }
        set initialProgress(value) { this.#initialProgress_accessor_storage = value; }
        #progress_accessor_storage = (__runInitializers(this, _initialProgress_extraInitializers), __runInitializers(this, _progress_initializers, void 0));
        get progress() { return this.#progress_accessor_storage; }
        set progress(value) { this.#progress_accessor_storage = value; }
        #consented_accessor_storage = (__runInitializers(this, _progress_extraInitializers), __runInitializers(this, _consented_initializers, false));
        get consented() { return this.#consented_accessor_storage; }
        set consented(value) { this.#consented_accessor_storage = value; }
        #open_accessor_storage = (__runInitializers(this, _consented_extraInitializers), __runInitializers(this, _open_initializers, new Set()));
        get open() { return this.#open_accessor_storage; }
        set open(value) { this.#open_accessor_storage = value; }
        #notice_accessor_storage = (__runInitializers(this, _open_extraInitializers), __runInitializers(this, _notice_initializers, void 0));
        get notice() { return this.#notice_accessor_storage; }
        set notice(value) { this.#notice_accessor_storage = value; }
        #importError_accessor_storage = (__runInitializers(this, _notice_extraInitializers), __runInitializers(this, _importError_initializers, void 0));
        get importError() { return this.#importError_accessor_storage; }
        set importError(value) { this.#importError_accessor_storage = value; }
        data = (__runInitializers(this, _importError_extraInitializers), new DataController(this, async (client, signal) => {
            const [sdk, schemes, sources] = await Promise.all([import('./checklist-SsRJaL5h.js'), client.grantSchemes({ signal }), client.sources({ signal })]);
            const years = schemes.items.map((scheme) => scheme.year).sort((a, b) => a - b);
            const year = this.year ?? years[years.length - 1];
            return {
                sdk,
                scheme: schemes.items.find((scheme) => scheme.year === year),
                years,
                sources: new Map(sources.items.map((source) => [source.id, source])),
            };
        }, () => [this.year]));
        /** `storage` key in force and the mode it was read with. */
        loadedFrom;
        connectedCallback() {
            super.connectedCallback();
            window.addEventListener('storage', this.handleStorage);
        }
        disconnectedCallback() {
            super.disconnectedCallback();
            window.removeEventListener('storage', this.handleStorage);
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            const loaded = this.data.status === 'ready' ? this.data.value : undefined;
            if (!loaded?.scheme)
                return;
            const from = `${this.mode}|${this.storageKey(loaded.scheme.year)}`;
            if (from !== this.loadedFrom || changed.has('initialProgress')) {
                this.loadedFrom = from;
                this.restore({ ...loaded, scheme: loaded.scheme });
            }
        }
        /** The progress as the JSON file "Last ned fremdriften" downloads (format `usht-application-checklist`, version 1). */
        exportProgress() {
            return this.progress ? JSON.stringify(this.progress, null, 2) : undefined;
        }
        /**
         * Loads progress from a file's text. A file that fails the SDK's schema, or is for another year
         * or centre, is refused with a message and the current progress is kept.
         * @returns whether the progress was replaced.
         */
        importProgress(text) {
            const current = this.progress;
            const sdk = this.data.value?.sdk;
            if (!current || !sdk)
                return false;
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                value = undefined;
            }
            const read = sdk.migrateChecklistState(value);
            const i18n = this.i18n;
            if (read.status !== 'current') {
                this.importError = i18n.t('applicationChecklist', 'importInvalid');
            }
            else if (read.state.schemeYear !== current.schemeYear) {
                this.importError = i18n.t('applicationChecklist', 'importWrongYear', String(read.state.schemeYear));
            }
            else if (read.state.centreId !== current.centreId && current.centreId !== null) {
                this.importError = i18n.t('applicationChecklist', 'importWrongCentre');
            }
            else {
                this.importError = undefined;
                // A loaded file is the user's latest word: it must win over any copy another tab holds.
                this.progress = { ...read.state, centreId: current.centreId, updatedAt: nextStamp(current.updatedAt) };
                this.persist();
                this.notice = 'importDone';
                return true;
            }
            return false;
        }
        get mode() {
            return checkEnum(TAG, 'storage', this.storage, checklistStorageModes, 'ask');
        }
        get centreId() {
            const centre = this.centre?.trim();
            if (!centre)
                return null;
            if (idPattern.test(centre))
                return centre;
            warnOnce(`${TAG}:centre:${centre}`, `<${TAG}>: centre="${centre}" is not a centre id (kebab-case, e.g. "buskerud"); progress is kept without a centre.`);
            return null;
        }
        storageKey(year) {
            return `usht-kit:application-checklist:v1:${year}:${this.centreId ?? 'all'}`;
        }
        get storing() {
            return this.mode !== 'none' && this.consented;
        }
        // Reading our own key is how we learn that the user agreed on an earlier visit: the key exists
        // only if they did (or the host chose storage="local"). Nothing is written here.
        readStored(key) {
            try {
                return localStorage.getItem(key);
            }
            catch {
                return undefined;
            }
        }
        restore(loaded) {
            const { sdk, scheme } = loaded;
            const year = scheme.year;
            const keep = this.progress?.schemeYear === year && this.progress.centreId === this.centreId ? this.progress : undefined;
            let start = keep ?? sdk.emptyChecklistState(year, this.centreId);
            const given = this.initialProgress === undefined ? undefined : sdk.migrateChecklistState(this.initialProgress);
            if (given?.status === 'current' && given.state.schemeYear === year) {
                start = { ...given.state, centreId: this.centreId };
            }
            else if (given) {
                warnOnce(`${TAG}:initialProgress`, `<${TAG}>: initialProgress is not a valid checklist state for ${year} (SDK checklistStateSchema); ignored.`);
            }
            this.notice = undefined;
            this.consented = this.mode === 'local';
            const raw = this.mode === 'none' ? null : this.readStored(this.storageKey(year));
            if (raw === undefined && this.mode === 'local')
                this.notice = 'storageUnavailable';
            if (raw) {
                this.consented = true;
                const read = this.parse(sdk, raw, year, true);
                const beforeStorage = start;
                if (read.status === 'current' || read.status === 'recovered') {
                    // The host's copy and the browser's: the newer wins, as between two tabs.
                    if (!given || isNewer(read.state, start))
                        start = read.state;
                }
                if (read.status !== 'current') {
                    if (read.status !== 'recovered')
                        start = beforeStorage;
                    this.notice = read.status === 'recovered' ? 'storageRecovered' : 'storageReset';
                    this.progress = start;
                    this.persist();
                }
            }
            this.progress = start;
            // Coming back to a task with a problem shows the problem at once (GOV.UK; WCAG 3.3.1).
            this.open = new Set(sdk.applicationTasks(scheme, start).tasks.filter((t) => t.status === 'problem').map((t) => t.id));
        }
        parse(sdk, raw, year, recover) {
            let value;
            try {
                value = JSON.parse(raw);
            }
            catch {
                return { status: 'foreign' };
            }
            const read = sdk.migrateChecklistState(value, { recover });
            // A record under our key for another year or centre is not ours to show.
            if ((read.status === 'current' || read.status === 'recovered') && (read.state.schemeYear !== year || read.state.centreId !== this.centreId)) {
                return { status: 'foreign' };
            }
            return read;
        }
        persist() {
            if (!this.storing || !this.progress)
                return;
            try {
                localStorage.setItem(this.storageKey(this.progress.schemeYear), JSON.stringify(this.progress));
            }
            catch {
                this.notice = 'storageUnavailable';
            }
        }
        /** Another tab wrote or removed our key: take newer progress, never older. */
        handleStorage = (event) => {
            const current = this.progress;
            const sdk = this.data.value?.sdk;
            if (!current || !sdk || this.mode === 'none' || (event.key !== null && event.key !== this.storageKey(current.schemeYear)))
                return;
            if (event.newValue === null) {
                if (!this.consented)
                    return;
                this.consented = false;
                this.notice = 'otherTabForgot';
                return;
            }
            const read = this.parse(sdk, event.newValue, current.schemeYear, false);
            if (read.status !== 'current')
                return;
            this.consented = true;
            if (isNewer(read.state, current)) {
                this.progress = read.state;
                this.notice = 'otherTabLoaded';
            }
        };
        /**
         * Applies one user change. When storing, a newer copy another tab wrote (its storage event may
         * not have arrived yet) is taken first and the change applied on top, so neither tab's newer
         * work is overwritten.
         */
        change(taskId, apply) {
            let base = this.progress;
            const sdk = this.data.value?.sdk;
            if (!base || !sdk)
                return;
            if (this.storing) {
                const raw = this.readStored(this.storageKey(base.schemeYear));
                const read = raw ? this.parse(sdk, raw, base.schemeYear, false) : undefined;
                if (read?.status === 'current' && isNewer(read.state, base)) {
                    base = read.state;
                    this.notice = 'otherTabLoaded';
                }
            }
            const next = structuredClone(base);
            apply(next);
            next.updatedAt = nextStamp(base.updatedAt);
            this.progress = next;
            this.persist();
            const task = taskId && this.overview()?.tasks.find((t) => t.id === taskId);
            this.dispatchEvent(new UshtChecklistChangeEvent(task ? { taskId: task.id, status: task.status } : {}));
        }
        overview() {
            const { scheme, sdk } = this.data.value ?? {};
            return scheme && sdk && this.progress ? sdk.applicationTasks(scheme, this.progress) : undefined;
        }
        toggle(id) {
            const open = new Set(this.open);
            if (!open.delete(id))
                open.add(id);
            this.open = open;
        }
        handleConsent(event) {
            if (event.target.checked) {
                this.consented = true;
                this.notice = undefined;
                this.persist();
            }
            else {
                this.forget();
            }
        }
        async handleForget() {
            this.forget();
            // The button goes away with what it deleted: keep keyboard focus in the same place.
            await this.updateComplete;
            this.renderRoot.querySelector('#remember')?.focus();
        }
        forget() {
            const progress = this.progress;
            this.consented = false;
            if (!progress)
                return;
            try {
                localStorage.removeItem(this.storageKey(progress.schemeYear));
            }
            catch {
                // Nothing could be stored either, so nothing is left behind.
            }
            this.notice = 'forgotten';
        }
        download() {
            const json = this.exportProgress();
            if (!json || !this.progress)
                return;
            const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = `usht-soknad-${this.progress.schemeYear}${this.progress.centreId ? `-${this.progress.centreId}` : ''}.json`;
            link.hidden = true;
            this.renderRoot.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url));
        }
        async handleFile(event) {
            const input = event.target;
            const file = input.files?.[0];
            input.value = '';
            if (!file)
                return;
            if (this.importProgress(await file.text()))
                this.dispatchEvent(new UshtChecklistChangeEvent());
        }
        // ---- rendering ----
        render() {
            const i18n = this.i18n;
            const t = (key) => i18n.t('applicationChecklist', key);
            if (this.data.status === 'loading')
                return renderLoading(i18n, t('loading'));
            if (this.data.status === 'error')
                return renderError(i18n, () => this.data.retry(), t('loadFailed'));
            const loaded = this.data.value;
            const overview = this.overview();
            if (!loaded?.scheme || !overview || !this.progress)
                return this.renderUnknownYear(loaded?.years ?? []);
            return this.renderChecklist(loaded.scheme, overview, this.progress);
        }
        renderUnknownYear(years) {
            const i18n = this.i18n;
            const text = years.length === 0
                ? i18n.t('applicationChecklist', 'noSchemes')
                : i18n.t('applicationChecklist', 'unknownYear', String(this.year ?? ''), years.join(', '));
            return b `<div class="state" data-kind="warning" part="state" role="status"><p>${text}</p></div>`;
        }
        renderChecklist(scheme, overview, progress) {
            const i18n = this.i18n;
            const year = String(scheme.year);
            return b `<div class="checklist">
      <h2 class="title" part="heading">${i18n.t('applicationChecklist', 'title', year)}</h2>
      <p class="scheme" lang="nb">${scheme.name} · ${scheme.administrator}</p>
      <p class="summary" part="summary">${i18n.t('applicationChecklist', 'summary', i18n.formatNumber(overview.completed), i18n.formatNumber(overview.total))}</p>
      ${this.renderStorage(year)}
      <div class="notice" role="status">${this.notice ? b `<p>${i18n.t('applicationChecklist', this.notice)}</p>` : A}</div>
      ${overview.groups.map((group) => b `<section class="group" aria-labelledby="group-${group.id}">
        <h3 id="group-${group.id}">${i18n.t('applicationChecklist', `group-${group.id}`)}</h3>
        <ul class="tasks" part="list">${group.tasks.map((task) => this.renderTask(task, scheme, overview, progress))}</ul>
      </section>`)}
      ${this.renderTools()}
    </div>`;
        }
        renderStorage(year) {
            const i18n = this.i18n;
            if (this.mode === 'none')
                return b `<p class="storage">${i18n.t('applicationChecklist', 'notStoredNote')}</p>`;
            // The box stays where it is once ticked, so focus is not lost and unticking is the way back.
            const offer = this.mode === 'ask' || !this.consented;
            return b `<div class="storage">
      ${offer
                ? b `<div class="checkbox">
            <input id="remember" type="checkbox" .checked=${this.consented} aria-describedby="remember-hint" @change=${this.handleConsent} />
            <label for="remember">${i18n.t('applicationChecklist', 'remember')}</label>
          </div>
          <p id="remember-hint" class="hint">${i18n.t('applicationChecklist', 'rememberHint')}</p>`
                : A}
      ${this.storing
                ? b `<div class="stored">
            <p>${i18n.t('applicationChecklist', 'storedNote', year)}</p>
            <button type="button" class="button secondary" @click=${this.handleForget}>${i18n.t('applicationChecklist', 'forget')}</button>
          </div>`
                : A}
    </div>`;
        }
        taskName(task, year) {
            const i18n = this.i18n;
            return task.id === 'action-plan'
                ? i18n.t('applicationChecklist', 'task-action-plan', year)
                : i18n.t('applicationChecklist', `task-${task.id}`);
        }
        sourceTitles(rule) {
            const sources = this.data.value?.sources;
            return rule.source.map((id) => sources?.get(id)?.publisher ?? sources?.get(id)?.title ?? id).join('; ');
        }
        /** A rule in the source's words (Norwegian, whatever the page's language), with its source. */
        renderRule(rule) {
            return b `<span lang="nb">${rule.text}</span>
      <span class="source">(${this.i18n.t('common', 'sourceLabel')}: ${this.sourceTitles(rule)})</span>`;
        }
        renderTask(task, scheme, overview, progress) {
            const i18n = this.i18n;
            const name = this.taskName(task, String(scheme.year));
            // GOV.UK: tasks that cannot be started (or do not apply) are not links, so not focusable.
            const active = task.status !== 'cannot-start-yet' && task.status !== 'not-applicable';
            const isOpen = active && this.open.has(task.id);
            const [first, ...more] = task.rules;
            return b `<li class="task" part="item" data-status=${task.status}>
      <div class="row">
        ${active
                ? b `<button type="button" class="name" aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="panel-${task.id}"
              aria-describedby="hint-${task.id} status-${task.id}" @click=${() => this.toggle(task.id)}>${name}</button>`
                : b `<span class="name">${name}</span>`}
        ${first ? b `<div class="hint" id="hint-${task.id}">${this.renderRule(first)}</div>` : A}
        <div class="status" id="status-${task.id}" part="status"><strong class="tag">${i18n.t('applicationChecklist', `status-${task.status}`)}</strong></div>
      </div>
      ${active
                ? b `<div class="panel" id="panel-${task.id}" ?hidden=${!isOpen}>
            ${more.map((rule) => b `<p class="hint">${this.renderRule(rule)}</p>`)}
            ${task.kind === 'question' ? this.renderQuestions(scheme, progress) : A}
            ${task.fields.map((field) => this.renderField(task, field, scheme, progress))}
            ${task.id === 'budget' ? this.renderTotal(overview, progress) : A}
            ${this.renderSourceLinks(task)}
            ${task.kind === 'manual' ? this.renderProgress(task, name) : A}
          </div>`
                : A}
    </li>`;
        }
        renderSourceLinks(task) {
            const sources = this.data.value?.sources;
            const ids = [...new Set(task.rules.flatMap((rule) => rule.source))];
            // Only URLs that passed the SDK's safe-URL schema ever get here.
            const linked = ids.flatMap((id) => {
                const source = sources?.get(id);
                return source?.url ? [source] : [];
            });
            if (linked.length === 0)
                return A;
            return b `<p class="links">${this.i18n.t('applicationChecklist', 'readSource')}
      ${linked.map((source, i) => b `${i ? ', ' : ''}<a href=${source.url}>${source.title}</a>`)}</p>`;
        }
        renderProgress(task, name) {
            const i18n = this.i18n;
            return b `<fieldset class="choices">
      <legend>${i18n.t('applicationChecklist', 'progressLegend')} <span class="visually-hidden">(${name})</span></legend>
      ${progressChoices.map((choice) => b `<div class="radio">
        <input type="radio" id="progress-${task.id}-${choice}" name="progress-${task.id}" .checked=${task.progress === choice}
          @change=${() => this.change(task.id, (s) => (s.tasks[task.id] = choice))} />
        <label for="progress-${task.id}-${choice}">${i18n.t('applicationChecklist', `status-${choice}`)}</label>
      </div>`)}
    </fieldset>`;
        }
        renderQuestions(scheme, progress) {
            const i18n = this.i18n;
            const question = (key, legend) => b `<fieldset class="choices inline">
      <legend>${legend}</legend>
      ${[true, false].map((value) => b `<div class="radio">
        <input type="radio" id="${key}-${value}" name=${key} .checked=${progress.answers[key] === value}
          @change=${() => this.change('unused-funds', (s) => (s.answers[key] = value))} />
        <label for="${key}-${value}">${i18n.t('applicationChecklist', value ? 'yes' : 'no')}</label>
      </div>`)}
    </fieldset>`;
            return b `${question('hasUnusedFunds', i18n.t('applicationChecklist', 'hasUnusedFunds', String(scheme.year - 1)))}
      ${progress.answers.hasUnusedFunds ? question('applyingAgain', i18n.t('applicationChecklist', 'applyingAgain', String(scheme.year))) : A}`;
        }
        errorText(error, label) {
            const i18n = this.i18n;
            if (error.code === 'over-limit')
                return i18n.t('applicationChecklist', 'error-over-limit', label, i18n.formatCurrency(error.limit ?? 0));
            return i18n.t('applicationChecklist', `error-${error.code}`, label);
        }
        renderField(task, field, scheme, progress) {
            const i18n = this.i18n;
            const label = i18n.text('applicationChecklist', `field-${field}`);
            const error = task.errors.find((e) => e.field === field);
            const max = scheme.earmarkedLeveHeleLivetMax?.valueNOK;
            const hint = field === 'caseNumber'
                ? A
                : field === 'earmarkedLeveHeleLivet' && max !== undefined
                    ? i18n.t('applicationChecklist', 'earmarkedHint', i18n.formatCurrency(max))
                    : i18n.t('applicationChecklist', 'amountHint');
            const value = field === 'caseNumber' ? progress.caseNumber : progress.amounts[field] ?? '';
            const describedBy = [hint === A ? '' : `field-hint-${field}`, error ? `field-error-${field}` : ''].filter(Boolean).join(' ');
            return b `<div class="field" ?data-invalid=${error !== undefined}>
      <label for="field-${field}">${i18n.t('applicationChecklist', `field-${field}`)}</label>
      ${hint === A ? A : b `<p class="hint" id="field-hint-${field}">${hint}</p>`}
      ${error
                ? b `<p class="error-message" id="field-error-${field}"><span class="visually-hidden">${i18n.t('applicationChecklist', 'errorPrefix')}</span> ${this.errorText(error, label)}</p>`
                : A}
      <input id="field-${field}" class=${field === 'caseNumber' ? 'input' : 'input amount'} type="text" .value=${value}
        inputmode=${field === 'caseNumber' ? 'text' : 'decimal'} autocomplete="off" spellcheck="false" maxlength="200"
        aria-describedby=${describedBy || A} aria-invalid=${error ? 'true' : 'false'}
        @change=${(event) => {
                const text = event.target.value;
                this.change(task.id, (s) => {
                    if (field === 'caseNumber')
                        s.caseNumber = text;
                    else
                        s.amounts[field] = text;
                });
            }} />
    </div>`;
        }
        renderTotal(overview, progress) {
            const i18n = this.i18n;
            const withUnused = progress.answers.hasUnusedFunds === true && progress.answers.applyingAgain === true;
            return b `<p class="total">
      <span>${i18n.t('applicationChecklist', withUnused ? 'totalWithUnused' : 'total')}:</span>
      <strong>${overview.totalAsked === null ? i18n.t('applicationChecklist', 'totalPending') : i18n.formatCurrency(overview.totalAsked)}</strong>
    </p>`;
        }
        renderTools() {
            const i18n = this.i18n;
            return b `<section class="tools" aria-labelledby="tools-heading">
      <h3 id="tools-heading">${i18n.t('applicationChecklist', 'toolsHeading')}</h3>
      <div class="buttons">
        <button type="button" class="button secondary" @click=${() => this.download()}>${i18n.t('applicationChecklist', 'export')}</button>
        <button type="button" class="button secondary" @click=${() => this.renderRoot.querySelector('#import-file')?.click()}>${i18n.t('applicationChecklist', 'import')}</button>
        <input id="import-file" type="file" accept="application/json,.json" hidden @change=${this.handleFile} />
        <button type="button" class="button secondary" @click=${() => window.print()}>${i18n.t('applicationChecklist', 'print')}</button>
      </div>
      <div role="alert">${this.importError ? b `<p class="error-message">${this.importError}</p>` : A}</div>
    </section>`;
        }
    };
})();

defineOnce('usht-application-checklist', UshtApplicationChecklist);

export { activityStatuses as $, safeParse as A, formatIssues as B, UshtHttpError as C, UshtTimeoutError as D, UshtNetworkError as E, FEED_FORMAT as F, FEED_VERSION as G, USHT_ERROR_BRAND as H, UshtActivityCalendar as I, UshtApplicationChecklist as J, UshtCentreMap as K, Localizer as L, UshtCentreSelectEvent as M, UshtChecklistChangeEvent as N, UshtElement as O, UshtError as P, UshtNotFoundError as Q, UshtPriorityBadge as R, UshtPriorityBadges as S, UshtProvider as T, UshtValidationError as U, activityKindSchema as V, activityKinds as W, activityModeSchema as X, activityModes$1 as Y, activityStatusSchema as Z, _gte as _, _lte as a, areaLinkStatuses as a0, checklistTaskProgress as a1, contactSchema as a2, countyNumberSchema as a3, createClient as a4, createMunicipalityIndex as a5, dateOrDateTimeSchema as a6, defineOnce as a7, editDistance as a8, embeddedSource as a9, organiserRoleSchema as aA, organiserRoles as aB, placeSchema as aC, priorityAreaCategories as aD, priorityAreaCategorySchema as aE, registrationSchema as aF, safeUrlSchema as aG, satelliteSchema as aH, scheduleSchema as aI, searchKey as aJ, sourceRefsSchema as aK, textLanguageSchema as aL, textLanguages as aM, textSchema as aN, timeSpanSchema as aO, validateFeed as aP, websiteSchema as aQ, feedCollections as aa, feedSchema as ab, feedSource as ac, findUnknownKeys as ad, foldText as ae, formatPath as af, grantRuleIdSchema as ag, grantRuleIds as ah, grantRuleSchema as ai, hostMunicipalitySchema as aj, httpSource as ak, isAbortError as al, isUshtError as am, isUshtHttpError as an, isUshtNetworkError as ao, isUshtNotFoundError as ap, isUshtTimeoutError as aq, isUshtValidationError as ar, isoDateSchema as as, localDateTimeSchema as at, locales as au, locationSchema as av, longTextSchema as aw, matchesActivity as ax, municipalityNumberSchema as ay, normalizeLocale as az, checklistTaskProgressSchema as b, checklistStateSchema as c, idSchema as d, checklistAmountFields as e, feedCollectionNames as f, abortable as g, checkActivityQuery as h, int as i, attributionSchema as j, array as k, parseCollection as l, activitySchema as m, nullable as n, object as o, parseFeed as p, queryActivities as q, rejectedIssues as r, sourceSchema as s, grantSchemeSchema as t, unknown as u, programmeSchema as v, priorityAreaSchema as w, municipalitySchema as x, countySchema as y, centreSchema as z };
