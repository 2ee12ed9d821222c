import { useLingui } from '@lingui/react';
import { useMemo } from 'react';

/** Number formatting in the active language (grouping, decimals): `format.number(12345)` → "12,345". */
export function useNumberFormat(options?: Intl.NumberFormatOptions): (value: number) => string {
  const { i18n } = useLingui();
  const locale = i18n.locale;
  const key = JSON.stringify(options ?? {});
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, options);
    return (value: number) => format.format(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `options`.
  }, [locale, key]);
}
