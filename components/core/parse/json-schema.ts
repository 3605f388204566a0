/**
 * A small, bounded JSON Schema validator for `credentialSchema` (VCDM 2.0 §4.11 "Data Schemas";
 * Blockcerts validates each credentialSubject against its schema, cert-verifier-js
 * src/inspectors/checkCredentialSchemaConformity.ts).
 *
 * Evaluated, in the meaning shared by draft-04 to 2020-12: type, enum, const, properties, required,
 * additionalProperties, items (one schema, or the draft-04..2019-09 positional list), minItems,
 * maxItems, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum
 * (draft-04 boolean and draft-06+ number forms), allOf, anyOf, oneOf, not, boolean schemas, and
 * `$ref` to "#..." JSON pointers in the same schema. Every other keyword that can reject a value
 * is reported as not evaluated: an instance is never said to conform to a rule nobody checked.
 *
 * Bounded: a step budget, a nesting limit, and patterns only on short strings and only when they
 * cannot backtrack catastrophically (no quantified group that itself repeats or alternates).
 */
import { problem, type Problem } from '../problems.ts';

export interface SchemaViolation {
  /** Where in the instance, e.g. `credentialSubject.name`. */
  path: string;
  /** The rule, e.g. `required`. */
  keyword: string;
  /** Where in the schema, as a JSON pointer fragment, e.g. `#/properties/name`. */
  schemaPath: string;
  detail: string;
}

export interface SchemaOutcome {
  violations: SchemaViolation[];
  /** Rules the instance met or broke without anyone knowing: unsupported or unsafe to evaluate. */
  notEvaluated: SchemaViolation[];
}

export interface SchemaOptions {
  /** Names the schema in details, e.g. its URL. */
  schemaId?: string;
  /** The instance's own path in the credential, e.g. `credentialSubject`. */
  rootPath?: string;
  /** Schema applications allowed in one validation. Default 10 000. */
  maxSteps?: number;
  /** Schema nesting followed, $ref hops included. Default 32. */
  maxDepth?: number;
  /** Longest string (UTF-16 units) a pattern is run on. Default 256. */
  maxPatternInput?: number;
}

/** Validates an instance; never throws on a hostile schema or instance. */
export function validateJsonSchema(instance: unknown, schema: unknown, options: SchemaOptions = {}): SchemaOutcome {
  const run: Run = {
    root: schema,
    source: options.schemaId ?? 'the schema',
    rootPath: options.rootPath ?? '',
    refSiblingsIgnored: isLegacyDraft(schema),
    stepsLeft: options.maxSteps ?? 10_000,
    maxDepth: options.maxDepth ?? 32,
    maxPatternInput: options.maxPatternInput ?? 256,
    notEvaluated: new Map(),
    patterns: new Map(),
  };
  const violations: SchemaViolation[] = [];
  try {
    apply(run, { instance, schema, path: [], at: '#', depth: 0 }, violations);
  } catch (error) {
    if (!(error instanceof WorkLimit)) throw error;
    skip(run, { instance, schema, path: [], at: '#', depth: 0 }, '*', `the work limit of ${options.maxSteps ?? 10_000} steps was reached`);
  }
  return { violations, notEvaluated: [...run.notEvaluated.values()] };
}

/** A violation as a problem. */
export function schemaViolationProblem(violation: SchemaViolation): Problem {
  return problem('SCHEMA_VIOLATION', violation.detail);
}

interface Run {
  root: unknown;
  source: string;
  rootPath: string;
  refSiblingsIgnored: boolean;
  stepsLeft: number;
  maxDepth: number;
  maxPatternInput: number;
  notEvaluated: Map<string, SchemaViolation>;
  patterns: Map<string, RegExp | string>;
}

interface Frame {
  instance: unknown;
  schema: unknown;
  path: readonly Segment[];
  /** JSON pointer fragment of `schema` in the root schema. */
  at: string;
  depth: number;
}

type Segment = string | number;
type Keyword = (run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]) => void;
type Schema = Record<string, unknown>;

class WorkLimit extends Error {}

