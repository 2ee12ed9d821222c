import type app from './catalogs/en/app.json';
import type archive from './catalogs/en/archive.json';
import type common from './catalogs/en/common.json';
import type errors from './catalogs/en/errors.json';
import type insights from './catalogs/en/insights.json';
import type notifications from './catalogs/en/notifications.json';
import type ruleForms from './catalogs/en/rule-forms.json';
import type rules from './catalogs/en/rules.json';
import type settings from './catalogs/en/settings.json';
import type tracePanels from './catalogs/en/trace-panels.json';
import type startup from './catalogs/en/startup.json';
import type traces from './catalogs/en/traces.json';
import type trackers from './catalogs/en/trackers.json';
import type volume from './catalogs/en/volume.json';

/** Every message the console can show: the keys of the English catalogs, so a typo is a type error. */
export type MessageId =
  | keyof typeof app
  | keyof typeof archive
  | keyof typeof common
  | keyof typeof errors
  | keyof typeof insights
  | keyof typeof notifications
  | keyof typeof ruleForms
  | keyof typeof rules
  | keyof typeof settings
  | keyof typeof startup
  | keyof typeof tracePanels
  | keyof typeof traces
  | keyof typeof trackers
  | keyof typeof volume;

/** Values for a message's ICU placeholders (`{count}`, `{name}`). */
export type MessageValues = Record<string, string | number | Date>;

/** A message to show later, in whatever language is active then: what rules and errors return. */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

/** A translate function, bound to the active language. */
export type Translate = (id: MessageId, values?: MessageValues) => string;
