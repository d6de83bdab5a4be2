import { expect } from 'vitest';
import { ApiError } from '../src/lib/api-error';

/** Awaits a call that must fail, and returns its ApiError (failing the test if it succeeded or threw anything else). */
export async function apiRefusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
