import { describe, expect, it } from 'vitest';
import { activeText, englishText } from '@/api/message-text';
import { type FilterRule, filterRuleIssue, formatFilterRule, parseFilterRule, validateFilterValue } from './filter-rule';
import { FILTER_FIELDS, FILTER_OPERATORS } from '@/api/contract/enums';
import type { FilterField } from '@/api/contract/types';

const CHOOSE_FIELD = `Choose a field: ${FILTER_FIELDS.join(', ')}.`;
const VALUE_REQUIRED = englishText({ id: 'rules.filter.valueRequired' });
const VALUE_SPACES = englishText({ id: 'rules.filter.valueSpaces' });

/** A valid value of each field, including ones holding spaces, `=` and `!=` where allowed. */
const VALID_VALUES: Record<FilterField, string[]> = {
  api_version: ['v1.0', 'a', 'A_b-1.2', 'x'.repeat(64)],
  code: ['2', '200', '!= 404', 'x'.repeat(256)],
  trace_rating: ['normal', 'warning', 'incident'],
  trace_type: ['ConsoleAction', 'ApiCall', 'SystemAction'],
  resource_id: ['r', 'f96188c7-ccaf', 'id = 1', 'x'.repeat(350)],
  resource_name: ['n', 'a = b != c', 'my server', '= x', '!= y', 'x'.repeat(256)],
};

function reasonOf(text: string): string {
  const parsed = parseFilterRule(text);
  return parsed.ok ? 'parsed' : parsed.reason;
}

describe('parseFilterRule and formatFilterRule', () => {
  it('parses every example of the reference (L906)', () => {
    const examples = [
      'code != 200',
      'api_version = v1.0',
      'trace_rating = normal',
      'trace_type != ApiCall',
      'resource_id = xxx',
      'resource_name = xxx',
    ];
    for (const text of examples) {
      expect(activeText(filterRuleIssue(text))).toBeNull();
    }
    expect(parseFilterRule('code != 200')).toEqual({ ok: true, rule: { field: 'code', operator: '!=', value: '200' } });
  });

  it('round-trips every field, operator and valid value both ways', () => {
    for (const field of FILTER_FIELDS) {
      for (const operator of FILTER_OPERATORS) {
        for (const value of VALID_VALUES[field]) {
          const rule: FilterRule = { field, operator, value };
          expect(validateFilterValue(field, value)).toBeNull();
          const text = formatFilterRule(rule);
          expect(text).toBe(`${field} ${operator} ${value}`);
          expect(parseFilterRule(text)).toEqual({ ok: true, rule });
          const parsed = parseFilterRule(text);
          expect(parsed.ok && formatFilterRule(parsed.rule)).toBe(text);
        }
      }
    }
  });

  it('takes the operator right after the field, and the rest as the value', () => {
    expect(parseFilterRule('resource_name = a = b != c')).toEqual({
      ok: true,
      rule: { field: 'resource_name', operator: '=', value: 'a = b != c' },
    });
    expect(parseFilterRule('resource_name != = x')).toEqual({
      ok: true,
      rule: { field: 'resource_name', operator: '!=', value: '= x' },
    });
    expect(parseFilterRule('resource_name = != x')).toEqual({
      ok: true,
      rule: { field: 'resource_name', operator: '=', value: '!= x' },
    });
  });

  it('keeps surrounding spaces of a value verbatim, so that validation can reject them', () => {
    const text = 'resource_name =  padded ';
    const parsed = parseFilterRule(text);
    expect(parsed).toEqual({ ok: true, rule: { field: 'resource_name', operator: '=', value: ' padded ' } });
    expect(parsed.ok && formatFilterRule(parsed.rule)).toBe(text);
    expect(activeText(filterRuleIssue(text))).toBe(VALUE_SPACES);
  });

  it.each([
    ['', 'Start the rule with a field, as in "code != 200".'],
    [' code = 200', 'Start the rule with a field, as in "code != 200".'],
    ['status = 200', `Unknown field "status". ${CHOOSE_FIELD}`],
    ['Code = 200', `Unknown field "Code". ${CHOOSE_FIELD}`],
    ['code', 'Put = or != after "code", separated by one space, as in "code = value".'],
    ['code 200', 'Put = or != after "code", separated by one space, as in "code = value".'],
    ['code == 200', 'Put one space between = and the value.'],
    ['code  = 200', 'Put = or != after "code", separated by one space, as in "code = value".'],
    ['code > 200', 'Put = or != after "code", separated by one space, as in "code = value".'],
    ['code=200', 'Unknown field "code=200". ' + CHOOSE_FIELD],
    ['code =200', 'Put one space between = and the value.'],
    ['code !=200', 'Put one space between != and the value.'],
    ['code =', 'Enter a value after =.'],
    ['code = ', 'Enter a value after =.'],
    ['code !=', 'Enter a value after !=.'],
    ['code != ', 'Enter a value after !=.'],
  ])('rejects %j', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
    expect(activeText(filterRuleIssue(text))).toBe(reason);
  });
});

describe('validateFilterValue (L797, choice 4)', () => {
  it.each<[FilterField, string]>([
    ['api_version', 'x'.repeat(65)],
    ['api_version', 'v1 0'],
    ['api_version', 'v1/0'],
    ['code', 'x'.repeat(257)],
    ['trace_rating', 'Normal'],
    ['trace_rating', 'critical'],
    ['trace_type', 'apicall'],
    ['trace_type', 'ObsSDK'],
    ['resource_id', 'x'.repeat(351)],
    ['resource_name', 'x'.repeat(257)],
    ['resource_name', '𝒜'.repeat(257)],
  ])('rejects %s = %s', (field, value) => {
    const message = validateFilterValue(field, value);
    expect(message).not.toBeNull();
    expect(message).not.toBe(VALUE_REQUIRED);
    expect(activeText(filterRuleIssue(`${field} = ${value}`))).toBe(message);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(validateFilterValue('resource_name', '𝒜'.repeat(256))).toBeNull();
  });

  it.each(FILTER_FIELDS)('requires a value without surrounding spaces for %s', (field) => {
    expect(validateFilterValue(field, '')).toBe(VALUE_REQUIRED);
    expect(validateFilterValue(field, ' normal')).toBe(VALUE_SPACES);
    expect(validateFilterValue(field, 'normal ')).toBe(VALUE_SPACES);
  });

  it('names the allowed values in its messages', () => {
    expect(validateFilterValue('trace_rating', 'bad')).toBe('Use normal, warning or incident.');
    expect(validateFilterValue('trace_type', 'bad')).toBe('Use ConsoleAction, ApiCall or SystemAction.');
    expect(validateFilterValue('code', 'x'.repeat(257))).toBe('Use 1–256 characters.');
    expect(validateFilterValue('resource_id', 'x'.repeat(351))).toBe('Use 1–350 characters.');
  });
});

