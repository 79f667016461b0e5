/** What the site says about itself, in one place. */
export const SITE = {
  title: 'Iran in Syria: the tracker',
  story: "Iran's military presence in Syria, 2018–2024",
  description:
    'Six articles from four newsrooms, kept word for word, on how Iran built up, defended and began to reshape its military presence in Syria between 2018 and 2024.',
  language: 'en',
} as const;
