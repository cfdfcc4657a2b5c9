import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

export type ProcessedPhoto = {
  buffer: Buffer
  mime_type: string
  width: number
  height: number
  size_bytes: number
}
const ACCEPTED = new Set(["jpeg", "png", "webp"])

/**
 * Checks an uploaded photo (type from its content, not its name; bytes;
 * pixels) and re-encodes it as a JPEG with every metadata block dropped (EXIF
 * and its GPS position, XMP, IPTC, ICC), turned upright first, scaled to fit.
 */
export async function processPhoto(
  input: Buffer,
  opts: {
    maxPhotoBytes: number
    maxPhotoPixels: number
    photoMaxDimension: number
  }
): Promise<ProcessedPhoto> {
  if (input.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "photo is empty")
  if (input.length > opts.maxPhotoBytes) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `photo is larger than ${opts.maxPhotoBytes} bytes`)
  }
  const open = () => sharp(input, { limitInputPixels: opts.maxPhotoPixels, failOn: "error" })
  let format: string | undefined
  try {
    format = (await open().metadata()).format
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "photo is not a readable image")
  }
  if (!format || !ACCEPTED.has(format)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "photo must be a JPEG, PNG or WebP image")
  try {
    // sharp writes no metadata unless asked to (withMetadata/withExif), so the output carries none.
    const { data, info } = await open()
      .rotate()
      .resize({
        width: opts.photoMaxDimension,
        height: opts.photoMaxDimension,
        fit: "inside",
        withoutEnlargement: true,
      })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true })
    return {
      buffer: data,
      mime_type: "image/jpeg",
      width: info.width,
      height: info.height,
      size_bytes: data.length,
    }
  } catch (e) {
    const tooBig = /pixel limit/i.test((e as Error).message)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, tooBig ? `photo has more than ${opts.maxPhotoPixels} pixels` : "photo is not a readable image")
  }
}
