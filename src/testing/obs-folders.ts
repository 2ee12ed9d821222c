import type { ObsFolder, ObsListing } from '@/api/archive/obs-reader';

/** A folder of a whole listing, as OBS answers it with `delimiter=/`: for test readers. */
export function folderOf(listing: readonly ObsListing[], prefix: string): ObsFolder {
  const folder: ObsFolder = { objects: [], folders: [] };
  for (const object of listing) {
    if (!object.key.startsWith(prefix)) {
      continue;
    }
    const slash = object.key.indexOf('/', prefix.length);
    if (slash < 0) {
      folder.objects.push(object);
    } else if (!folder.folders.includes(object.key.slice(0, slash + 1))) {
      folder.folders.push(object.key.slice(0, slash + 1));
    }
  }
  return folder;
}
