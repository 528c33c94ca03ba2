import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import { httpError, MeshError } from './problem';
import { sentRequestOf } from './transport';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type MediaType = `${string}/${string}`;

/** The options of one operation: `params` (path, query, header), `body`, and fetch options such as `signal` and `headers`. */
export type OperationInit<PathItem, M extends keyof PathItem> = Exclude<MaybeOptionalInit<PathItem, M>, undefined>;

/** The arguments of one operation: optional when it has no required parameter and no body. */
export type OperationArgs<PathItem, M extends keyof PathItem> = undefined extends MaybeOptionalInit<PathItem, M> ? [init?: OperationInit<PathItem, M>] : [init: OperationInit<PathItem, M>];

type SuccessData<Op> = Extract<FetchResponse<Extract<Op, Record<string | number, unknown>>, object, MediaType>, { data: unknown }>['data'];

/** The body of the operation's success answer (undefined for an answer without content, such as 204). */
export type OperationData<PathItem, M extends keyof PathItem> = [SuccessData<PathItem[M]>] extends [never] ? undefined : SuccessData<PathItem[M]>;

/** One API operation: resolves to the success body, throws MeshError otherwise. */
export type Operation<PathItem, M extends keyof PathItem> = (...init: OperationArgs<PathItem, M>) => Promise<OperationData<PathItem, M>>;

/** Builds the method of one operation on a service's openapi-fetch client. */
export type OperationFactory<Paths> = <P extends keyof Paths & string, M extends keyof Paths[P] & Method>(operationId: string, method: M, path: P) => Operation<Paths[P], M>;

type LooseRequest = (method: Method, path: string, init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function operationFactory<Paths extends object>(client: Client<Paths>): OperationFactory<Paths> {
  const request = client.request as unknown as LooseRequest;
  return (<P extends keyof Paths & string, M extends keyof Paths[P] & Method>(operationId: string, method: M, path: P) => {
    const call = async (init?: unknown) => {
      let result: Awaited<ReturnType<LooseRequest>>;
      try {
        result = await request(method, path, init);
      } catch (error) {
        throw error instanceof MeshError && error.operation === undefined ? error.withOperation(operationId) : error;
      }
      const { data, error, response } = result;
      if (response.ok) return data;
      const sent = sentRequestOf(response) ?? { method: method.toUpperCase(), url: response.url, attempts: 1 };
      throw httpError(sent, response.status, error, operationId);
    };
    return call as unknown as Operation<Paths[P], M>;
  }) as OperationFactory<Paths>;
}
