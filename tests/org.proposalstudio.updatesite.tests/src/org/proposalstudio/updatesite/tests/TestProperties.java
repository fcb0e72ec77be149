package org.proposalstudio.updatesite.tests;

/** The paths and ids that the build passes to the tests (see this bundle's pom.xml). */
final class TestProperties {

	private TestProperties() {
	}

	static String get(String name) {
		String value = System.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("System property " + name + " is not set; the build passes it (pom.xml)");
		}
		return value;
	}
}
