import { describe, expect, it } from 'vitest';
import { missingFile, nearestName } from '../../../../src/lib/story/content-index.ts';

const SLUGS = ['iran-trims-military-presence-in-syria', 'iranian-visits-to-damascus', 'hezbollah', 'ali-asghar-haji'];

describe('nearestName', () => {
  it('finds the name a typo meant: a letter dropped, doubled or swapped', () => {
    expect(nearestName('hezbolah', SLUGS)).toBe('hezbollah');
    expect(nearestName('ali-asghar-hajji', SLUGS)).toBe('ali-asghar-haji');
    expect(nearestName('iranian-visits-to-damsacus', SLUGS)).toBe('iranian-visits-to-damascus');
  });

  it('suggests nothing for a name far from every other', () => {
    expect(nearestName('russia', SLUGS)).toBeUndefined();
    expect(nearestName('hezbollah-in-lebanon', SLUGS)).toBeUndefined();
    expect(nearestName('anything', [])).toBeUndefined();
  });

  it('takes a short form for the one name that holds it as whole words', () => {
    expect(nearestName('haji', SLUGS)).toBe('ali-asghar-haji');
    expect(nearestName('jusoor', ['jusoor-center-for-studies', 'jordan'])).toBe('jusoor-center-for-studies');
    // Several names hold it: none is likelier than another.
    expect(nearestName('iran', ['iran-trims-its-forces', 'iran-denies-reducing', 'lebanon'])).toBeUndefined();
    // Part of a word is not a short form.
    expect(nearestName('hez', SLUGS)).toBeUndefined();
  });

  it('allows more edits in a longer name, a fifth of its length', () => {
    expect(nearestName('iran-trimmed-military-presence-in-syria', SLUGS)).toBe('iran-trims-military-presence-in-syria');
  });
});

describe('missingFile', () => {
  it('names the file it looked for, and the likeliest intended one', () => {
    expect(missingFile('content/entities/', 'hezbolah', '.yaml', SLUGS)).toBe(
      'the name of a file in content/entities/ (without .yaml), but there is no content/entities/hezbolah.yaml; did you mean "hezbollah"?',
    );
    expect(missingFile('content/entities/', 'russia', '.yaml', SLUGS)).toBe(
      'the name of a file in content/entities/ (without .yaml), but there is no content/entities/russia.yaml',
    );
  });
});
