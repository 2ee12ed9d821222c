import { describe, expect, it } from 'vitest';
import { type TrackerTransfer, daysBetween, digestKey, fileTime, parseArchiveKey, parseFileTime, traceFileKey } from '@/api/archive/archive-layout';

const management: TrackerTransfer = {
  trackerName: 'system',
  bucket: 'audit',
  prefix: 'mylog',
  region: 'cn-north-1',
  compressed: true,
  sortByService: true,
};
const WRITTEN = Date.UTC(2017, 2, 28, 2, 9, 17, 450);

describe('the archive layout', () => {
  it('formats times as CTS’s file names do, and reads them back', () => {
    expect(fileTime(WRITTEN)).toBe('2017-03-28T02-09-17Z');
    expect(parseFileTime('2017-03-28T02-09-17Z')).toBe(Date.UTC(2017, 2, 28, 2, 9, 17));
    expect(parseFileTime('2017-03-28T02:09:17Z')).toBeNaN();
  });

  it('names trace files under region, unpadded date, tracker and service', () => {
    expect(traceFileKey(management, 'ECS', WRITTEN, '0faa86bc40071242')).toBe(
      'CloudTraces/cn-north-1/2017/3/28/system/ECS/mylog_CloudTrace_cn-north-1_2017-03-28T02-09-17Z_0faa86bc40071242.json.gz',
    );
    expect(traceFileKey({ ...management, projectName: 'proj', compressed: false, sortByService: false, prefix: '' }, 'ECS', WRITTEN, 'ab12')).toBe(
      'CloudTraces/cn-north-1/2017/3/28/system/CloudTrace_cn-north-1-proj_2017-03-28T02-09-17Z_ab12.json',
    );
  });

  it('names digest files under the tracker’s Digest folder', () => {
    expect(digestKey(management, 'EVS', WRITTEN)).toBe('CloudTraces/cn-north-1/2017/3/28/system/Digest/EVS/mylog_CloudTrace-Digest_cn-north-1_2017-03-28T02-09-17Z.json.gz');
    expect(digestKey({ ...management, sortByService: false }, 'EVS', WRITTEN)).toBe('CloudTraces/cn-north-1/2017/3/28/system/Digest/mylog_CloudTrace-Digest_cn-north-1_2017-03-28T02-09-17Z.json.gz');
  });

  it('parses what it names, and refuses keys outside the layout', () => {
    expect(parseArchiveKey(traceFileKey(management, 'ECS', WRITTEN, '0faa86bc40071242'))).toEqual({
      kind: 'trace', region: 'cn-north-1', day: Date.UTC(2017, 2, 28), tracker: 'system', service: 'ECS', time: Date.UTC(2017, 2, 28, 2, 9, 17), compressed: true,
    });
    expect(parseArchiveKey(digestKey({ ...management, sortByService: false, compressed: false }, 'EVS', WRITTEN))).toEqual({
      kind: 'digest', region: 'cn-north-1', day: Date.UTC(2017, 2, 28), tracker: 'system', time: Date.UTC(2017, 2, 28, 2, 9, 17), compressed: false,
    });
    expect(parseArchiveKey('CloudTraces/cn-north-1/2017/3/28/system/ECS/notes.txt')).toBeNull();
    expect(parseArchiveKey('other/cn-north-1/2017/3/28/system/ECS/mylog_CloudTrace_cn-north-1_2017-03-28T02-09-17Z_ab.json.gz')).toBeNull();
    // A digest's name outside a Digest folder is not one.
    expect(parseArchiveKey('CloudTraces/cn-north-1/2017/3/28/system/ECS/mylog_CloudTrace-Digest_cn-north-1_2017-03-28T02-09-17Z.json.gz')).toBeNull();
  });

  it('lists the UTC days a range touches', () => {
    expect(daysBetween(Date.UTC(2017, 2, 30, 23), Date.UTC(2017, 3, 1, 1))).toEqual([Date.UTC(2017, 2, 30), Date.UTC(2017, 2, 31), Date.UTC(2017, 3, 1)]);
  });
});
