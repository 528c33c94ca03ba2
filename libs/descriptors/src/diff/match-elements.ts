/** An element of one contract version with its RFC 6901 pointer in that document. */
export interface Located<T> {
  element: T;
  pointer: string;
}

/** The same element in both versions, only in the next one (added) or only in the previous one (removed). */
export type ElementPair<T> =
  | { previous: Located<T>; next: Located<T> }
  | { previous?: undefined; next: Located<T> }
  | { previous: Located<T>; next?: undefined };

interface Identified {
  id?: string;
  name?: string;
}

/**
 * Pairs the elements of two sibling lists: by `id` when both sides have one (so a rename stays the same element),
 * otherwise by `name`. Matched and added elements come in the next version's order, then the removed ones in the
 * previous version's order.
 */
export function matchElements<T extends Identified>(previous: Located<T>[], next: Located<T>[]): ElementPair<T>[] {
  const partnerOf = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (nextIndex: number, previousIndex: number): void => {
    partnerOf.set(nextIndex, previousIndex);
    taken.add(previousIndex);
  };
  next.forEach((candidate, nextIndex) => {
    const previousIndex = indexOfFree(previous, taken, (each) => hasId(candidate) && each.element.id === candidate.element.id);
    if (previousIndex >= 0) pair(nextIndex, previousIndex);
  });
  next.forEach((candidate, nextIndex) => {
    if (partnerOf.has(nextIndex)) return;
    const previousIndex = indexOfFree(previous, taken, (each) => matchesByName(each, candidate));
    if (previousIndex >= 0) pair(nextIndex, previousIndex);
  });
  const matchedOrAdded = next.map((located, nextIndex): ElementPair<T> => {
    const previousIndex = partnerOf.get(nextIndex);
    return previousIndex === undefined ? { next: located } : { previous: previous[previousIndex], next: located };
  });
  const removed = previous.filter((_, index) => !taken.has(index)).map((located): ElementPair<T> => ({ previous: located }));
  return [...matchedOrAdded, ...removed];
}

function indexOfFree<T>(list: Located<T>[], taken: ReadonlySet<number>, accepts: (each: Located<T>) => boolean): number {
  return list.findIndex((each, index) => !taken.has(index) && accepts(each));
}

function hasId(located: Located<Identified>): boolean {
  return typeof located.element.id === 'string' && located.element.id !== '';
}

// Two elements that both carry an id are the same element only when the ids agree, whatever their names.
function matchesByName(previous: Located<Identified>, next: Located<Identified>): boolean {
  if (hasId(previous) && hasId(next)) return false;
  return previous.element.name !== undefined && previous.element.name === next.element.name;
}

/** The elements of a list with their pointers, e.g. located(doc.schema, '/schema'). */
export function located<T>(list: readonly T[] | undefined, pointer: string): Located<T>[] {
  return (list ?? []).map((element, index) => ({ element, pointer: `${pointer}/${index}` }));
}
