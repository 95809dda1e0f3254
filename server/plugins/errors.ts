import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError } from '../../contracts/common';
import { isDataException } from '../db/errors';
import { AppError, invalidFields } from '../lib/app-error';

type ValidationEntry = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
};

function fieldsFromValidation(entries: ValidationEntry[], context: string | undefined): FieldError[] {
  return entries.map((entry) => {
    const issuePath = entry.params?.issue?.path;
    const fromIssue = issuePath?.length ? issuePath.map(String).join('.') : undefined;
    const fromPointer = entry.instancePath?.replace(/^\//, '').replaceAll('/', '.');
    return {
      field: fromIssue || fromPointer || context || 'body',
      message: entry.message ?? 'Invalid value',
    };
  });
}

/** Fastify's own errors that are the client's fault, by code. */
const clientErrorCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return invalidFields(
      fieldsFromValidation(error.validation as ValidationEntry[], error.validationContext),
    );
  }
  if (error.validation) {
    return invalidFields(
      fieldsFromValidation(error.validation as ValidationEntry[], error.validationContext),
    );
  }
  if (error.code && clientErrorCodes[error.code])
    return new AppError(clientErrorCodes[error.code], error.message);
  if (error.statusCode === 429) return new AppError('RATE_LIMITED', 'Too many requests, slow down');
  // PostgreSQL refused a value (a NUL byte, a date out of range): bad input, not our failure.
  if (isDataException(error)) return new AppError('BAD_REQUEST', 'A value in the request cannot be stored');
  if (
    error instanceof SyntaxError ||
    (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
  ) {
    return new AppError('BAD_REQUEST', error.message);
  }
  return new AppError('INTERNAL', 'Something went wrong on our side');
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((rawError: FastifyError, request, reply) => {
    const error = toAppError(rawError);
    if (error.code === 'INTERNAL') {
      request.log.error(
        { err: rawError, serialization: isResponseSerializationError(rawError) },
        'unhandled error',
      );
    }
    return reply.status(error.status).send({
      error: { code: error.code, message: error.message, details: error.details, requestId: request.id },
    });
  });
});