/** Keywords that only describe or locate: they never reject a value. */
const ANNOTATIONS = new Set([
  '$schema', '$id', 'id', '$comment', '$anchor', '$dynamicAnchor', '$vocabulary', 'definitions', '$defs',
  'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'contentEncoding', 'contentMediaType',
]);

function apply(run: Run, frame: Frame, out: SchemaViolation[]): void {
  if (--run.stepsLeft < 0) throw new WorkLimit();
  const { schema } = frame;
  if (schema === true) return;
  if (schema === false) {
    out.push(violation(run, frame, 'false', 'is present', 'nothing here (false schema)'));
    return;
  }
  if (!isSchema(schema)) {
    skip(run, frame, '*', 'the schema here is neither an object nor a boolean');
    return;
  }
  if (frame.depth > run.maxDepth) {
    skip(run, frame, '*', `the schema is nested deeper than ${run.maxDepth}`);
    return;
  }
  // Before 2019-09, $ref replaces its schema object: the keywords beside it are ignored.
  const keywords = run.refSiblingsIgnored && '$ref' in schema ? ['$ref'] : Object.keys(schema);
  for (const keyword of keywords) {
    if (ANNOTATIONS.has(keyword) || DEPENDENT.has(keyword)) continue;
    // Own keys only: a schema may well say "__proto__".
    const evaluate = Object.hasOwn(KEYWORDS, keyword) ? KEYWORDS[keyword] : undefined;
    if (evaluate) evaluate(run, frame, schema, out);
    else skip(run, frame, keyword, 'the keyword is not supported');
  }
}

/** Only means something beside a list of `items`, where checkItems reads it. */
const DEPENDENT = new Set(['additionalItems']);

const KEYWORDS: Readonly<Record<string, Keyword>> = {
  type: checkType,
  enum: checkEnum,
  const: checkConst,
  properties: checkProperties,
  required: checkRequired,
  additionalProperties: checkAdditionalProperties,
  items: checkItems,
  minItems: (run, frame, schema, out) => countRule(run, frame, schema, out, 'minItems', arrayLength(frame.instance), 'item'),
  maxItems: (run, frame, schema, out) => countRule(run, frame, schema, out, 'maxItems', arrayLength(frame.instance), 'item'),
  minLength: (run, frame, schema, out) => countRule(run, frame, schema, out, 'minLength', codePoints(frame.instance), 'character'),
  maxLength: (run, frame, schema, out) => countRule(run, frame, schema, out, 'maxLength', codePoints(frame.instance), 'character'),
  pattern: checkPattern,
  minimum: boundRule('minimum'),
  maximum: boundRule('maximum'),
  exclusiveMinimum: boundRule('exclusiveMinimum'),
  exclusiveMaximum: boundRule('exclusiveMaximum'),
  allOf: checkAllOf,
  anyOf: checkAnyOf,
  oneOf: checkOneOf,
  not: checkNot,
  $ref: checkRef,
};

// ---------------------------------------------------------------------------------------------
// keywords

const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

function checkType(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const expected = typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (!Array.isArray(expected) || expected.length === 0 || !expected.every((type) => typeof type === 'string' && TYPES.has(type))) {
    skip(run, frame, 'type', 'its value is not a JSON Schema type or list of types');
    return;
  }
  if (expected.some((type) => hasType(frame.instance, type as string))) return;
  out.push(violation(run, frame, 'type', `is ${describe(frame.instance)}`, `type ${(expected as string[]).join(' or ')}`));
}

function checkEnum(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if (!Array.isArray(schema.enum)) return skip(run, frame, 'enum', 'its value is not a list');
  if (schema.enum.some((value) => jsonEqual(value, frame.instance))) return;
  out.push(violation(run, frame, 'enum', `is ${show(frame.instance)}`, `one of ${show(schema.enum)}`));
}

function checkConst(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if (jsonEqual(schema.const, frame.instance)) return;
  out.push(violation(run, frame, 'const', `is ${show(frame.instance)}`, show(schema.const)));
}

function checkProperties(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if (!isSchema(schema.properties)) return skip(run, frame, 'properties', 'its value is not an object');
  if (!isSchema(frame.instance)) return;
  for (const [name, subschema] of Object.entries(schema.properties)) {
    if (Object.hasOwn(frame.instance, name)) apply(run, child(frame, name, frame.instance[name], subschema, `properties/${pointer(name)}`), out);
  }
}

