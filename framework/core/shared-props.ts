/**
 * Props records shared between clients. Every client of a page builds the same elements with the
 * same props (`{ label: 'Name', outlined: true, dense: true }`), each a record of its own (56 B and
 * up). Once a page is built, an element whose props hold only short primitive values takes the
 * one frozen record with the same content; the first change makes it a copy of its own again
 * (Element.setProp). Sharing is by identical content only, so no client sees another's data.
 *
 * Bounded, so that varying values (ids, user input) cannot grow the table without limit; longer
 * records are left alone, so the table never keeps large values alive.
 */
const records = new Map<string, Readonly<Record<string, unknown>>>();
const MAX_RECORDS = 4096;
const MAX_KEY_LENGTH = 256;

/** The shared record equal to `props`, or undefined when it is not shareable. */
export function sharedProps(props: Record<string, unknown>): Readonly<Record<string, unknown>> | undefined {
  for (const key in props) {
    const value = props[key];
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    // JSON would write NaN and Infinity as null and -0 as 0: such a record would match another.
    if (typeof value !== 'number' || !Number.isFinite(value) || Object.is(value, -0)) return undefined;
  }
  const key = JSON.stringify(props);
  if (key.length > MAX_KEY_LENGTH) return undefined;
  const shared = records.get(key);
  if (shared) return shared;
  if (records.size >= MAX_RECORDS) return undefined;
  const record = Object.freeze({ ...props });
  records.set(key, record);
  return record;
}
