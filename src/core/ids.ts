const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for the shape of the hub's ids (API.md: `ID` is a UUID string). An id of another shape names
 * nothing here; checking it first keeps it from reaching a uuid column, where it would fail the
 * statement rather than find no row.
 */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
