package org.proposalstudio.diagram.layout;

/** Points and boxes in diagram coordinates: pixels at scale 1, y pointing down. */
public final class Geometry {

	private Geometry() {
	}

	public record Point(double x, double y) {
	}

	public record Box(double x, double y, double width, double height) {

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		public boolean overlaps(Box other) {
			return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
		}

		public boolean contains(Box other) {
			return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
		}

		/** Whether the point lies on the border of the box, within {@code tolerance}. */
		public boolean hasOnBorder(Point point, double tolerance) {
			boolean withinX = point.x() >= x - tolerance && point.x() <= right() + tolerance;
			boolean withinY = point.y() >= y - tolerance && point.y() <= bottom() + tolerance;
			boolean onVertical = Math.abs(point.x() - x) <= tolerance || Math.abs(point.x() - right()) <= tolerance;
			boolean onHorizontal = Math.abs(point.y() - y) <= tolerance || Math.abs(point.y() - bottom()) <= tolerance;
			return withinX && withinY && (onVertical || onHorizontal);
		}
	}
}
