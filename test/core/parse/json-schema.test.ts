import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBacktrack, schemaViolationProblem, validateJsonSchema, type SchemaOutcome } from '../../../components/core/parse/json-schema.ts';
import { CORPUS } from '../../support/corpus.ts';

const SCHEMA_ID = 'https://www.blockcerts.org/samples/3.0/example-id-card-schema.json';

function corpus(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(CORPUS, 'blockcerts', file), 'utf8')) as Record<string, unknown>;
}

/** Keywords of the violations and of what was not evaluated, as `keyword@path`. */
function summary(outcome: SchemaOutcome) {
  return {
    violations: outcome.violations.map((v) => `${v.keyword}@${v.path}`),
    notEvaluated: outcome.notEvaluated.map((v) => `${v.keyword}@${v.path}`),
  };
}

describe('credentialSchema from the Blockcerts corpus', () => {
  const schema = corpus('resolved/credential-schema-example-id-card.json');

  it('finds the ID card credential subject conforms to its schema', () => {
    const subject = corpus('v3/mocknet-vc-v2-credential-schema.json').credentialSubject;
    expect(validateJsonSchema(subject, schema, { schemaId: SCHEMA_ID, rootPath: 'credentialSubject' })).toEqual({ violations: [], notEvaluated: [] });
  });

  it('names the missing name of the invalid ID card and the schema that requires it', () => {
    const subject = corpus('v3/mocknet-vc-v2-credential-schema-invalid.json').credentialSubject;
    const outcome = validateJsonSchema(subject, schema, { schemaId: SCHEMA_ID, rootPath: 'credentialSubject' });
    expect(outcome.notEvaluated).toEqual([]);
    expect(outcome.violations).toEqual([{
      path: 'credentialSubject.name',
      keyword: 'required',
      schemaPath: '#',
      detail: `credentialSubject.name is required by ${SCHEMA_ID}`,
    }]);
    expect(schemaViolationProblem(outcome.violations[0]!)).toMatchObject({ code: 'SCHEMA_VIOLATION', detail: `credentialSubject.name is required by ${SCHEMA_ID}` });
  });
});

type Case = [title: string, schema: unknown, instance: unknown, violations: string[], notEvaluated?: string[]];

