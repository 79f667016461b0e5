/** Content Security Policies as data, and the union one header sends for many pages. */
import { describe, expect, test } from 'vitest';
import {
  allowsAllOf,
  formatPolicy,
  parsePolicy,
  PolicyUnionError,
  unionOfPolicies,
} from '../../../../src/lib/security/content-security-policy.ts';

const PAGE_A = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='";
const PAGE_B =
  "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-b='; style-src 'self'";

describe('parsePolicy and formatPolicy', () => {
  test('directives in order, names in lower case, a repeated directive counted once', () => {
    const policy = parsePolicy("Default-Src 'self';; img-src 'self'  data: ; default-src *;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]);
    expect(formatPolicy(policy)).toBe("default-src 'self'; img-src 'self' data:");
  });
});

describe('unionOfPolicies', () => {
  test('allows what each policy allows, and no more', () => {
    const a = parsePolicy(PAGE_A);
    const b = parsePolicy(PAGE_B);
    const union = unionOfPolicies(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    expect(formatPolicy(union)).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a=' 'wasm-unsafe-eval' 'sha256-b='; style-src 'self' 'sha256-s='",
    );
    expect(allowsAllOf(union, a) && allowsAllOf(union, b)).toBe(true);
    expect(allowsAllOf(a, union)).toBe(false);
  });

  test("leaves out 'none' next to other sources, and 'none' allows nothing", () => {
    const none = parsePolicy("object-src 'none'");
    const union = unionOfPolicies(
      new Map([
        ['none', none],
        ['self', parsePolicy("object-src 'self'")],
      ]),
    );
    expect(union.get('object-src')).toEqual(["'self'"]);
    expect(allowsAllOf(union, none)).toBe(true);
    expect(unionOfPolicies(new Map([['none', none]])).get('object-src')).toEqual(["'none'"]);
  });

  test.each([
    ['a directive one policy lacks', PAGE_A, "default-src 'self'", /has the directives default-src, but a has/],
    [
      'strict-dynamic that one lacks',
      "script-src 'self'",
      "script-src 'strict-dynamic' 'sha256-x='",
      /'strict-dynamic'/,
    ],
    ["'unsafe-inline' next to a hash", "style-src 'unsafe-inline'", "style-src 'sha256-s='", /'unsafe-inline'/],
  ])('refuses %s', (_case, first, second, message) => {
    const policies = new Map([
      ['a', parsePolicy(first)],
      ['b', parsePolicy(second)],
    ]);
    expect(() => unionOfPolicies(policies)).toThrow(PolicyUnionError);
    expect(() => unionOfPolicies(policies)).toThrow(message);
  });

  test('refuses nothing to unite', () => {
    expect(() => unionOfPolicies(new Map())).toThrow(PolicyUnionError);
  });
});
