import type { EvaluationInput } from '@meshwork/policies';
import { createMeshServices, type MeshClientOptions, type MeshServices } from './client';
import { type LocalEvaluation, PolicyEvaluator } from './policies';

export interface MeshClient extends MeshServices {
  governance: MeshServices['governance'] & {
    /** Evaluates descriptors against the mesh's policies in process, with the governance service's bundle (cached). */
    evaluateLocally(input: EvaluationInput, options?: { now?: Date; domain?: string }): Promise<LocalEvaluation>;
  };
}

/**
 * The mesh as domain code sees it: `mesh.catalog.getProduct({ params: { path: { domain, name } } })` resolves to the
 * product and throws MeshError otherwise. One method per operation of the four services, typed from their OpenAPI
 * documents.
 */
export function createMeshClient(options: MeshClientOptions = {}): MeshClient {
  const services = createMeshServices(options);
  const evaluator = new PolicyEvaluator(services.governance);
  return {
    ...services,
    governance: { ...services.governance, evaluateLocally: (input, evaluation) => evaluator.evaluate(input, evaluation) },
  };
}
