/**
 * Content Security Policies as data: read one from its text, write it back, and unite several
 * into one that allows everything each of them allows.
 *
 * The union is what lets one HTTP header serve many pages. A browser enforces every policy it is
 * given (the page's <meta> and the header alike), so a resource must pass both: a header that
 * allows at least what the page's own policy allows changes nothing for that page, while a
 * header that lacked one of its hashes would block that script or style.
 */

/** Directive name (lower case) -> its source list, in the order written. */
export type Policy = Map<string, string[]>;

export class PolicyUnionError extends Error {
  override name = 'PolicyUnionError';
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    // A directive named twice counts once, the first time (CSP Level 3, "parse a serialized CSP").
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const isHashOrNonce = (source: string) => /^'(sha(256|384|512)|nonce)-/.test(source);

/**
 * The policy that allows what each of `policies` allows (labelled by where it comes from, for
 * errors), source list by source list. It refuses what would make the union stricter than one
 * of them instead: a directive some of them lack (its absence falls back to default-src, or
 * allows anything), 'strict-dynamic' that some lack (it switches their host sources off), and
 * 'unsafe-inline' next to a hash or nonce (browsers then ignore 'unsafe-inline').
 */
export function unionOfPolicies(policies: ReadonlyMap<string, Policy>): Policy {
  const union: Policy = new Map();
  const entries = [...policies];
  const [first] = entries;
  if (!first) throw new PolicyUnionError('there is no policy to unite');
  const directiveNames = (policy: Policy) => [...policy.keys()].sort().join(', ');
  for (const [label, policy] of entries) {
    if (directiveNames(policy) !== directiveNames(first[1])) {
      throw new PolicyUnionError(
        `${label} has the directives ${directiveNames(policy)}, but ${first[0]} has ${directiveNames(first[1])}: ` +
          'a policy for both would be stricter than one of them.',
      );
    }
    for (const [name, sources] of policy) {
      const united = union.get(name) ?? [];
      for (const source of sources) if (!united.includes(source)) united.push(source);
      union.set(name, united);
    }
  }
  for (const [name, sources] of union) {
    const lacking = entries.find(([, policy]) => !policy.get(name)?.includes("'strict-dynamic'"));
    if (sources.includes("'strict-dynamic'") && lacking) {
      throw new PolicyUnionError(`${name}: 'strict-dynamic' is not in the policy of ${lacking[0]}.`);
    }
    if (sources.includes("'unsafe-inline'") && sources.some(isHashOrNonce)) {
      throw new PolicyUnionError(`${name}: 'unsafe-inline' would be ignored next to the hashes of other pages.`);
    }
    // 'none' next to other sources is ignored (and Chromium warns about it): leave it out.
    if (sources.length > 1)
      union.set(
        name,
        sources.filter((source) => source !== "'none'"),
      );
  }
  return union;
}

/** Whether `policy` names every source that `other` allows, directive by directive ('none' allows nothing). */
export function allowsAllOf(policy: Policy, other: Policy): boolean {
  return [...other].every(([name, sources]) =>
    sources.every((source) => source === "'none'" || policy.get(name)?.includes(source)),
  );
}
