import { Trans } from '@lingui/react';
import type { ReactElement } from 'react';
import type { MessageId, MessageValues } from './message-id';

interface RichTextProps {
  id: MessageId;
  values?: MessageValues;
  /** Elements for the message's numbered tags: `"Press <0>Enter</0>"` with `{ 0: <kbd /> }`. */
  components?: Record<string, ReactElement>;
}

/** A message with markup in it (links, emphasis, code), in the active language. */
export function RichText({ id, values, components }: RichTextProps) {
  return <Trans id={id} values={values} components={components} />;
}
