import type { KeyboardEvent } from 'react';

/**
 * A form's onKeyDown: Enter in a text field commits that field only (an Autocomplete has already
 * taken it as its value), and never submits the form, which only its submit button does.
 */
export function keepEnterInField(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'submit') {
    event.preventDefault();
  }
}
