/** The product's name, never translated. */
export const PRODUCT_NAME = 'CTS Console';

/** React 19 hoists `<title>` into the document head; the last one rendered wins. `title` is in the active language. */
export function DocumentTitle({ title }: { title: string }) {
  return <title>{`${title} · ${PRODUCT_NAME}`}</title>;
}