function checkRequired(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const { required } = schema;
  if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) {
    return skip(run, frame, 'required', 'its value is not a list of property names');
  }
  if (!isSchema(frame.instance)) return;
  for (const name of required as string[]) {
    if (Object.hasOwn(frame.instance, name)) continue;
    const path = formatPath(run, [...frame.path, name]);
    out.push({ path, keyword: 'required', schemaPath: frame.at, detail: `${path} is required by ${sourceOf(run, frame.at)}` });
  }
}

function checkAdditionalProperties(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if (!isSchema(frame.instance)) return;
  // Which properties are "additional" depends on patternProperties, which is not evaluated.
  if ('patternProperties' in schema) return skip(run, frame, 'additionalProperties', 'it depends on patternProperties');
  const listed = isSchema(schema.properties) ? schema.properties : {};
  for (const name of Object.keys(frame.instance)) {
    if (Object.hasOwn(listed, name)) continue;
    if (schema.additionalProperties === false) {
      const path = formatPath(run, [...frame.path, name]);
      out.push({ path, keyword: 'additionalProperties', schemaPath: frame.at, detail: `${path} is present, but ${sourceOf(run, frame.at)} allows no properties beyond those it lists (additionalProperties)` });
    } else {
      apply(run, child(frame, name, (frame.instance as Schema)[name], schema.additionalProperties, 'additionalProperties'), out);
    }
  }
}

function checkItems(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if ('prefixItems' in schema) return skip(run, frame, 'items', 'it depends on prefixItems');
  if (!Array.isArray(frame.instance)) return;
  const list: readonly unknown[] = frame.instance;
  const { items } = schema;
  if (!Array.isArray(items)) {
    list.forEach((item, i) => apply(run, child(frame, i, item, items, 'items'), out));
    return;
  }
  // draft-04 to 2019-09: a list of schemas applies position by position.
  items.forEach((subschema, i) => {
    if (i < list.length) apply(run, child(frame, i, list[i], subschema, `items/${i}`), out);
  });
  if ('additionalItems' in schema && list.length > items.length) {
    skip(run, frame, 'additionalItems', 'the keyword is not supported');
  }
}

function countRule(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[], keyword: string, count: number | null, unit: string): void {
  const limit = schema[keyword];
  if (!isCount(limit)) return skip(run, frame, keyword, 'its value is not a non-negative integer');
  if (count === null) return;
  const minimum = keyword.startsWith('min');
  if (minimum ? count >= limit : count <= limit) return;
  out.push(violation(run, frame, keyword, `has ${plural(count, unit)}`, `${minimum ? 'at least' : 'at most'} ${limit} (${keyword})`));
}

function checkPattern(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  if (typeof schema.pattern !== 'string') return skip(run, frame, 'pattern', 'its value is not a string');
  if (typeof frame.instance !== 'string') return;
  const regex = compile(run, schema.pattern);
  if (typeof regex === 'string') return skip(run, frame, 'pattern', regex);
  if (frame.instance.length > run.maxPatternInput) {
    return skip(run, frame, 'pattern', `the value is longer than ${run.maxPatternInput} characters`);
  }
  if (regex.test(frame.instance)) return;
  out.push(violation(run, frame, 'pattern', `is ${show(frame.instance)}`, `the pattern ${show(schema.pattern)}`));
}

/**
 * minimum, maximum, and their exclusive forms. In draft-04 exclusiveMinimum and exclusiveMaximum
 * are booleans that modify minimum and maximum; from draft-06 they are bounds of their own.
 */
