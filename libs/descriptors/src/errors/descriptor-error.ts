import type { SchemaIssue } from '../validation/schema-issue';

/** Why a descriptor could not be read, versioned, named or written. */
export enum DescriptorErrorCode {
  /** The text is not one well-formed YAML or JSON document within our limits. */
  PARSE_ERROR = 'PARSE_ERROR',
  /** A name is not a lower-case kebab name, so no URN can be built from it. */
  INVALID_NAME = 'INVALID_NAME',
  /** A version string is not a semantic version (or has no major version where one is needed). */
  INVALID_VERSION = 'INVALID_VERSION',
  /** A value cannot be written in the requested format without changing it (e.g. Infinity in JSON). */
  UNSUPPORTED_VALUE = 'UNSUPPORTED_VALUE',
  /** The document is none of the formats an operation accepts (e.g. a data product given to importContract). */
  UNSUPPORTED_FORMAT = 'UNSUPPORTED_FORMAT',
  /** The document is of a supported format but does not conform to it; `issues` says where. */
  INVALID_DOCUMENT = 'INVALID_DOCUMENT',
}

/**
 * Typed error of this library; `line` and `column` are 1-based and set when the parser reports a position,
 * `issues` (pointers into the document as sent) when a document of a supported format does not conform to it.
 */
export class DescriptorError extends Error {
  override readonly name = 'DescriptorError';

  constructor(
    readonly code: DescriptorErrorCode,
    message: string,
    readonly line?: number,
    readonly column?: number,
    readonly issues?: readonly SchemaIssue[],
  ) {
    super(message);
  }
}
