import { HttpResponse } from 'msw';
import { MockApiError } from './store/mock-api-error';

/** Cloudflare's v4 envelope around a result. */
export const success = (result: unknown, status = 200) =>
  HttpResponse.json({ success: true, errors: [], messages: [], result }, { status });

export const failure = (status: number, code: number, message: string) =>
  HttpResponse.json({ success: false, errors: [{ code, message }], messages: [], result: null }, { status });

export function errorResponse(error: unknown) {
  if (error instanceof MockApiError) return failure(error.status, error.code, error.message);
  console.error('The mock API failed unexpectedly', error);
  return failure(500, 1500, 'The mock API failed unexpectedly. Try again.');
}

/** Reads a JSON body; an empty body is `undefined`, malformed JSON is a 400 in the envelope. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MockApiError(400, 1001, 'The request body is not valid JSON.');
  }
}
