import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import contract from '../openapi.json' with { type: 'json' };

/**
 * The REST contract a backend implements, rendered from the shipped `openapi.json` (OpenAPI 3.1):
 * every operation with who may call it (`x-access`), its success and error statuses. The same
 * document validates every mock answer in CI and drives the conformance suite a backend team runs
 * against its own server (`node conformance/run.mjs --base-url …`, see conformance/README.md).
 */
const meta: Meta = { title: 'Backend/REST contract' };
export default meta;
type Story = StoryObj;

interface Operation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, unknown>;
  'x-access'?: unknown;
}
const document = contract as unknown as { info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };
const methods = ['get', 'post', 'patch', 'put', 'delete'];
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  methods.filter((m) => item[m]).map((method) => ({ method: method.toUpperCase(), path, operation: item[method]! })),
);

const access = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** Every operation of the contract. */
export const Operations: Story = {
  render: () => html`
    <table>
      <caption>${document.info.title} ${document.info.version}: ${operations.length} operations</caption>
      <thead>
        <tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Operation</th><th scope="col">Access</th><th scope="col">Statuses</th></tr>
      </thead>
      <tbody>
        ${operations.map(
          ({ method, path, operation }) => html`<tr>
            <td><code>${method}</code></td>
            <td><code>${path}</code></td>
            <td>${operation.summary ?? operation.operationId ?? ''}</td>
            <td><code>${access(operation['x-access'])}</code></td>
            <td>${Object.keys(operation.responses ?? {}).join(', ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};
