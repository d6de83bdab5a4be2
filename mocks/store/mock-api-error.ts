/** A refusal the mock answers in the v4 envelope: an HTTP status and a message a person can act on. */
export class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'MockApiError';
  }
}

export const badRequest = (message: string) => new MockApiError(400, 1003, message);
export const notFound = (message: string) => new MockApiError(404, 1404, message);
export const conflict = (message: string) => new MockApiError(409, 1409, message);
export const tooManyRequests = (message: string) => new MockApiError(429, 1429, message);
