import type { z } from 'astro/zod';

/** "path: message" for each issue a schema finds in `input`; [] when it accepts the input. */
export function issueLines(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
