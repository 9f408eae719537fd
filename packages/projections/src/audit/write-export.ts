import { jcs, publicKeyBase64 } from '@casebook/event-store';
import { createHash, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type ExportLine,
  type ExportManifest,
  type ExportRange,
  signManifest,
  spansOf,
} from './export-format';

/** The manifest sits beside the file it describes. */
export const manifestPath = (file: string): string => `${file}.manifest.json`;

/** Writes the JSON Lines file and its signed manifest; returns the manifest. */
export function writeExport(
  file: string,
  lines: readonly ExportLine[],
  range: ExportRange,
  key: KeyObject,
  now: Date = new Date(),
): ExportManifest {
  const bytes = Buffer.from(lines.map((l) => `${jcs(l)}\n`).join(''), 'utf8');
  const manifest = signManifest(
    {
      format: 'casebook-export/1',
      file: basename(file),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      eventCount: lines.length,
      range,
      streams: spansOf(lines),
      createdAt: now.toISOString(),
      publicKey: publicKeyBase64(key),
    },
    key,
  );
  writeFileSync(file, bytes);
  writeFileSync(manifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
