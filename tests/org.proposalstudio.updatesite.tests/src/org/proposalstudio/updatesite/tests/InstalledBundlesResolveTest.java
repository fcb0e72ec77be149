package org.proposalstudio.updatesite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.launch.EquinoxFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.proposalstudio.updatesite.tests.Installation.ConfiguredBundle;

/**
 * p2 resolves metadata; the launcher's OSGi framework resolves manifests (uses constraints, execution environment,
 * platform filters). This installs every bundle of an installation's bundles.info into a fresh framework, as the
 * launcher would, and resolves them all: the plain platform with the update site installed, and the product.
 */
class InstalledBundlesResolveTest {

	@ParameterizedTest
	@ValueSource(strings = { "proposalstudio.installedPlatform", "proposalstudio.product" })
	void everyConfiguredBundleResolvesInOsgi(String installation, @TempDir Path storage) throws Exception {
		Installation installed = Installation.fromProperty(installation);
		Framework framework = new EquinoxFactory().newFramework(Map.of(
				// its own configuration, not the test runtime's system properties
				"osgi.framework.useSystemProperties", "false",
				Constants.FRAMEWORK_STORAGE, storage.toString(),
				"osgi.os", "linux", "osgi.ws", "gtk", "osgi.arch", "x86_64"));
		// started (nothing else is), so that a transient start can report why a bundle does not resolve
		framework.start();
		try {
			List<Bundle> bundles = new ArrayList<>();
			for (ConfiguredBundle configured : installed.configuredBundles()) {
				// the framework bundle is the system bundle itself
				if (!configured.symbolicName().equals(framework.getSymbolicName())) {
					bundles.add(framework.getBundleContext().installBundle("reference:" + configured.file().toUri()));
				}
			}
			for (String ours : List.of("org.proposalstudio.language", "org.proposalstudio.diagram", "org.proposalstudio.ui")) {
				assertTrue(bundles.stream().anyMatch(b -> ours.equals(b.getSymbolicName())),
						ours + " is not configured in " + installed.root());
			}

			framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
			List<String> unresolved = new ArrayList<>();
			for (Bundle bundle : bundles) {
				if (bundle.getState() == Bundle.INSTALLED) {
					unresolved.add(whyUnresolved(bundle));
				}
			}
			assertEquals(List.of(), unresolved);
		} finally {
			framework.stop();
			framework.waitForStop(10_000);
		}
	}

	/** Starting an unresolved bundle makes Equinox report the requirement it cannot satisfy. */
	private static String whyUnresolved(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return bundle.getSymbolicName() + " resolved only when started";
		} catch (BundleException e) {
			return e.getMessage();
		}
	}
}
