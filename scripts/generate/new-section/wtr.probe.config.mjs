// Runs the host starter's test as a host's project compiles it: the repository's test-runner setup,
// with TypeScript compiled under the probe's tsconfig (standard ES2022 class fields, no decorator
// options) instead of the library's.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import repository from '../../../web-test-runner.config.mjs';

export default {
  ...repository,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './scripts/generate/new-section/tsconfig.probe.json' })],
};
