import type { Messages } from '@lingui/core';
import { messages as app } from './zh-CN/app.ts';
import { messages as common } from './zh-CN/common.ts';
import { messages as errors } from './zh-CN/errors.ts';
import { messages as rules } from './zh-CN/rules.ts';
import { messages as traces } from './zh-CN/traces.ts';
import { messages as volume } from './zh-CN/volume.ts';

/**
 * Simplified Chinese for the first screen's areas, in one chunk downloaded when the language is
 * chosen (the document preloads it when it is remembered); the other areas come with their screens.
 */
export const ZH_CN_FIRST_SCREEN_MESSAGES: Messages = { ...common, ...app, ...traces, ...volume, ...errors, ...rules };

/** The operations catalog's titles (service names, operation descriptions) in Chinese, by their English. */
export { default as ZH_CN_CATALOG_TITLES } from '../data/operation-titles.zh-CN.json';
