import { describe, expect, it } from 'vitest';
import { isKnown, knownLabel } from '@/components/known-label';

const LABELS = { enabled: 'Enabled', disabled: 'Disabled' } as const;

describe('knownLabel', () => {
  it('gives the label of a known value', () => {
    expect(knownLabel(LABELS, 'enabled')).toBe('Enabled');
  });

  it('shows an unknown value verbatim, and a missing one as a dash', () => {
    expect(knownLabel(LABELS, 'suspended')).toBe('suspended');
    expect(knownLabel(LABELS, undefined)).toBe('—');
    expect(knownLabel(LABELS, '')).toBe('—');
  });

  it('does not take inherited keys for known values', () => {
    expect(isKnown(LABELS, 'toString')).toBe(false);
    expect(knownLabel(LABELS, 'constructor')).toBe('constructor');
  });
});
