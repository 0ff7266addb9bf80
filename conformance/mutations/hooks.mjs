// Module hook (registered by plant.mjs): scripts/mock-api/server.mjs gets planted-esbuild.mjs for
// `esbuild`, whose `build` adds the plant. Every other import resolves as usual.
const server = new URL('../../scripts/mock-api/server.mjs', import.meta.url).href;
const planted = new URL('./planted-esbuild.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'esbuild' && context.parentURL === server) return { url: planted, shortCircuit: true };
  return nextResolve(specifier, context);
}
