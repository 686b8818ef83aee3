/**
 * A fast path for valid records, read from the zod schemas themselves. zod stays the single source
 * of truth and the only source of error messages: this module walks a schema's definition once
 * and builds plain closures that accept exactly the values the schema accepts (for the kinds of
 * schema and check listed below) and return the same output. Whatever it does not know, or any
 * value it rejects, goes to `z.safeParse`, which decides and explains.
 *
 * One difference in kind, not in value: zod always returns a copy, while a record (or array) with
 * no unknown keys whose fields came back unchanged is returned as the object given, which is
 * equal to zod's copy. Records are data to read, never mutated in place by the SDK or the elements.
 *
 * Why: zod/mini allocates two objects per field and cannot compile a validator on a page whose CSP
 * forbids `eval` (every host page should). 10,000 activities took ~100 ms in Chromium under the
 * strict CSP; budgets.md allows 32. Closures need no `eval` (R5).
 */
import * as z from 'zod/mini';

/** What a reader returns for a value the fast path cannot accept (zod then decides). */
const INVALID: unique symbol = Symbol('invalid');
/** A record whose keys are not in the order of the plan at hand. */
const MISMATCH: unique symbol = Symbol('mismatch');
type Reader = (value: unknown) => unknown;
type Test = (value: never) => boolean;

interface Def {
  readonly type: string;
  readonly check?: string;
  readonly checks?: readonly {readonly _zod: {readonly def: Def}}[];
  readonly [key: string]: unknown;
}
interface Internals {
  readonly def: Def;
  readonly optin?: string;
  readonly optout?: string;
  readonly values?: ReadonlySet<unknown>;
}
const internals = (schema: unknown): Internals => (schema as {_zod: Internals})._zod;

// String formats whose zod check is its pattern alone (zod/v4/core: $ZodCheckStringFormat);
// others (url, jwt, base64 …) run code of their own and go to zod.
const patternFormats = new Set(['regex', 'email', 'date', 'datetime', 'time']);

