package org.proposalstudio.benchmarking;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the numbers were measured on, and how busy the machine was: read from the JVM and from /proc where there is one. */
public final class Machine {

	private Machine() {
	}

	public static List<String> description() {
		Runtime runtime = Runtime.getRuntime();
		return List.of(
				"CPU: " + field(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")) + ", "
						+ runtime.availableProcessors() + " cores available to the JVM",
				"memory: " + field(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kilobytesAsGigabytes).orElse("unknown")
						+ " total; JVM max heap " + runtime.maxMemory() / (1024 * 1024) + " MB",
				"JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
						+ System.getProperty("java.vendor") + "); JVM arguments: "
						+ String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
				"OS: " + field(Path.of("/etc/os-release"), "PRETTY_NAME").map(name -> name.replace("\"", "")).orElse(System.getProperty("os.name"))
						+ ", kernel " + System.getProperty("os.version"));
	}

	/** The load averages over 1, 5 and 15 minutes, as the kernel reports them (runnable and waiting tasks, all cores). */
	public static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		} catch (IOException | RuntimeException e) {
			return String.format(Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** The load average over the last minute. */
	public static double oneMinuteLoad() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** Milliseconds the JVM has spent collecting garbage so far, over all collectors. */
	public static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.filter(time -> time > 0).sum();
	}

	/**
	 * The bytes the current thread has allocated so far, or -1 where the JVM does not count them. HotSpot's
	 * {@code com.sun.management.ThreadMXBean} is reached by reflection: it is not part of the bundle's execution
	 * environment.
	 */
	public static long allocatedBytes() {
		try {
			Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
			Object bean = ManagementFactory.getThreadMXBean();
			return hotspot.isInstance(bean) ? (long) hotspot.getMethod("getCurrentThreadAllocatedBytes").invoke(bean) : -1;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return -1;
		}
	}

	/** The value of the first line {@code key: value} or {@code key=value} of a file. */
	private static Optional<String> field(Path file, String key) {
		try {
			return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
					.map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim()).findFirst();
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String kilobytesAsGigabytes(String value) {
		try {
			long kilobytes = Long.parseLong(value.replace("kB", "").trim());
			return String.format(Locale.ROOT, "%.1f GB", kilobytes / (1024.0 * 1024));
		} catch (NumberFormatException e) {
			return value;
		}
	}
}
