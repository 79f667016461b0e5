/** "ar" -> "Arabic": language names from the platform's CLDR data, not a table of our own. */
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  return names.of(code) ?? code;
}