/** One zod check as a predicate, or undefined when zod must run it. */
function checkTest(def: Def): Test | undefined {
  switch (def.check) {
    case 'string_format': {
      const pattern = def['pattern'];
      if (!(pattern instanceof RegExp) || !patternFormats.has(String(def['format']))) return undefined;
      return (value: string) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    case 'min_length': {
      const minimum = def['minimum'] as number;
      return (value: {length: number}) => value.length >= minimum;
    }
    case 'max_length': {
      const maximum = def['maximum'] as number;
      return (value: {length: number}) => value.length <= maximum;
    }
    case 'greater_than': {
      const bound = def['value'] as number;
      return def['inclusive'] ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case 'less_than': {
      const bound = def['value'] as number;
      return def['inclusive'] ? (value: number) => value <= bound : (value: number) => value < bound;
    }
    case 'number_format':
      return def['format'] === 'safeint' ? (value: number) => Number.isSafeInteger(value) : undefined;
    case 'custom': {
      // A refinement with a condition of its own (`when`) or an async one is zod's to run.
      const fn = def['fn'];
      if (typeof fn !== 'function' || def['when']) return undefined;
      return (value: never) => {
        const result: unknown = fn(value);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return undefined;
  }
}

/** zod decides: used for every kind of schema or check this module does not model. */
const viaZod = (schema: z.ZodMiniType): Reader => (value) => {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : INVALID;
};

function base(schema: z.ZodMiniType, def: Def): Reader | undefined {
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'literal':
    case 'enum': {
      const values = internals(schema).values;
      return values ? (value) => (values.has(value) ? value : INVALID) : undefined;
    }
    case 'optional': {
      const inner = reader(def['innerType'] as z.ZodMiniType);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'nullable': {
      const inner = reader(def['innerType'] as z.ZodMiniType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'array': {
      const element = reader(def['element'] as z.ZodMiniType);
      return (value) => {
        if (!Array.isArray(value)) return INVALID;
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i]);
          if (item === INVALID) return INVALID;
          // A copy only once an element changed (an object that lost unknown keys).
          if (item !== value[i]) (out ??= value.slice())[i] = item;
        }
        return out ?? value;
      };
    }
    case 'object':
      return def['catchall'] ? undefined : objectReader(def['shape'] as Record<string, z.ZodMiniType>);
    default:
      return undefined;
  }
}

/** An object that strips unknown keys, as `z.object` does; absent optional keys stay absent. */
function objectReader(shape: Record<string, z.ZodMiniType>): Reader | undefined {
  const fields = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const {optin, optout} = internals(shape[key]);
      // The same rules as zod's handlePropertyResult for a key the input does not have.
      const absent = optin === 'optional' && optout === 'optional' ? 'skip' : optin === undefined ? 'invalid' : 'zod';
      return {key, read: reader(shape[key]!), absent};
    });
  if (fields.some((field) => field.absent === 'zod')) return undefined;
  const keys = fields.map((field) => field.key);
  const reads = fields.map((field) => field.read);
  const required = fields.filter((field) => field.absent === 'invalid').length;
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  // A key Object.prototype also has ('constructor' …) could be read from the prototype: zod decides.
  if (keys.some((key) => key in Object.prototype)) return undefined;

  /**
   * Which field each of a record's keys is, in the record's key order. Records of one feed share
   * a few key orders, so a plan made once serves thousands: the record is then read with `for…in`,
   * whose keyed reads engines turn into reads by position, with no arrays made per record.
   */
  interface Plan {
    readonly keys: readonly string[];
    readonly fields: readonly number[];
    /** No unknown keys: a record can be returned as it is. */
    readonly known: boolean;
    /** Every required key is there. */
    readonly complete: boolean;
  }
  const plans = new Map<string, Plan>();
  const planFor = (own: string[]): Plan => {
    const id = own.join('\u0000');
    let plan = plans.get(id);
    if (!plan) {
      const at = own.map((key) => indexOf.get(key) ?? -1);
      const found = at.filter((i) => i >= 0 && fields[i]!.absent === 'invalid').length;
      plan = {keys: own, fields: at, known: at.every((i) => i >= 0), complete: found === required};
      // Bounded: a feed of records that each have their own key order gets no cache, not a leak.
      if (plans.size < 64) plans.set(id, plan);
    }
    return plan;
  };
  const readWith = (input: Record<string, unknown>, plan: Plan): unknown => {
    const {keys: order, fields: at} = plan;
    let out: Record<string, unknown> | undefined = plan.known ? undefined : {};
    let j = 0;
    for (const key in input) {
      if (key !== order[j]) return MISMATCH;
      const i = at[j++]!;
      if (i < 0) continue;
      const field = input[key];
      const result = reads[i]!(field);
      if (result === INVALID) return INVALID;
      if (result !== field && !out) {
        // A nested value changed (lost unknown keys): copy the fields read so far, then go on.
        out = {};
        for (let k = 0; k < j - 1; k++) if (at[k]! >= 0) out[order[k]!] = input[order[k]!];
      }
      if (out) out[key] = result;
    }
    if (j !== order.length) return MISMATCH;
    if (!plan.complete) return INVALID;
    // zod's output is a copy with the known keys; a record that has only those, unchanged, is equal to it.
    return out ?? input;
  };
  let last = planFor([]);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return INVALID;
    const input = value as Record<string, unknown>;
    let result = readWith(input, last);
    if (result === MISMATCH) {
      last = planFor(Object.keys(input));
      result = readWith(input, last);
    }
    return result === MISMATCH ? INVALID : result;
  };
}

const readers = new WeakMap<object, Reader>();

function reader(schema: z.ZodMiniType): Reader {
  let read = readers.get(schema);
  if (read) return read;
  const def = internals(schema).def;
  // A format schema (z.int(), z.iso.date(), z.email()) is a check on itself, besides its `checks`.
  const checkDefs = [...(def.check ? [def] : []), ...(def.checks ?? []).map((c) => c._zod.def)];
  const tests = checkDefs.map(checkTest);
  let own: Reader | undefined;
  try {
    own = tests.every(Boolean) ? base(schema, def) : undefined;
  } catch {
    own = undefined;
  }
  if (!own) {
    read = viaZod(schema);
  } else if (!tests.length) {
    read = own;
  } else {
    const parse = own;
    const all = tests as ((value: unknown) => boolean)[];
    read = (value) => {
      const out = parse(value);
      if (out === INVALID) return INVALID;
      for (const test of all) if (!test(out)) return INVALID;
      return out;
    };
  }
  readers.set(schema, read);
  return read;
}

/**
 * The schema's output for `value` when the fast path accepts it; otherwise zod's own result, which
 * carries the issues. Either way the same answer `z.safeParse(schema, value)` gives.
 */
export function safeParseFast<T>(schema: z.ZodMiniType<T>, value: unknown): ReturnType<typeof z.safeParse<z.ZodMiniType<T>>> {
  const out = reader(schema)(value);
  return out === INVALID ? z.safeParse(schema, value) : ({success: true, data: out as T} as ReturnType<typeof z.safeParse<z.ZodMiniType<T>>>);
}
