import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aliasIndexFromFiles } from '../../../../src/lib/entities/alias-index-from-files.ts';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entities-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const spellings = (dir: string) =>
  [...aliasIndexFromFiles(dir).spellings.values()].map((s) => `${s.entityId}:${s.text}`).sort();

describe('aliasIndexFromFiles', () => {
  it('reads name and aliases of each file, its id from the file name', () => {
    const dir = folder({
      'iran.yaml': 'name: Iran\nkind: place\naliases: ["Islamic Republic"]\n',
      'notes.txt': 'ignored',
    });
    expect(spellings(dir)).toEqual(['iran:Iran', 'iran:Islamic Republic']);
  });

  it('skips files the entities collection will reject, instead of guessing', () => {
    const dir = folder({
      'broken.yaml': 'name: [unclosed',
      'nameless.yaml': 'kind: place\n',
      'ok.yaml': 'name: Homs\naliases: [1, "x", "Hims"]\n',
    });
    expect(spellings(dir)).toEqual(['ok:Hims', 'ok:Homs']);
  });

  it('treats a missing folder as no entities', () => {
    expect(aliasIndexFromFiles(join(tmpdir(), 'no-such-entities-folder')).spellings.size).toBe(0);
  });

  it('reuses the index until a file changes', () => {
    const dir = folder({ 'homs.yaml': 'name: Homs\naliases: []\n' });
    const first = aliasIndexFromFiles(dir);
    expect(aliasIndexFromFiles(dir)).toBe(first);
    writeFileSync(join(dir, 'homs.yaml'), 'name: Homs\naliases: ["Hims"]\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'homs.yaml'), later, later);
    // Files are looked at again once a second at most (a build asks for every article).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      expect(aliasIndexFromFiles(dir)).toBe(first);
      vi.setSystemTime(Date.now() + 1_500);
      expect(aliasIndexFromFiles(dir)).not.toBe(first);
      expect(spellings(dir)).toEqual(['homs:Hims', 'homs:Homs']);
    } finally {
      vi.useRealTimers();
    }
  });
});
