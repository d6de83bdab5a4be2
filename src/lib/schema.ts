import * as v from 'valibot';

/**
 * Checks what crosses a boundary (an API answer, stored data) against a valibot schema, declared
 * once for both the check and the type. A failure throws an Error that names the field, as
 * `"expires_on" is not a date`, and the list item it sits in, so a message can point at it.
 */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  const keys = (issue.path ?? []).map((item) => item.key);
  const field = keys.filter((key) => typeof key === 'string').join('.');
  const index = keys.find((key) => typeof key === 'number');
  const where = typeof index === 'number' ? ` (item ${index + 1} of ${what})` : '';
  return fail(field ? `"${field}" ${issue.message}${where}` : `${what} ${issue.message}`);
}

function fail(message: string): never {
  throw new Error(message);
}

/** A string that may be absent or null. */
export const optionalString = () => v.nullish(v.string('is not a string'));
