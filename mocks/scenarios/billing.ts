import type { Invoice, Money } from '../../src/api/types.js';
import type { ScenarioContext } from './context.js';

/**
 * One invoice per month, newest first, issued on the 1st. The newest is still open; the amounts
 * drift a little with seat changes, as real invoices do.
 */
export function monthlyInvoices(context: ScenarioContext, months: number, monthly: Money, numberPrefix: string): Invoice[] {
  const { random, now } = context;
  const invoices: Invoice[] = [];
  for (let i = 0; i < months; i++) {
    const issued = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1, 9));
    const number = `${numberPrefix}-${issued.getUTCFullYear()}-${String(issued.getUTCMonth() + 1).padStart(2, '0')}`;
    invoices.push({
      id: context.id('invoice'),
      number,
      issuedAt: issued.toISOString(),
      amount: { amount: monthly.amount + random.int(-3, 3) * 1000, currency: monthly.currency },
      status: i === 0 ? 'open' : 'paid',
      downloadUrl: `https://billing.example.com/invoices/${number}.pdf`,
    });
  }
  return invoices;
}

/** Plans renew on the 1st of the month. */
export function firstOfNextMonth(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
}
