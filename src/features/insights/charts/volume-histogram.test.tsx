import { I18nProvider } from '@lingui/react';
import { fireEvent, render as renderScreen, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HistogramTable } from '@/features/insights/charts/histogram-table';
import { VolumeHistogram } from '@/features/insights/charts/volume-histogram';
import type { HistogramBin } from '@/features/insights/scan/scan-analysis';
import { i18n } from '@/i18n/i18n';

// The charts speak the active language: they render within the app's I18nProvider.
const render = (ui: ReactNode) => renderScreen(ui, { wrapper: ({ children }) => <I18nProvider i18n={i18n}>{children}</I18nProvider> });

const HOUR = 3_600_000;
const start = Date.UTC(2026, 11, 1);
const bins: HistogramBin[] = [0, 1, 2, 3].map((index) => ({ from: start + index * HOUR, to: start + (index + 1) * HOUR, normal: 10 * index, warning: index, incident: 0 }));

describe('volume histogram', () => {
  it('reads a bar with the arrow keys and narrows the range to the bars chosen with Shift', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<VolumeHistogram bins={bins} onSelect={onSelect} />);
    const chart = screen.getByRole('img', { name: /Traces over time, 4 bars/ });
    chart.focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('status')).toHaveTextContent('22 traces (20 normal, 2 warning, 0 incident)');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(start + HOUR, start + 3 * HOUR);
  });

  it('narrows the range to the bars dragged across', () => {
    const onSelect = vi.fn();
    render(<VolumeHistogram bins={bins} onSelect={onSelect} />);
    const chart = screen.getByRole('img', { name: /Traces over time/ });
    vi.spyOn(chart, 'getBoundingClientRect').mockReturnValue({ left: 0, width: 400, top: 0, height: 96, right: 400, bottom: 96, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(chart, { clientX: 50, pointerId: 1 });
    fireEvent.pointerMove(chart, { clientX: 250, pointerId: 1 });
    fireEvent.pointerUp(chart, { clientX: 250, pointerId: 1 });
    expect(onSelect).toHaveBeenCalledWith(start, start + 3 * HOUR);
  });

  it('does not narrow on a click without a drag', () => {
    const onSelect = vi.fn();
    render(<VolumeHistogram bins={bins} onSelect={onSelect} />);
    const chart = screen.getByRole('img', { name: /Traces over time/ });
    fireEvent.pointerDown(chart, { clientX: 0, pointerId: 1 });
    fireEvent.pointerUp(chart, { clientX: 0, pointerId: 1 });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('has a table with the same counts', () => {
    render(<HistogramTable bins={bins} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[4]).toHaveTextContent(/33\s*30\s*3\s*0$/);
  });
});