function boundRule(keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'): Keyword {
  const lower = keyword === 'minimum' || keyword === 'exclusiveMinimum';
  const modifier = lower ? 'exclusiveMinimum' : 'exclusiveMaximum';
  return (run, frame, schema, out) => {
    const bound = schema[keyword];
    if (keyword === modifier && typeof bound === 'boolean') return;
    if (typeof bound !== 'number') return skip(run, frame, keyword, 'its value is not a number');
    const value = frame.instance;
    if (typeof value !== 'number') return;
    const exclusive = keyword === modifier || schema[modifier] === true;
    const holds = lower ? (exclusive ? value > bound : value >= bound) : (exclusive ? value < bound : value <= bound);
    if (holds) return;
    const rule = `${lower ? 'more than' : 'less than'}${exclusive ? '' : ' or exactly'} ${bound} (${keyword})`;
    out.push(violation(run, frame, keyword, `is ${value}`, rule));
  };
}

function checkAllOf(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const branches = listOf(run, frame, schema, 'allOf');
  branches?.forEach((branch, i) => apply(run, { ...frame, schema: branch, at: `${frame.at}/allOf/${i}`, depth: frame.depth + 1 }, out));
}

function checkAnyOf(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const matches = countMatches(run, frame, schema, 'anyOf');
  if (matches === null || matches > 0) return;
  out.push(violation(run, frame, 'anyOf', 'matches none of the listed schemas', 'at least one (anyOf)'));
}

function checkOneOf(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const matches = countMatches(run, frame, schema, 'oneOf');
  if (matches === null || matches === 1) return;
  out.push(violation(run, frame, 'oneOf', `matches ${matches} of the listed schemas`, 'exactly one (oneOf)'));
}

function checkNot(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const failures: SchemaViolation[] = [];
  apply(run, { ...frame, schema: schema.not, at: `${frame.at}/not`, depth: frame.depth + 1 }, failures);
  if (failures.length > 0) return;
  out.push(violation(run, frame, 'not', 'matches the schema under not', 'that it does not (not)'));
}

function checkRef(run: Run, frame: Frame, schema: Schema, out: SchemaViolation[]): void {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || (ref.length > 1 && !ref.startsWith('#/'))) {
    return skip(run, frame, '$ref', `only references inside the schema ("#/...") are followed, not ${show(ref)}`);
  }
  const target = resolvePointer(run.root, ref.slice(1));
  if (target === undefined) return skip(run, frame, '$ref', `${show(ref)} names nothing in the schema`);
  apply(run, { ...frame, schema: target, at: ref, depth: frame.depth + 1 }, out);
}

// ---------------------------------------------------------------------------------------------
// helpers

function countMatches(run: Run, frame: Frame, schema: Schema, keyword: 'anyOf' | 'oneOf'): number | null {
  const branches = listOf(run, frame, schema, keyword);
  if (!branches) return null;
  let matches = 0;
  branches.forEach((branch, i) => {
    const failures: SchemaViolation[] = [];
    apply(run, { ...frame, schema: branch, at: `${frame.at}/${keyword}/${i}`, depth: frame.depth + 1 }, failures);
    if (failures.length === 0) matches++;
  });
  return matches;
}

function listOf(run: Run, frame: Frame, schema: Schema, keyword: string): unknown[] | null {
  const value = schema[keyword];
  if (Array.isArray(value) && value.length > 0) return value;
  skip(run, frame, keyword, 'its value is not a non-empty list of schemas');
  return null;
}

function child(frame: Frame, segment: Segment, instance: unknown, schema: unknown, at: string): Frame {
  return { instance, schema, path: [...frame.path, segment], at: `${frame.at}/${at}`, depth: frame.depth + 1 };
}

function violation(run: Run, frame: Frame, keyword: string, fact: string, rule: string): SchemaViolation {
  const path = formatPath(run, frame.path);
  return { path, keyword, schemaPath: frame.at, detail: `${path} ${fact}, but ${sourceOf(run, frame.at)} requires ${rule}` };
}

function skip(run: Run, frame: Frame, keyword: string, reason: string): void {
  const schemaPath = keyword === '*' ? frame.at : `${frame.at}/${pointer(keyword)}`;
  const key = `${schemaPath} ${reason}`;
  if (run.notEvaluated.has(key)) return;
  const path = formatPath(run, frame.path);
  const what = keyword === '*' ? 'the rest of' : `${keyword} in`;
  run.notEvaluated.set(key, { path, keyword, schemaPath, detail: `${path}: ${what} ${sourceOf(run, frame.at)} was not evaluated: ${reason}` });
}

