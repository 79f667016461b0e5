/** How the site names each kind of entity, one and many, in the order pages list them. */
import type { EntityKind } from '../../collections/entity-schema.ts';

export const KIND_NAMES: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
};

export const KIND_ORDER: readonly EntityKind[] = ['person', 'organisation', 'place'];
