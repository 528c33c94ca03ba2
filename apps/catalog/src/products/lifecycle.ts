export const LIFECYCLE_STATUSES = ['draft', 'published', 'deprecated', 'retired'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Allowed moves; anything else is refused. A deprecated product may be published again before retirement. */
const TRANSITIONS: Record<LifecycleStatus, readonly LifecycleStatus[]> = {
  draft: ['published', 'retired'],
  published: ['deprecated'],
  deprecated: ['published', 'retired'],
  retired: [],
};

export function allowedTransitions(from: LifecycleStatus): readonly LifecycleStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: LifecycleStatus, to: LifecycleStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
