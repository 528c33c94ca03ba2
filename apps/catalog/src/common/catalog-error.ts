import { assertUnreachable, DomainError, type ProblemFieldError, type ProblemSpec } from '@meshwork/platform';

export enum CatalogErrorCode {
  DOMAIN_NOT_FOUND = 'DOMAIN_NOT_FOUND',
  DOMAIN_EXISTS = 'DOMAIN_EXISTS',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
  CONTRACT_NOT_FOUND = 'CONTRACT_NOT_FOUND',
  UNPARSABLE_DOCUMENT = 'UNPARSABLE_DOCUMENT',
  INVALID_DOCUMENT = 'INVALID_DOCUMENT',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  VERSION_NOT_INCREASING = 'VERSION_NOT_INCREASING',
  CONTRACT_VERSION_CONFLICT = 'CONTRACT_VERSION_CONFLICT',
  CONTRACT_OWNED_ELSEWHERE = 'CONTRACT_OWNED_ELSEWHERE',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  PRODUCT_RETIRED = 'PRODUCT_RETIRED',
  INVALID_URN = 'INVALID_URN',
  URN_NOT_FOUND = 'URN_NOT_FOUND',
  INVALID_CURSOR = 'INVALID_CURSOR',
  INVALID_RUN_EVENT = 'INVALID_RUN_EVENT',
  BREAKING_CHANGE = 'BREAKING_CHANGE',
  UNSUPPORTED_FORMAT = 'UNSUPPORTED_FORMAT',
  POLICY_VIOLATION = 'POLICY_VIOLATION',
  DOCUMENTATION_NOT_FOUND = 'DOCUMENTATION_NOT_FOUND',
  SAMPLE_NOT_FOUND = 'SAMPLE_NOT_FOUND',
  INVALID_SAMPLE = 'INVALID_SAMPLE',
  PORT_WITHOUT_SCHEMA = 'PORT_WITHOUT_SCHEMA',
}

export function catalogProblem(code: CatalogErrorCode): ProblemSpec {
  switch (code) {
    case CatalogErrorCode.DOMAIN_NOT_FOUND:
      return { status: 404, title: 'Domain not found' };
    case CatalogErrorCode.DOMAIN_EXISTS:
      return { status: 409, title: 'Domain already exists' };
    case CatalogErrorCode.PRODUCT_NOT_FOUND:
      return { status: 404, title: 'Data product not found' };
    case CatalogErrorCode.VERSION_NOT_FOUND:
      return { status: 404, title: 'Version not found' };
    case CatalogErrorCode.CONTRACT_NOT_FOUND:
      return { status: 404, title: 'Contract not found' };
    case CatalogErrorCode.UNPARSABLE_DOCUMENT:
      return { status: 400, title: 'The document cannot be parsed' };
    case CatalogErrorCode.INVALID_DOCUMENT:
      return { status: 422, title: 'The document is not valid' };
    case CatalogErrorCode.VERSION_CONFLICT:
      return { status: 409, title: 'This version already exists with other content' };
    case CatalogErrorCode.VERSION_NOT_INCREASING:
      return { status: 409, title: 'The version must be greater than the current one' };
    case CatalogErrorCode.CONTRACT_VERSION_CONFLICT:
      return { status: 409, title: 'This contract version already exists with other content' };
    case CatalogErrorCode.CONTRACT_OWNED_ELSEWHERE:
      return { status: 409, title: 'The contract belongs to another data product' };
    case CatalogErrorCode.ILLEGAL_TRANSITION:
      return { status: 409, title: 'Lifecycle transition not allowed' };
    case CatalogErrorCode.PRODUCT_RETIRED:
      return { status: 409, title: 'The data product is retired' };
    case CatalogErrorCode.INVALID_URN:
      return { status: 400, title: 'Malformed URN' };
    case CatalogErrorCode.URN_NOT_FOUND:
      return { status: 404, title: 'Nothing is registered at this URN' };
    case CatalogErrorCode.INVALID_CURSOR:
      return { status: 400, title: 'Invalid cursor' };
    case CatalogErrorCode.INVALID_RUN_EVENT:
      return { status: 400, title: 'Not a valid OpenLineage run event' };
    case CatalogErrorCode.BREAKING_CHANGE:
      return { status: 422, title: 'Breaking change without a new major version' };
    case CatalogErrorCode.UNSUPPORTED_FORMAT:
      return { status: 415, title: 'Unsupported document format' };
    case CatalogErrorCode.POLICY_VIOLATION:
      return { status: 422, title: 'Blocking policy violations' };
    case CatalogErrorCode.DOCUMENTATION_NOT_FOUND:
      return { status: 404, title: 'No documentation' };
    case CatalogErrorCode.SAMPLE_NOT_FOUND:
      return { status: 404, title: 'No sample' };
    case CatalogErrorCode.INVALID_SAMPLE:
      return { status: 422, title: 'The sample does not match the contract' };
    case CatalogErrorCode.PORT_WITHOUT_SCHEMA:
      return { status: 409, title: 'The output port has no contract schema' };
    default:
      return assertUnreachable(code);
  }
}

/** Every failure the catalog reports on purpose. */
export class CatalogError extends DomainError<CatalogErrorCode> {
  constructor(code: CatalogErrorCode, detail: string, errors?: ProblemFieldError[]) {
    super(code, catalogProblem(code), detail, errors);
  }
}
