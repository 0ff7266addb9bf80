import { html } from 'lit';
import type { DataPreferences } from '../../api/types.js';
import { formatCurrency, formatList, formatNumber, msg } from '../../i18n/localize.js';
import { weekdayIndex, weekdayName } from './data-preferences-choices.js';
import { formatDatePattern, sampleDate } from '../../internal/date-formats.js';

/**
 * Samples written with a company's data preferences, so the user sees what a choice means before
 * saving it: a date, an amount, a distance and a temperature (the same ones in either unit system),
 * the week and the fiscal year that contains the sample date.
 */
export function renderPreview(preferences: DataPreferences, company: string) {
  const { dateFormat, fiscalYearStartMonth: startMonth } = preferences;
  const metric = preferences.units === 'metric';
  const first = weekdayIndex[preferences.weekStart];
  const week = Array.from({ length: 7 }, (_, i) => weekdayName((first + i) % 7, 'short'));
  const year = sampleDate.getUTCFullYear() - (sampleDate.getUTCMonth() + 1 < startMonth ? 1 : 0);
  const fiscalYear = msg('dataPreferences.preview.range', {
    start: formatDatePattern(new Date(Date.UTC(year, startMonth - 1, 1)), dateFormat),
    // Day 0 of the start month a year later: the last day of the fiscal year.
    end: formatDatePattern(new Date(Date.UTC(year + 1, startMonth - 1, 0)), dateFormat),
  });
  const samples: [string, string][] = [
    [msg('dataPreferences.preview.date'), formatDatePattern(sampleDate, dateFormat)],
    [msg('dataPreferences.preview.amount'), formatCurrency(12345.67, preferences.currency)],
    [msg('dataPreferences.preview.distance'), formatNumber(metric ? 10 : 6.2, { style: 'unit', unit: metric ? 'kilometer' : 'mile' })],
    [msg('dataPreferences.preview.temperature'), formatNumber(metric ? 20 : 68, { style: 'unit', unit: metric ? 'celsius' : 'fahrenheit' })],
    [msg('dataPreferences.preview.week'), formatList(week, 'unit')],
    [msg('dataPreferences.preview.fiscalYear'), fiscalYear],
  ];
  return html`
    <section part="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${msg('dataPreferences.preview')}</h3>
      <p class="hint">${msg('dataPreferences.preview.hint', { company })}</p>
      <dl>${samples.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
    </section>
  `;
}
