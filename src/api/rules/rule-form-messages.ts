import { addEnglish } from '@/api/message-text';
import { messages } from '@/i18n/catalogs/en/rule-forms';

/*
 * The English of the forms' and the mock's rule messages (the rule-forms area). Imported for its
 * effect by the modules that turn them into text, so the trace list, which needs
 * none of them, does not download them. Other languages come with the screens (src/app/router.tsx).
 */
addEnglish(messages);
