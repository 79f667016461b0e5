/**
 * What each raw capture in `content/captures/` holds besides article text, and which article
 * each part of it became. Source: `PROVENANCE.md` ("Page chrome, not article text").
 *
 * A paragraph of a capture is one non-empty line, trimmed. Every paragraph that is not listed
 * here as chrome is article text and must reach the built article page word for word.
 */

export interface ChromeLine {
  /** The line exactly as in the capture, trimmed. */
  text: string;
  /** Why it is not article text. */
  reason: string;
  /**
   * For text the web page printed more than once (a headline, a caption): how many of its first
   * occurrences in the article are article text (kept once, in front matter). Only the further
   * occurrences are chrome. Without it, every occurrence is chrome.
   */
  keepFirst?: number;
}

export interface CapturePart {
  /** The article's slug: `content/articles/<slug>.md`, `/articles/<slug>/`. */
  slug: string;
  /** `capture.part` in the article's front matter, when the capture holds several articles. */
  part?: number;
  /** The first line of this article in the capture (trimmed); the first part starts at line 1. */
  startsWith?: string;
  /** Lines of the article that are subheadings (rendered as headings, "## " in Markdown). */
  subheadings?: string[];
}

export interface CaptureChrome {
  file: string;
  /** The articles of the capture, in the order they appear. */
  parts: CapturePart[];
  chrome: ChromeLine[];
}

export const CAPTURES: CaptureChrome[] = [
  {
    file: '000_0d7aab7bf8952abd.txt',
    parts: [{ slug: 'iran-denies-reducing-its-forces-in-syria' }],
    chrome: [
      {
        text: 'Elements of Iranian militias in al-Bukamal in Deir Ezzor countryside - February 2024 (AFP)',
        reason: 'image caption printed twice; kept once, as the lead picture’s caption',
        keepFirst: 1,
      },
      { text: 'A A A', reason: 'font-size widget' },
      {
        text: 'النسخة العربية من المقال',
        reason: 'link to the Arabic version of the article; recorded as otherEditions: [{ language: ar }]',
      },
      { text: 'Related Articles', reason: 'related-articles box' },
      {
        text: "1. What impact will Iranian president's death have on Tehran's policy in Syria",
        reason: 'related-articles box',
      },
      {
        text: '2. After Haniyeh’s assassination, al-Assad caught in Israel-Iran proxy war',
        reason: 'related-articles box',
      },
      { text: '3. Syrian regime uses lighter tone with Turkey over Iranian push', reason: 'related-articles box' },
      {
        text: '4. Amid hike in Israeli strikes, will Iran change its strategy in Syria',
        reason: 'related-articles box',
      },
      { text: 'Propaganda distorts the truth and prolongs the war..', reason: 'donation appeal' },
      { text: 'Syria needs free media.. We need your support to stay independent..', reason: 'donation appeal' },
      { text: 'Support Enab Baladi..', reason: 'donation appeal' },
      { text: '$1 a month makes a difference..', reason: 'donation appeal' },
      { text: 'Click here to support', reason: 'donation appeal' },
    ],
  },
  {
    file: '001_7ef1bad395deb424.txt',
    parts: [{ slug: 'iran-says-military-presence-in-syria-unchanged', subheadings: ['Direct escalation'] }],
    chrome: [
      {
        text: 'Syrian and Iranian Defense Officials Meet to Strengthen Bilateral Cooperation on Regional Security',
        reason: 'link to another article, printed in the middle of the text',
      },
    ],
  },
  {
    file: '002_ef0aced2dd1d68dd.txt',
    parts: [{ slug: 'iran-rejects-russian-demand-to-withdraw-troops' }],
    chrome: [
      { text: 'Accessibility links', reason: 'site skip-links' },
      { text: 'Breaking News', reason: 'site breaking-news banner' },
      {
        text: "An IDF's presentation of alleged Iranian intelligence sites in Syria, May 11, 2018",
        reason: 'image caption printed twice; kept once, as the inline picture’s caption',
        keepFirst: 1,
      },
    ],
  },
  {
    file: '003_9bb1f79484496d4a.txt',
    parts: [
      { slug: 'iran-trims-military-presence-in-syria', part: 1 },
      {
        slug: 'hezbollah-statelet-in-qusayr-under-israeli-fire',
        part: 2,
        startsWith: 'Hezbollah’s ‘Statelet’ in Syria’s Qusayr Under Israeli Fire',
      },
    ],
    chrome: [
      {
        text: 'Iran Trims Military Presence in Syria',
        reason: 'headline printed twice; kept once, as the headline',
        keepFirst: 1,
      },
      {
        text: 'File photo of Iranian military leaders in eastern Syria (Syrian Observatory for Human Rights)',
        reason: 'image caption printed four times; kept once, as the lead picture’s caption',
        keepFirst: 1,
      },
      {
        text: 'Hezbollah’s ‘Statelet’ in Syria’s Qusayr Under Israeli Fire',
        reason: 'headline printed twice; kept once, as the headline',
        keepFirst: 1,
      },
      {
        text: 'Smoke billows from al-Qusayr in western Syria following an attack. (SANA)',
        reason: 'image caption printed four times; kept once, as the lead picture’s caption',
        keepFirst: 1,
      },
      { text: 'TT', reason: 'share widget (once in each article)' },
    ],
  },
  {
    file: '004_be705ec2f0715163.txt',
    parts: [
      {
        slug: 'iranian-visits-to-damascus',
        subheadings: ['Iran’s Growing Concern over Its Influence in Syria', 'Tehran’s Military Adjustments in Syria'],
      },
    ],
    chrome: [
      { text: 'Search', reason: 'site search box' },
      {
        text: 'Iranian Visits to Damascus: A Confirmation of Military Influence in Syria',
        reason: 'headline printed twice; kept once, as the headline',
        keepFirst: 1,
      },
      { text: 'Helpful keywords', reason: 'site tag box' },
    ],
  },
];

/** A capture's paragraph: one non-empty line, trimmed, with its 1-based line number. */
export interface Paragraph {
  line: number;
  text: string;
}

/** The capture's paragraphs, split into its articles (`parts`), in order. */
export function splitCapture(source: string, capture: CaptureChrome): Paragraph[][] {
  const paragraphs: Paragraph[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text !== '') paragraphs.push({ line: index + 1, text });
  });
  const starts = capture.parts.map((part, i) => {
    if (i === 0) return 0;
    const at = paragraphs.findIndex((p) => p.text === part.startsWith);
    if (at < 0)
      throw new Error(`${capture.file}: part ${part.part ?? i + 1} should start at "${part.startsWith}", not found`);
    return at;
  });
  return starts.map((start, i) => paragraphs.slice(start, starts[i + 1] ?? paragraphs.length));
}

export interface ClassifiedParagraph extends Paragraph {
  /** The chrome entry it matches, when it is chrome. */
  chrome?: ChromeLine;
}

/**
 * Marks which paragraphs of one article are chrome. Counting for `keepFirst` is per article:
 * the first occurrences are article text, the rest chrome.
 */
export function classify(paragraphs: Paragraph[], chrome: ChromeLine[]): ClassifiedParagraph[] {
  const seen = new Map<string, number>();
  return paragraphs.map((p) => {
    const entry = chrome.find((c) => c.text === p.text);
    if (!entry) return p;
    const count = (seen.get(p.text) ?? 0) + 1;
    seen.set(p.text, count);
    return count <= (entry.keepFirst ?? 0) ? p : { ...p, chrome: entry };
  });
}
