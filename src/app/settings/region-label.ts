import { regionLabel } from '@/api/regions';
import type { MessageId, Translate } from '@/i18n/message-id';

/**
 * The display names of the regions in the active language: Huawei Cloud's Chinese console names
 * them 华北-北京四, 亚太-新加坡…; the English ones are those of src/api/regions.ts. A region
 * missing here keeps what `regionLabel` gives (its English name, or its ID alone).
 */
const REGION_NAMES: Readonly<Record<string, MessageId>> = {
  'af-south-1': 'settings.regions.afSouth1',
  'cn-north-4': 'settings.regions.cnNorth4',
  'cn-north-1': 'settings.regions.cnNorth1',
  'cn-east-2': 'settings.regions.cnEast2',
  'cn-east-3': 'settings.regions.cnEast3',
  'cn-south-1': 'settings.regions.cnSouth1',
  'cn-southwest-2': 'settings.regions.cnSouthwest2',
  'ap-southeast-2': 'settings.regions.apSoutheast2',
  'ap-southeast-1': 'settings.regions.apSoutheast1',
  'ap-southeast-3': 'settings.regions.apSoutheast3',
  'cn-north-2': 'settings.regions.cnNorth2',
  'cn-north-9': 'settings.regions.cnNorth9',
  'ru-northwest-2': 'settings.regions.ruNorthwest2',
  'la-south-2': 'settings.regions.laSouth2',
  'sa-brazil-1': 'settings.regions.saBrazil1',
  'la-north-2': 'settings.regions.laNorth2',
  'na-mexico-1': 'settings.regions.naMexico1',
  'eu-west-101': 'settings.regions.euWest101',
  'ap-southeast-4': 'settings.regions.apSoutheast4',
  'ap-southeast-5': 'settings.regions.apSoutheast5',
  'af-north-1': 'settings.regions.afNorth1',
  'tr-west-1': 'settings.regions.trWest1',
  'cn-east-5': 'settings.regions.cnEast5',
  'me-east-1': 'settings.regions.meEast1',
  'eu-west-0': 'settings.regions.euWest0',
};

/** "AP-Singapore (ap-southeast-3)" / "亚太-新加坡（ap-southeast-3）"; the ID is always shown verbatim. */
export function translatedRegionLabel(t: Translate, regionId: string): string {
  const name = REGION_NAMES[regionId];
  return name ? t('settings.signIn.region.option', { name: t(name), id: regionId }) : regionLabel(regionId);
}
