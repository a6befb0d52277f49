const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Child ids are UUIDs (the event store's `child_id` column is one). Lower-cased so that the same
 * child always gives the same AAD, whatever case the caller used.
 */
export function normaliseChildId(childId: string): string {
  if (typeof childId !== 'string' || !UUID.test(childId)) {
    throw new TypeError('A child id must be a UUID');
  }
  return childId.toLowerCase();
}
