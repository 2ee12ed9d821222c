/**
 * Unusual or hostile text that some resource names and messages carry. The mock stores and returns
 * it verbatim; the console must render it as text (no HTML, no formula evaluation in exports, bidi
 * isolation, no layout break on 256 characters).
 */
export const HOSTILE_SCRIPT = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT_TAG = '<script>alert("cts")</script>';
export const HOSTILE_FORMULA = "=cmd|' /C calc'!A0";
export const HOSTILE_FORMULA_PLUS = '+HYPERLINK("http://example.invalid","x")';
export const HOSTILE_ARABIC = 'خادم-الإنتاج-٠١';
export const HOSTILE_HEBREW = 'שרת-גיבוי-ראשי';
export const HOSTILE_EMOJI = '🚀prod-api-🔥-01 👩‍💻';
/** Exactly 256 characters (the longest `resource_name` a notification filter accepts, L797). */
export const HOSTILE_LONG = `long-name-${'0123456789abcdef'.repeat(16)}`.slice(0, 256);

export const HOSTILE_TEXTS: readonly string[] = [
  HOSTILE_SCRIPT,
  HOSTILE_SCRIPT_TAG,
  HOSTILE_FORMULA,
  HOSTILE_FORMULA_PLUS,
  HOSTILE_ARABIC,
  HOSTILE_HEBREW,
  HOSTILE_EMOJI,
  HOSTILE_LONG,
];
