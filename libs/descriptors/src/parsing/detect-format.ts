/** The two text formats a descriptor may be written in. */
export type DescriptorFormat = 'yaml' | 'json';

const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, DescriptorFormat>> = {
  'application/json': 'json',
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
};

/** Maps a Content-Type header value (parameters such as charset ignored) to a format; undefined when unknown. */
export function detectFormat(contentType: string | undefined): DescriptorFormat | undefined {
  if (!contentType) return undefined;
  const mediaType = contentType.split(';', 1)[0].trim().toLowerCase();
  return Object.hasOwn(FORMAT_BY_MEDIA_TYPE, mediaType) ? FORMAT_BY_MEDIA_TYPE[mediaType] : undefined;
}
