import { html } from 'lit';
import type { Invoice, InvoiceStatus, PaymentMethod, Plan } from '../../api/types.js';
import { formatDate, formatMoney, formatNumber, msg } from '../../i18n/localize.js';
import { safeUrl } from '../../internal/safe-url.js';
import { renderListTable } from '../../kit/views/paged-list-view.js';

/** The read-only parts of Billing: plan, payment method and invoices, all formatted through `Intl`. */

export function renderPlan(plan: Plan) {
  const price = formatMoney(plan.price);
  return html`
    <dl>
      <dt>${msg('billing.plan.name')}</dt>
      <dd>${plan.name}</dd>
      <dt>${msg('billing.plan.seats')}</dt>
      <dd>${msg('billing.plan.seatsUsed', { used: formatNumber(plan.seatsUsed), total: formatNumber(plan.seatsTotal) })}</dd>
      <dt>${msg('billing.plan.price')}</dt>
      <dd>${msg(plan.interval === 'year' ? 'billing.plan.perYear' : 'billing.plan.perMonth', { price })}</dd>
      <dt>${msg('billing.plan.renews')}</dt>
      <dd>${formatDate(plan.renewsAt)}</dd>
    </dl>
  `;
}

export function renderPaymentMethod(method: PaymentMethod | null) {
  if (!method) return html`<p>${msg('billing.payment.none')}</p>`;
  // The card's expiry is a month, not a moment: format it in UTC so no time zone shifts it.
  const expiry = formatDate(Date.UTC(method.expYear, method.expMonth - 1, 1), {
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return html`
    <p>
      ${method.brand} <span aria-hidden="true">•••• ${method.last4}</span
      ><span class="visually-hidden">${msg('billing.payment.endingIn', { last4: method.last4 })}</span>
    </p>
    <p class="muted">${msg('billing.payment.expires', { date: expiry })}</p>
  `;
}

const statusBadge: Record<InvoiceStatus, string> = { paid: '', open: 'warning', void: '', uncollectible: 'danger' };

export function renderInvoices(invoices: Invoice[]) {
  if (invoices.length === 0) {
    return html`
      <div part="empty">
        <p><strong>${msg('billing.invoices.empty')}</strong></p>
        <p class="muted">${msg('billing.invoices.emptyHint')}</p>
      </div>
    `;
  }
  return renderListTable(invoices, {
    labelledBy: 'invoices-heading',
    columns: [
      msg('billing.invoices.number'),
      msg('billing.invoices.date'),
      msg('billing.invoices.amount'),
      msg('billing.invoices.status'),
    ],
    actions: msg('billing.invoices.file'),
    row: (invoice) => html`
      <tr part="row">
        <th scope="row">${invoice.number}</th>
        <td>${formatDate(invoice.issuedAt)}</td>
        <td class="amount">${formatMoney(invoice.amount)}</td>
        <td><span class="badge ${statusBadge[invoice.status]}">${msg(`billing.invoices.status.${invoice.status}`)}</span></td>
        <td part="row-actions">${renderDownload(invoice)}</td>
      </tr>
    `,
  });
}


/** A link only to a URL that cannot run script (`safeUrl`); otherwise the cell says so. */
function renderDownload(invoice: Invoice) {
  const href = safeUrl(invoice.downloadUrl);
  if (!href) return html`<span class="muted">${msg('billing.invoices.unavailable')}</span>`;
  return html`<a href=${href} download aria-label=${msg('billing.invoices.downloadLabel', { number: invoice.number })}
    >${msg('billing.invoices.download')}</a
  >`;
}
