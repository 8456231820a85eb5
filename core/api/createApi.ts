/** Binds every method of the contract to one host's services, giving the API the UI, the CLI and every transport share. */
import type { Services } from './createServices.js';
import { createServices, type ServiceDependencies } from './createServices.js';
import { methodNames, methods, type WerkplaatsApi } from './contract.js';

export type ApiDependencies = ServiceDependencies;

/** Calls each method's handler with `services`; inputs are expected to have passed `dispatch`'s validation. */
export function bindMethods(services: Services): WerkplaatsApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of methodNames) {
    const { run } = methods[name] as { run: (input: unknown, services: Services) => Promise<unknown> };
    api[name] = (input) => run(input, services);
  }
  return api as WerkplaatsApi;
}

/** Builds the services from what the host loaded and binds the API over them. */
export function createApi(dependencies: ApiDependencies): WerkplaatsApi {
  return bindMethods(createServices(dependencies));
}