const CASES: Case[] = [
  ['type string accepts a string', { type: 'string' }, 'x', []],
  ['type string rejects a number', { type: 'string' }, 1, ['type@(root)']],
  ['type integer rejects 1.5 but number accepts it', { properties: { a: { type: 'integer' }, b: { type: 'number' } } }, { a: 1.5, b: 1.5 }, ['type@a']],
  ['a list of types accepts any of them', { type: ['string', 'null'] }, null, []],
  ['type object rejects an array', { type: 'object' }, [], ['type@(root)']],
  ['an unknown type name is not evaluated', { type: 'any' }, 1, [], ['type@(root)']],
  ['enum rejects a value outside the list', { enum: ['a', 'b'] }, 'c', ['enum@(root)']],
  ['enum compares objects by value', { enum: [{ a: [1, 2] }] }, { a: [1, 2] }, []],
  ['const rejects another value', { const: 'Blockcerts' }, 'blockcerts', ['const@(root)']],
  ['required names each missing property', { required: ['a', 'b'] }, { a: 1 }, ['required@b']],
  ['required ignores values that are not objects', { required: ['a'] }, 'text', []],
  ['properties apply to nested values', { properties: { a: { properties: { b: { type: 'string' } } } } }, { a: { b: 2 } }, ['type@a.b']],
  ['additionalProperties false rejects an unlisted property', { properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }, ['additionalProperties@b']],
  ['additionalProperties as a schema checks unlisted properties', { additionalProperties: { type: 'number' } }, { a: 1, b: 'x' }, ['type@b']],
  ['additionalProperties beside patternProperties is not evaluated', { patternProperties: { '^x': {} }, additionalProperties: false }, { a: 1 }, [], ['patternProperties@(root)', 'additionalProperties@(root)']],
  ['items as one schema applies to every item', { items: { type: 'string' } }, ['a', 2, 'c'], ['type@[1]']],
  ['items as a list applies position by position', { items: [{ type: 'string' }, { type: 'number' }] }, ['a', 'b'], ['type@[1]']],
  ['additionalItems beyond a list of items is not evaluated', { items: [{}], additionalItems: false }, [1, 2], [], ['additionalItems@(root)']],
  ['prefixItems is not evaluated, nor the items that depend on it', { prefixItems: [{}], items: false }, [1, 2], [], ['prefixItems@(root)', 'items@(root)']],
  ['minItems and maxItems bound the length', { properties: { a: { minItems: 2 }, b: { maxItems: 1 } } }, { a: [1], b: [1, 2] }, ['minItems@a', 'maxItems@b']],
  ['minLength counts code points, not UTF-16 units', { minLength: 2, maxLength: 2 }, '😀😀', []],
  ['maxLength rejects a longer string', { maxLength: 3 }, 'abcd', ['maxLength@(root)']],
  ['pattern is unanchored, as in ECMA-262', { pattern: '[0-9]{2}/' }, 'on 05/10/1983', []],
  ['pattern rejects a string that does not match', { pattern: '^[0-9]+$' }, '12a', ['pattern@(root)']],
  ['pattern is not run on a string longer than the cap', { pattern: '^a' }, 'a'.repeat(300), [], ['pattern@(root)']],
  ['a pattern that could backtrack catastrophically is not run', { pattern: '^(a+)+$' }, `${'a'.repeat(40)}!`, [], ['pattern@(root)']],
  ['an invalid pattern is not evaluated', { pattern: '(' }, 'x', [], ['pattern@(root)']],
  ['minimum and maximum are inclusive', { minimum: 1, maximum: 2 }, 2, []],
  ['exclusiveMaximum as a number excludes the bound (draft-06+)', { exclusiveMaximum: 2 }, 2, ['exclusiveMaximum@(root)']],
  ['exclusiveMinimum as a boolean makes minimum exclusive (draft-04)', { minimum: 1, exclusiveMinimum: true }, 1, ['minimum@(root)']],
  ['allOf requires every schema', { allOf: [{ type: 'string' }, { minLength: 3 }] }, 'ab', ['minLength@(root)']],
  ['anyOf requires one schema', { anyOf: [{ type: 'string' }, { type: 'number' }] }, true, ['anyOf@(root)']],
  ['anyOf passes when one schema matches', { anyOf: [{ type: 'string' }, { type: 'number' }] }, 3, []],
  ['oneOf rejects a value that matches two schemas', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3, ['oneOf@(root)']],
  ['oneOf passes when exactly one schema matches', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3.5, []],
  ['not rejects a value that matches its schema', { not: { type: 'string' } }, 'x', ['not@(root)']],
  ['the false schema rejects any value', { properties: { a: false } }, { a: 1 }, ['false@a']],
  ['the true schema accepts any value', { properties: { a: true } }, { a: 1 }, []],
  ['$ref follows a local definition', { definitions: { name: { type: 'string' } }, properties: { n: { $ref: '#/definitions/name' } } }, { n: 1 }, ['type@n']],
  ['$ref follows $defs with escaped pointer tokens', { $defs: { 'a/b': { type: 'string' } }, $ref: '#/$defs/a~1b' }, 1, ['type@(root)']],
  ['$ref to another document is not evaluated', { $ref: 'https://example.org/schema.json' }, 1, [], ['$ref@(root)']],
  ['$ref that names nothing is not evaluated', { $ref: '#/definitions/missing' }, 1, [], ['$ref@(root)']],
  ['keywords beside $ref are ignored in draft-07', { $schema: 'http://json-schema.org/draft-07/schema#', definitions: { s: { type: 'string' } }, $ref: '#/definitions/s', minLength: 5 }, 'ab', []],
  ['keywords beside $ref apply from 2019-09', { $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { s: { type: 'string' } }, $ref: '#/$defs/s', minLength: 5 }, 'ab', ['minLength@(root)']],
  ['a recursive $ref stops at the nesting limit', { $ref: '#' }, 1, [], ['*@(root)']],
  ['format is not evaluated', { format: 'email' }, 'not an email', [], ['format@(root)']],
  ['an unsupported keyword is not evaluated, never passed', { properties: { a: { uniqueItems: true } } }, { a: [1, 1] }, [], ['uniqueItems@a']],
  ['annotations are neither checked nor reported', { title: 'T', description: 'D', default: 1, examples: [1], $comment: 'c' }, 2, []],
  ['a property named like a keyword is a property', { properties: { type: { type: 'string' } }, required: ['type'] }, { type: 'x' }, []],
  ['a keyword named __proto__ is not evaluated, not looked up on Object.prototype', JSON.parse('{"__proto__": {"type": "string"}}'), 1, [], ['__proto__@(root)']],
  ['a property named __proto__ is checked like any other', JSON.parse('{"properties": {"__proto__": {"type": "string"}}}'), JSON.parse('{"__proto__": 1}'), ['type@__proto__']],
  ['an odd property name is quoted in the path', { properties: { 'a b': { type: 'string' } } }, { 'a b': 1 }, ['type@["a b"]']],
];

