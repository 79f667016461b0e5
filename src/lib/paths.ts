/**
 * Every internal link goes through here so the site works under a base path (`BASE_PATH`,
 * e.g. "/tracker/") as well as at the root.
 */
export function joinPath(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

const base: string = import.meta.env.BASE_URL ?? '/';

export const sitePath = (path = ''): string => joinPath(base, path);
export const articlePath = (slug: string): string => sitePath(`articles/${slug}/`);
export const publisherPath = (id: string): string => sitePath(`sources/${id}/`);
export const capturePath = (file: string): string => sitePath(`captures/${file}`);
export const entityPath = (id: string): string => sitePath(`entities/${id}/`);
/** Every event the entity takes part in (for entities with more than their page lists). */
export const entityEventsPath = (id: string): string => sitePath(`entities/${id}/events/`);
/** The timeline filtered to an entity, as the chart's filters write its address (`view-state.ts`). */
export const timelineFilteredPath = (entity: { id: string; data: { kind: string } }): string =>
  `${sitePath('timeline/')}?${new URLSearchParams({ [entity.data.kind]: entity.id })}`;
export const questionPath = (id: string): string => sitePath(`questions/${id}/`);
/** A paragraph of an article, by the id `rehype-paragraph-ids.ts` gives it. */
export const paragraphPath = (slug: string, paragraphId: string): string => `${articlePath(slug)}#${paragraphId}`;
