import './rule-form-messages';
import { codePointLength } from './rule-check';
import { activeText, inActiveLanguage } from '@/api/message-text';
import type { Message } from '@/i18n/message-id';
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

/**
 * `issue` is why the text is not a rule (catalog `rules.filter.*`); `reason` is its text in the
 * language active when the rule was parsed.
 */
export type FilterRuleParseResult = { ok: true; rule: FilterRule } | { ok: false; reason: string; issue: Message };

/** Choice 4: the reference prints this regex three different ways (L797, L841, L1125). */
export const FILTER_API_VERSION_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const FILTER_CODE_MAX_LENGTH = 256;
export const FILTER_RESOURCE_ID_MAX_LENGTH = 350;
export const FILTER_RESOURCE_NAME_MAX_LENGTH = 256;

const FIELDS = FILTER_FIELDS.join(', ');

/** The values each field takes (L797); the lists name the API's values, TRACE_RATINGS and FILTER_TRACE_TYPES. */
const VALUE_ISSUES: Record<FilterField, Message> = {
  api_version: { id: 'rules.filter.value.api_version' },
  code: { id: 'rules.filter.value.code' },
  trace_rating: { id: 'rules.filter.value.trace_rating' },
  trace_type: { id: 'rules.filter.value.trace_type' },
  resource_id: { id: 'rules.filter.value.resource_id' },
  resource_name: { id: 'rules.filter.value.resource_name' },
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
export function filterValueIssue(field: FilterField, value: string): Message | null {
  if (value === '') {
    return { id: 'rules.filter.valueRequired' };
  }
  if (value.trim() !== value) {
    return { id: 'rules.filter.valueSpaces' };
  }
  return valueIsValid(field, value) ? null : VALUE_ISSUES[field];
}

/** filterValueIssue's message in the active language. */
export const validateFilterValue = inActiveLanguage(filterValueIssue);

function unparsable(issue: Message): FilterRuleParseResult {
  return { ok: false, reason: activeText(issue), issue };
}

export function parseFilterRule(text: string): FilterRuleParseResult {
  const space = text.indexOf(' ');
  const fieldText = space === -1 ? text : text.slice(0, space);
  if (fieldText === '') {
    return unparsable({ id: 'rules.filter.fieldMissing' });
  }
  if (!isFilterField(fieldText)) {
    return unparsable({ id: 'rules.filter.fieldUnknown', values: { field: fieldText, fields: FIELDS } });
  }
  const rest = space === -1 ? '' : text.slice(space + 1);
  const operator: FilterOperator | undefined = rest.startsWith('!=') ? '!=' : rest.startsWith('=') ? '=' : undefined;
  if (operator === undefined) {
    return unparsable({ id: 'rules.filter.operatorMissing', values: { field: fieldText } });
  }
  const afterOperator = rest.slice(operator.length);
  if (afterOperator !== '' && !afterOperator.startsWith(' ')) {
    return unparsable({ id: 'rules.filter.operatorSpace', values: { operator } });
  }
  const value = afterOperator.slice(1);
  if (value === '') {
    return unparsable({ id: 'rules.filter.valueMissing', values: { operator } });
  }
  return { ok: true, rule: { field: fieldText, operator, value } };
}

export function formatFilterRule(rule: FilterRule): string {
  return `${rule.field} ${rule.operator} ${rule.value}`;
}

/** A rule string as the API receives it: well formed, and its value valid for its field. */
export function filterRuleIssue(text: string): Message | null {
  const parsed = parseFilterRule(text);
  return parsed.ok ? filterValueIssue(parsed.rule.field, parsed.rule.value) : parsed.issue;
}
