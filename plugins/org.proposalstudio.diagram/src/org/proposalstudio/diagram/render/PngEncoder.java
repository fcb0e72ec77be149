package org.proposalstudio.diagram.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque image as a PNG of 8-bit RGB, each row with the Sub filter. A diagram is mostly runs of one colour,
 * which that filter turns into runs of zeros, so it compresses about as well as the adaptive filtering of ImageIO's
 * writer, which costs half the time of a cold {@code render --format png} trying every filter on every row.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int BYTES_PER_PIXEL = 3;
	private static final byte SUB_FILTER = 1;

	private PngEncoder() {
	}

	/** The PNG of {@code image}, which must be of type {@link BufferedImage#TYPE_INT_RGB}. */
	static byte[] encode(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("an opaque RGB image is encoded, not one of type " + image.getType());
		}
		int width = image.getWidth();
		int height = image.getHeight();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(SIGNATURE);
		// width, height, bit depth 8, colour type 2 (RGB), deflate, filtering by row, no interlace
		chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0)
				.put((byte) 0).array());
		chunk(png, "IDAT", compressedRows(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static byte[] compressedRows(int[] pixels, int width, int height) {
		byte[] row = new byte[1 + width * BYTES_PER_PIXEL];
		row[0] = SUB_FILTER;
		Deflater deflater = new Deflater();
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		try {
			for (int y = 0; y < height; y++) {
				int previous = 0;
				for (int x = 0, offset = y * width, at = 1; x < width; x++, at += BYTES_PER_PIXEL) {
					int pixel = pixels[offset + x];
					row[at] = (byte) ((pixel >> 16) - (previous >> 16));
					row[at + 1] = (byte) ((pixel >> 8) - (previous >> 8));
					row[at + 2] = (byte) (pixel - previous);
					previous = pixel;
				}
				deflater.setInput(row);
				while (!deflater.needsInput()) {
					compressed.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			deflater.finish();
			while (!deflater.finished()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		} finally {
			deflater.end();
		}
		return compressed.toByteArray();
	}

	/** A chunk: its length, type, data and the CRC of type and data. */
	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(typeBytes);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
