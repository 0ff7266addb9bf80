import { html, nothing, type TemplateResult } from 'lit';
import type { DialogController } from '../dialog-controller.js';

/**
 * The `<settings-dialog>` of a `DialogController`: open while a dialog is, named by its heading,
 * not dismissable while its write runs, and closed in the controller when the user dismisses it.
 * It stays in the DOM when closed, so focus returns to what opened it.
 */
export function renderDialog<D extends { readonly kind: string }>(
  dialog: DialogController<D>,
  render: { readonly heading: (current: D) => string; readonly content: (current: D) => unknown },
): TemplateResult {
  const current = dialog.current;
  return html`
    <settings-dialog
      heading=${current ? render.heading(current) : ''}
      .open=${current !== undefined}
      ?no-dismiss=${dialog.pending}
      @settings-dialog-closed=${dialog.close}
    >
      ${current ? render.content(current) : nothing}
    </settings-dialog>
  `;
}
