import { type ErrorCode, ErrorResponse, FieldError } from '@contracts/common';
import { z } from 'zod';

/** Client-side code for a request that never reached the server. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(options: {
    code: ApiErrorCode;
    message: string;
    status: number;
    details?: unknown;
    requestId?: string;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.details = options.details;
    this.requestId = options.requestId;
  }

  /** Per-field messages of a VALIDATION_ERROR (`details.fields`), or an empty list. */
  get fieldErrors(): FieldError[] {
    const parsed = ValidationDetails.safeParse(this.details);
    return parsed.success ? parsed.data.fields : [];
  }
}

const ValidationDetails = z.object({ fields: z.array(FieldError) });

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// Used only when a response has no JSON error body (a proxy page, a crashed upstream).
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'VALIDATION_ERROR';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL';
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      code: 'NETWORK_ERROR',
      status: 0,
      message: 'Cannot reach the server. Check your connection and try again.',
    });
  }

  const payload = response.status === 204 ? undefined : await readJson(response);
  if (response.ok) return payload as T;

  const parsed = ErrorResponse.safeParse(payload);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    throw new ApiError({ code, message, details, requestId, status: response.status });
  }
  throw new ApiError({
    code: codeForStatus(response.status),
    status: response.status,
    message: response.statusText || `Request failed with status ${response.status}`,
  });
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** A sentence fit to show a user, chosen by error code rather than by message text. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  switch (error.code) {
    case 'NETWORK_ERROR':
    case 'VALIDATION_ERROR':
    case 'BAD_REQUEST':
    case 'CONFLICT':
    case 'NOT_FOUND':
    case 'UNAUTHORIZED':
    case 'PAYLOAD_TOO_LARGE':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return error.message;
    case 'FORBIDDEN':
      return 'You do not have permission to do this.';
    case 'RATE_LIMITED':
      return 'Too many attempts. Wait a minute and try again.';
    case 'INTERNAL':
      return error.requestId
        ? `The server hit an error (request ${error.requestId}). Please try again.`
        : 'The server hit an error. Please try again.';
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}
