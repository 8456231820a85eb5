/** A square icon image: its pixel size, PNG bytes and (for BMP entries) raw RGBA pixels. */
export interface IconImage {
  size: number;
  png: Uint8Array;
  rgba?: Uint8Array;
}
/** Encodes a Windows .ico: BMP entries below 256 px, PNG at 256. */
export function encodeIco(images: Required<IconImage>[]): Buffer;
/** Reads an .ico's directory. */
export function readIco(bytes: Uint8Array): { size: number; format: 'png' | 'bmp'; bytes: number }[];
/** Encodes a macOS .icns from PNG images. */
export function encodeIcns(images: IconImage[]): Buffer;
/** Reads an .icns's table of elements. */
export function readIcns(bytes: Uint8Array): { type: string; size: number }[];
/** The width and height of a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number };