describe('JSON Schema keywords', () => {
  it.each(CASES)('%s', (_, schema, instance, violations, notEvaluated = []) => {
    expect(summary(validateJsonSchema(instance, schema))).toEqual({ violations, notEvaluated });
  });
});

describe('JSON Schema details', () => {
  it('states the value, the rule and where the schema states it', () => {
    const outcome = validateJsonSchema({ DOB: 5 }, { properties: { DOB: { type: 'string' } } }, { schemaId: SCHEMA_ID, rootPath: 'credentialSubject' });
    expect(outcome.violations[0]?.detail).toBe(`credentialSubject.DOB is the integer 5, but ${SCHEMA_ID}#/properties/DOB requires type string`);
    expect(schemaViolationProblem(outcome.violations[0]!).code).toBe('SCHEMA_VIOLATION');
  });

  it('says what was not evaluated and why', () => {
    const outcome = validateJsonSchema({ a: [] }, { properties: { a: { contains: {} } } }, { schemaId: SCHEMA_ID });
    expect(outcome.notEvaluated[0]?.detail).toBe(`a: contains in ${SCHEMA_ID}#/properties/a was not evaluated: the keyword is not supported`);
  });

  it('reports a keyword that is skipped for many items once', () => {
    const outcome = validateJsonSchema([1, 2, 3], { items: { multipleOf: 2 } });
    expect(outcome.notEvaluated).toHaveLength(1);
  });

  it('stops at the work limit and says the rest was not evaluated', () => {
    const outcome = validateJsonSchema(Array.from({ length: 100 }, () => 'x'), { items: { type: 'string' } }, { maxSteps: 10 });
    expect(outcome.notEvaluated.map((n) => n.detail)).toEqual(['(root): the rest of the schema was not evaluated: the work limit of 10 steps was reached']);
  });

  it('survives a schema that is not a schema', () => {
    expect(summary(validateJsonSchema({}, 'not a schema'))).toEqual({ violations: [], notEvaluated: ['*@(root)'] });
  });
});

describe('patterns that could backtrack catastrophically', () => {
  it.each([
    ['^(a+)+$', true],
    ['(a|aa)*', true],
    ['^(\\w+\\s?)*$', true],
    ['(x{2,})+', true],
    ['(a)\\1', true],
    ['^(foo|bar)$', false],
    ['^[A-Z]{2}[0-9]{6}$', false],
    ['^(\\d{3})-(\\d{4})$', false],
    ['^[(+)*]+$', false],
    ['^(?:ab)?c+$', false],
  ])('%s: %s', (pattern, expected) => {
    expect(mayBacktrack(pattern)).toBe(expected);
  });
});
