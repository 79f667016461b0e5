/** Files that cannot be read as entries, named in an editor's words (src/collections/file-problems.ts). */
import { describe, expect, it } from 'vitest';
import { fileNameProblem, frontMatterOf, shapeProblem, yamlProblem } from '../../../src/collections/file-problems.ts';

describe('fileNameProblem', () => {
  it('takes lower-case words, digits and hyphens', () => {
    expect(fileNameProblem('2024-11-13-lavrentiev-iran-scaled-back.yaml')).toBeUndefined();
    expect(fileNameProblem('khmeimim-air-base.yaml')).toBeUndefined();
  });

  it('refuses capitals, spaces and accents, and suggests the name', () => {
    expect(fileNameProblem('Iran Visits Damascus.md')?.expected).toMatch(
      /but "Iran Visits Damascus.md" is not one: rename it "iran-visits-damascus.md"$/,
    );
    expect(fileNameProblem('Deir_ez-Zōr.yaml')?.expected).toMatch(/rename it "deir-ez-zor.yaml"$/);
  });
});

describe('shapeProblem', () => {
  it('names an empty file, and front matter without its lines of hyphens', () => {
    expect(shapeProblem(' \n', false)?.expected).toBe('content, but the file is empty');
    expect(shapeProblem('headline: "A"\n\nText.', true)?.expected).toMatch(/^front matter first/);
    expect(shapeProblem('---\nheadline: "A"\n\nText.', true)?.expected).toMatch(/second line of three hyphens/);
  });

  it('lets a whole file through, a byte-order mark included', () => {
    expect(shapeProblem('\uFEFF---\nheadline: "A"\n---\n\nText.', true)).toBeUndefined();
    expect(shapeProblem('name: A\n', false)).toBeUndefined();
  });
});

describe('yamlProblem', () => {
  const expected = (yaml: string, linesBefore = 0) => yamlProblem(yaml, linesBefore)?.expected;

  it('passes YAML that parses', () => {
    expect(yamlProblem('name: "A: B"\naliases: [x, y]\n')).toBeUndefined();
  });

  it('names the line and its likely cause', () => {
    expect(expected('headline: Iran: the story\nheadlineBy: publisher\n', 1)).toBe(
      'YAML that can be read, but line 2 (headline: Iran: the story) has a second ": " in it: put the value in double quotes, or check its indentation',
    );
    expect(expected('name: A\nkind: place\nname: B\n')).toBe(
      'YAML that can be read, but line 3 (name: B) repeats a field the file already has',
    );
    expect(expected('claimant:\n\tentity: x\n')).toMatch(/line 2 \(entity: x\) is indented with a tab/);
    expect(expected('when:\n  date: "2024"\n   approximate: false\n')).toMatch(
      /line 3 \(approximate: false\) is indented differently/,
    );
  });

  it('finds the line whose double quote never closes, not the end of the file', () => {
    expect(expected('name: "Enab Baladi\nlanguage: en\nkind: x\n')).toBe(
      'YAML that can be read, but line 1 (name: "Enab Baladi) opens a double quote that is never closed',
    );
  });
});

it('frontMatterOf takes the lines between the two lines of hyphens', () => {
  expect(frontMatterOf('---\na: 1\nb: 2\n---\n\nText\n---\n')).toEqual({ yaml: 'a: 1\nb: 2', linesBefore: 1 });
});
