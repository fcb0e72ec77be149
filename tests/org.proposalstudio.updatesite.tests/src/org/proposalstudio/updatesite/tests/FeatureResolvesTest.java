package org.proposalstudio.updatesite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Runs before the build's p2 director install (pom.xml) and plans the same install: the feature from the update site
 * alone, into the plain platform's own profile. The director goal of Tycho 4.0.13 reports only p2's headline when
 * resolution fails; this test fails with p2's full explanation (which requirement is missing, for whom).
 */
class FeatureResolvesTest {

	@Test
	void theFeatureResolvesAgainstThePlainPlatformAndTheSiteAlone() throws Exception {
		Path installation = Path.of(TestProperties.get("proposalstudio.installedPlatform"));
		URI site = Path.of(TestProperties.get("proposalstudio.updateSite")).toUri();
		String profileId = TestProperties.get("proposalstudio.p2Profile");
		String featureGroup = TestProperties.get("proposalstudio.feature") + ".feature.group";

		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> provider = context.getServiceReference(IProvisioningAgentProvider.class);
		assertNotNull(provider, "p2 is not running in the test runtime");
		IProvisioningAgent agent = context.getService(provider).createAgent(installation.resolve("p2").toUri());
		try {
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
			assertNotNull(profile, "no p2 profile " + profileId + " in " + installation);

			IMetadataRepository repository = agent.getService(IMetadataRepositoryManager.class).loadRepository(site, null);
			Set<IInstallableUnit> features = repository.query(QueryUtil.createIUQuery(featureGroup), null).toUnmodifiableSet();
			assertEquals(1, features.size(), featureGroup + " in " + site + ": " + features);

			IPlanner planner = agent.getService(IPlanner.class);
			IProfileChangeRequest request = planner.createChangeRequest(profile);
			request.addAll(features);
			ProvisioningContext onlyTheSite = new ProvisioningContext(agent);
			onlyTheSite.setMetadataRepositories(site);
			onlyTheSite.setArtifactRepositories(site);
			IStatus status = planner.getProvisioningPlan(request, onlyTheSite, null).getStatus();
			assertTrue(status.isOK(), () -> "p2 cannot install " + featureGroup + " into " + installation + ":\n" + explain(status, ""));
		} finally {
			agent.stop();
			context.ungetService(provider);
		}
	}

	/** p2 puts its explanation in the children of the status, the way the p2 director application prints it. */
	private static String explain(IStatus status, String indent) {
		StringBuilder text = new StringBuilder(indent).append(status.getMessage()).append('\n');
		for (IStatus child : status.getChildren()) {
			text.append(explain(child, indent + "  "));
		}
		return text.toString();
	}
}
