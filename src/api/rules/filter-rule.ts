import { codePointLength } from './rule-check';
import { FILTER_FIELDS, FILTER_TRACE_TYPES, TRACE_RATINGS } from '@/api/contract/enums';
import type { FilterField, FilterOperator } from '@/api/contract/types';

/**
 * The advanced-filter rule of a key event notification: the string "field operator value"
 * (L795–797), written in the reference's examples with single spaces: "code != 200",
 * "api_version = v1.0" (L906).
 *
 * Grammar: the field is everything before the first space; the operator is the `=` or `!=`
 * right after that space; the value is everything after the single space that follows the
 * operator, taken verbatim. So a value may itself contain spaces, `=` and `!=`
 * ("resource_name = a = b != c"), and formatFilterRule(parseFilterRule(s)) === s.
 * Spaces at the start or end of a value survive parsing but fail validateFilterValue: they
 * cannot be seen in the rule string and are almost always a typing slip.
 */

export interface FilterRule {
  field: FilterField;
  operator: FilterOperator;
  value: string;
}

export type FilterRuleParseResult = { ok: true; rule: FilterRule } | { ok: false; reason: string };

/** Choice 4: the reference prints this regex three different ways (L797, L841, L1125). */
export const FILTER_API_VERSION_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const FILTER_CODE_MAX_LENGTH = 256;
export const FILTER_RESOURCE_ID_MAX_LENGTH = 350;
export const FILTER_RESOURCE_NAME_MAX_LENGTH = 256;

export const FILTER_FIELD_MESSAGE = `Choose a field: ${FILTER_FIELDS.join(', ')}.`;
export const FILTER_VALUE_REQUIRED_MESSAGE = 'Enter a value.';
export const FILTER_VALUE_SPACES_MESSAGE = 'Remove the spaces at the start or end of the value.';

function orList(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const VALUE_MESSAGES: Record<FilterField, string> = {
  api_version: 'Use 1–64 letters, digits, underscores (_), periods (.) or hyphens (-), such as v1.0.',
  code: 'Use 1–256 characters.',
  trace_rating: `Use ${orList(TRACE_RATINGS)}.`,
  trace_type: `Use ${orList(FILTER_TRACE_TYPES)}.`,
  resource_id: 'Use 1–350 characters.',
  resource_name: 'Use 1–256 characters.',
};

function isFilterField(text: string): text is FilterField {
  return (FILTER_FIELDS as readonly string[]).includes(text);
}

function valueIsValid(field: FilterField, value: string): boolean {
  switch (field) {
    case 'api_version':
      return FILTER_API_VERSION_PATTERN.test(value);
    case 'code':
      return codePointLength(value) <= FILTER_CODE_MAX_LENGTH;
    case 'trace_rating':
      return (TRACE_RATINGS as readonly string[]).includes(value);
    case 'trace_type':
      return (FILTER_TRACE_TYPES as readonly string[]).includes(value);
    case 'resource_id':
      return codePointLength(value) <= FILTER_RESOURCE_ID_MAX_LENGTH;
    case 'resource_name':
      return codePointLength(value) <= FILTER_RESOURCE_NAME_MAX_LENGTH;
  }
}

/** The message for a value that breaks its field's rule (L797), else null. */
export function validateFilterValue(field: FilterField, value: string): string | null {
  if (value === '') {
    return FILTER_VALUE_REQUIRED_MESSAGE;
  }
  if (value.trim() !== value) {
    return FILTER_VALUE_SPACES_MESSAGE;
  }
  return valueIsValid(field, value) ? null : VALUE_MESSAGES[field];
}

export function parseFilterRule(text: string): FilterRuleParseResult {
  const space = text.indexOf(' ');
  const fieldText = space === -1 ? text : text.slice(0, space);
  if (fieldText === '') {
    return { ok: false, reason: 'Start the rule with a field, as in "code != 200".' };
  }
  if (!isFilterField(fieldText)) {
    return { ok: false, reason: `Unknown field "${fieldText}". ${FILTER_FIELD_MESSAGE}` };
  }
  const rest = space === -1 ? '' : text.slice(space + 1);
  const operator: FilterOperator | undefined = rest.startsWith('!=') ? '!=' : rest.startsWith('=') ? '=' : undefined;
  if (operator === undefined) {
    return { ok: false, reason: `Put = or != after "${fieldText}", separated by one space, as in "${fieldText} = value".` };
  }
  const afterOperator = rest.slice(operator.length);
  if (afterOperator !== '' && !afterOperator.startsWith(' ')) {
    return { ok: false, reason: `Put one space between ${operator} and the value.` };
  }
  const value = afterOperator.slice(1);
  if (value === '') {
    return { ok: false, reason: `Enter a value after ${operator}.` };
  }
  return { ok: true, rule: { field: fieldText, operator, value } };
}

export function formatFilterRule(rule: FilterRule): string {
  return `${rule.field} ${rule.operator} ${rule.value}`;
}

/** A rule string as the API receives it: well formed, and its value valid for its field. */
export function checkFilterRule(text: string): string | null {
  const parsed = parseFilterRule(text);
  return parsed.ok ? validateFilterValue(parsed.rule.field, parsed.rule.value) : parsed.reason;
}
