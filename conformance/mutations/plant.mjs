// Registers the module hook (hooks.mjs) that plants a mutation: after it, the mock server that
// `--mocks` starts is bundled with the edits of the mutation CONFORMANCE_MUTATION names. worker.mjs
// imports it; by hand, one mutation:
//   CONFORMANCE_MUTATION=<id> node --import ./conformance/mutations/plant.mjs conformance/run.mjs --mocks
// Only the import of esbuild by scripts/mock-api/server.mjs is redirected, so the suite and the
// server otherwise run as in `npm run conformance`.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
