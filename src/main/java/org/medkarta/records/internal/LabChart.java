package org.medkarta.records.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One lab test over time as an SVG drawn by the server: the values as a line with points,
 * the reference range as a shaded band. Only presentation attributes are used (no style
 * attributes, no script), so the page's Content-Security-Policy holds; every text is
 * escaped.
 */
final class LabChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 260;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 40;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yy");

	private LabChart() {
	}

	/**
	 * @param points the values, oldest first
	 * @param low the lower limit of the range, or {@code null}
	 * @param high the upper limit of the range, or {@code null}
	 * @param label the accessible name of the chart
	 */
	static String svg(List<Point> points, Double low, Double high, String label) {
		double min = points.stream().mapToDouble(Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Point::value).max().orElse(1);
		if (low != null) {
			min = Math.min(min, low);
		}
		if (high != null) {
			max = Math.max(max, high);
		}
		double pad = Math.max((max - min) * 0.1, 0.5);
		double bottom = min - pad;
		double top = max + pad;
		long first = points.isEmpty() ? 0 : points.get(0).at().getEpochSecond();
		long last = points.isEmpty() ? 1 : points.get(points.size() - 1).at().getEpochSecond();
		long span = Math.max(1, last - first);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(label))
			.append("\" class=\"chart\">");
		svg.append("<rect x=\"")
			.append(LEFT)
			.append("\" y=\"")
			.append(TOP)
			.append("\" width=\"")
			.append(WIDTH - LEFT - RIGHT)
			.append("\" height=\"")
			.append(HEIGHT - TOP - BOTTOM)
			.append("\" fill=\"#ffffff\" stroke=\"#c8ccd4\"/>");
		if (low != null || high != null) {
			double bandTop = y((high != null) ? high : top, bottom, top);
			double bandBottom = y((low != null) ? low : bottom, bottom, top);
			svg.append("<rect x=\"")
				.append(LEFT)
				.append("\" y=\"")
				.append(fmt(bandTop))
				.append("\" width=\"")
				.append(WIDTH - LEFT - RIGHT)
				.append("\" height=\"")
				.append(fmt(bandBottom - bandTop))
				.append("\" fill=\"#dff3e4\"/>");
		}
		for (double value : new double[] { bottom + pad, (bottom + top) / 2, top - pad }) {
			double y = y(value, bottom, top);
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(WIDTH - RIGHT)
				.append("\" y1=\"")
				.append(fmt(y))
				.append("\" y2=\"")
				.append(fmt(y))
				.append("\" stroke=\"#e3e6eb\"/>");
			svg.append("<text x=\"")
				.append(LEFT - 6)
				.append("\" y=\"")
				.append(fmt(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5160\">")
				.append(number(value))
				.append("</text>");
		}
		StringBuilder line = new StringBuilder();
		for (Point point : points) {
			double x = x(point.at().getEpochSecond() - first, span);
			double y = y(point.value(), bottom, top);
			line.append((line.length() == 0) ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
		}
		if (points.size() > 1) {
			svg.append("<polyline points=\"")
				.append(line)
				.append("\" fill=\"none\" stroke=\"#0b4f9c\" stroke-width=\"2\"/>");
		}
		for (Point point : points) {
			double x = x(point.at().getEpochSecond() - first, span);
			double y = y(point.value(), bottom, top);
			boolean out = (low != null && point.value() < low) || (high != null && point.value() > high);
			svg.append("<circle cx=\"")
				.append(fmt(x))
				.append("\" cy=\"")
				.append(fmt(y))
				.append("\" r=\"4\" fill=\"")
				.append(out ? "#b00020" : "#0b4f9c")
				.append("\"><title>")
				.append(escape(
						DAY.format(point.at().atZone(ZoneId.of("Europe/Moscow"))) + ": " + number(point.value())))
				.append("</title></circle>");
		}
		if (!points.isEmpty()) {
			svg.append("<text x=\"")
				.append(LEFT)
				.append("\" y=\"")
				.append(HEIGHT - 14)
				.append("\" font-size=\"11\" fill=\"#4a5160\">")
				.append(DAY.format(points.get(0).at().atZone(ZoneId.of("Europe/Moscow"))))
				.append("</text>");
			svg.append("<text x=\"")
				.append(WIDTH - RIGHT)
				.append("\" y=\"")
				.append(HEIGHT - 14)
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5160\">")
				.append(DAY.format(points.get(points.size() - 1).at().atZone(ZoneId.of("Europe/Moscow"))))
				.append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static double x(long seconds, long span) {
		return LEFT + (WIDTH - LEFT - RIGHT) * (double) seconds / span;
	}

	private static double y(double value, double bottom, double top) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - bottom) / (top - bottom));
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, (Math.abs(value) < 20) ? "%.1f" : "%.0f", value).replace('.', ',');
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	record Point(Instant at, double value) {
	}

}
