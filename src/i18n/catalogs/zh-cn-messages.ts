import type { Messages } from '@lingui/core';
import { messages as app } from './zh-CN/app.ts';
import { messages as archive } from './zh-CN/archive.ts';
import { messages as common } from './zh-CN/common.ts';
import { messages as errors } from './zh-CN/errors.ts';
import { messages as insights } from './zh-CN/insights.ts';
import { messages as notifications } from './zh-CN/notifications.ts';
import { messages as rules } from './zh-CN/rules.ts';
import { messages as settings } from './zh-CN/settings.ts';
import { messages as traces } from './zh-CN/traces.ts';
import { messages as trackers } from './zh-CN/trackers.ts';

/** Simplified Chinese: every area in one chunk, downloaded when the language is chosen. */
export const ZH_CN_MESSAGES: Messages = { ...common, ...app, ...settings, ...traces, ...trackers, ...notifications, ...insights, ...archive, ...rules, ...errors };

/** The operations catalog's titles (service names, operation descriptions) in Chinese, by their English. */
export { default as ZH_CN_CATALOG_TITLES } from '../data/operation-titles.zh-CN.json';
