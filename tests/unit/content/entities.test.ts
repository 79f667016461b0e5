/**
 * The entity files in `content/entities/`, read as plain files: every spelling belongs to one
 * entity, and the spelling variants readers search for (PROVENANCE.md) lead to one entity each.
 */
import { describe, expect, it } from 'vitest';
import { aliasIndexFromFiles } from '../../../src/lib/entities/alias-index-from-files.ts';
import { findMentions } from '../../../src/lib/entities/find-mentions.ts';

const index = aliasIndexFromFiles(new URL('../../../content/entities/', import.meta.url));
const entityOf = (text: string) => findMentions(text, index).map((m) => m.entityId);

describe('content/entities', () => {
  it('gives no spelling to two entities', () => {
    expect(index.collisions).toEqual([]);
  });

  it.each([
    [['Khmeimim', 'Hmeimim'], 'khmeimim-air-base'],
    [['Qusayr', 'Qusair', 'al-Qusayr'], 'qusayr'],
    [['Ghasemi', 'Qasemi'], 'bahram-ghasemi'],
    [['Lavrentiev', 'Lavrentyev'], 'alexander-lavrentiev'],
    [['Deir Ezzor', 'Deir ez-Zor'], 'deir-ezzor'],
    [['Hezbollah', 'Hizbullah'], 'hezbollah'],
    [['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guard'], 'irgc'],
    [['Sayyida Zeinab', 'Zeinab Shrine'], 'sayyida-zeinab'],
  ])('finds every spelling of %j as %s', (spellings, id) => {
    for (const spelling of spellings) expect(entityOf(`near ${spelling}.`), spelling).toEqual([id]);
  });

  it('tells the governorate around the capital from the capital', () => {
    expect(entityOf('109 in the countryside of Damascus, and 7 in Damascus')).toEqual(['rif-dimashq', 'damascus']);
  });

  it('tells Maher al-Assad from Bashar, and Kataib Hezbollah from Hezbollah', () => {
    expect(entityOf('Maher al-Assad, Assad’s brother; Kataib Hezbollah and Hezbollah')).toEqual([
      'maher-al-assad',
      'bashar-al-assad',
      'kataib-hezbollah',
      'hezbollah',
    ]);
  });
});
