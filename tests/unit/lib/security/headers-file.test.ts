/** Writing the `_headers` file: which rule sends each page's policy, and collisions on Netlify. */
import { describe, expect, test } from 'vitest';
import {
  everyPathPattern,
  formatHeadersFile,
  overlappingRules,
  policyRulePattern,
} from '../../../../src/lib/security/headers-file.ts';

describe('policyRulePattern', () => {
  test.each([
    ['index.html', '/', '/'],
    ['articles/x/index.html', '/', '/articles/*'],
    ['articles/x/y/index.html', '/', '/articles/*'],
    ['404.html', '/', '/404.html'],
    ['index.html', '/tracker/', '/tracker/'],
    ['search/index.html', '/tracker', '/tracker/search/*'],
  ])('%s under %s: %s', (file, base, pattern) => {
    expect(policyRulePattern(file, base)).toBe(pattern);
  });

  test('every path under the base', () => {
    expect(everyPathPattern('/')).toBe('/*');
    expect(everyPathPattern('/tracker')).toBe('/tracker/*');
  });
});

test('overlappingRules finds the folder rules that Netlify would also apply elsewhere', () => {
  expect(overlappingRules(['/', '/404.html', '/articles/*', '/search/*'])).toEqual([]);
  expect(overlappingRules(['/data/*', '/database/*', '/Data.html'])).toEqual([
    ['/data/*', '/database/*'],
    ['/data/*', '/Data.html'],
  ]);
});

test('formatHeadersFile writes comments, then one block per rule', () => {
  const text = formatHeadersFile(
    ['Written at build time.'],
    [
      { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' } },
      { path: '/', headers: { 'Content-Security-Policy': "default-src 'self'" } },
    ],
  );
  expect(text).toBe(
    [
      '# Written at build time.',
      '',
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  X-Frame-Options: DENY',
      '',
      '/',
      "  Content-Security-Policy: default-src 'self'",
      '',
    ].join('\n'),
  );
});