function sourceOf(run: Run, at: string): string {
  return at === '#' ? run.source : `${run.source}${at}`;
}

/** `credentialSubject.name`, `evidence[0]`, `a["odd key"]`, after the root path; the bare root is `(root)`. */
function formatPath(run: Run, path: readonly Segment[]): string {
  let text = run.rootPath;
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}

function pointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** RFC 6901 JSON pointer (after "#"), percent-decoded as a URI fragment. */
function resolvePointer(root: unknown, fragment: string): unknown {
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  if (decoded === '') return root;
  let node: unknown = root;
  for (const raw of decoded.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) node = node[Number(token)];
    else if (isSchema(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

function isLegacyDraft(schema: unknown): boolean {
  return isSchema(schema) && typeof schema.$schema === 'string' && /draft-0[3-7]\//.test(schema.$schema);
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isSchema(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isInteger(value)) return `the integer ${value}`;
  return typeof value === 'string' ? `the string ${show(value)}` : `the ${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function arrayLength(value: unknown): number | null {
  return Array.isArray(value) ? value.length : null;
}

/** JSON Schema counts characters as code points, not UTF-16 units. */
function codePoints(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isSchema(a) || !isSchema(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

// ---------------------------------------------------------------------------------------------
// patterns

const MAX_PATTERN = 512;

/** A RegExp, or why the pattern is not run. JSON Schema patterns are ECMA-262, unanchored. */
function compile(run: Run, pattern: string): RegExp | string {
  const cached = run.patterns.get(pattern);
  if (cached !== undefined) return cached;
  let result: RegExp | string;
  if (pattern.length > MAX_PATTERN) result = `the pattern is longer than ${MAX_PATTERN} characters`;
  else if (mayBacktrack(pattern)) result = 'the pattern could backtrack catastrophically';
  else result = regExp(pattern) ?? 'the pattern is not a valid regular expression';
  run.patterns.set(pattern, result);
  return result;
}

function regExp(pattern: string): RegExp | null {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // Some patterns written for non-Unicode engines only compile without the u flag.
    }
  }
  return null;
}

/**
 * True for back-references, and for a repeated group that itself repeats or alternates, such as
 * `(a+)+` or `(a|aa)*`: these can take exponential time. Conservative by design.
 */
export function mayBacktrack(pattern: string): boolean {
  if (/\\[1-9]|\\k</.test(pattern)) return true;
  const stack: GroupFlags[] = [{ repeats: false, alternates: false }];
  let closed: GroupFlags | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const quantifier = quantifierAt(pattern, i);
    if (quantifier) {
      if (quantifier.repeating && closed && (closed.repeats || closed.alternates)) return true;
      if (quantifier.repeating) stack[stack.length - 1]!.repeats = true;
      i += quantifier.length - 1;
      closed = null;
      continue;
    }
    closed = null;
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(pattern, i);
    else if (c === '(') stack.push({ repeats: false, alternates: false });
    else if (c === '|') stack[stack.length - 1]!.alternates = true;
    else if (c === ')') {
      const inner = stack.pop();
      const outer = stack[stack.length - 1];
      if (!inner || !outer) return true;
      outer.repeats ||= inner.repeats;
      outer.alternates ||= inner.alternates;
      closed = inner;
    }
  }
  return false;
}

interface GroupFlags {
  repeats: boolean;
  alternates: boolean;
}

/** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` at i (with a lazy `?`); repeating when it allows more than one. */
function quantifierAt(pattern: string, i: number): { length: number; repeating: boolean } | null {
  const c = pattern[i];
  const lazy = (length: number) => (pattern[i + length] === '?' ? length + 1 : length);
  if (c === '*' || c === '+') return { length: lazy(1), repeating: true };
  if (c === '?') return pattern[i - 1] === '(' ? null : { length: lazy(1), repeating: false };
  const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i)) : null;
  if (!braces) return null;
  const max = braces[2] === undefined ? Number(braces[1]) : braces[3] === '' ? Infinity : Number(braces[3]);
  return { length: lazy(braces[0].length), repeating: max > 1 };
}

function classEnd(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}
