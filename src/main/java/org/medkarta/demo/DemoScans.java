package org.medkarta.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Stand-ins for scanned documents in the demo: a plain PNG that says what it stands for.
 */
final class DemoScans {

	private DemoScans() {
	}

	static byte[] of(String title) {
		BufferedImage image = new BufferedImage(800, 560, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xF3, 0xF5, 0xF8));
		g.fillRect(0, 0, 800, 560);
		g.setColor(new Color(0x0B, 0x4F, 0x9C));
		g.drawRect(20, 20, 760, 520);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
		g.drawString(title, 60, 120);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
		g.drawString("Demo scan / образец для демонстрации", 60, 180);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
