package org.proposalstudio.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.eclipse.xtext.util.Modules2;
import org.proposalstudio.language.ProposalRuntimeModule;
import org.proposalstudio.language.ide.ProposalIdeModule;
import org.proposalstudio.language.ide.ProposalIdeSetup;
import org.proposalstudio.ui.model.ProjectModels;
import org.proposalstudio.ui.preferences.Revalidation;
import org.proposalstudio.ui.preferences.WorkspaceSeverities;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The workbench side of Proposal Studio: it creates the language's injector, with the IDE services, once, and keeps
 * the proposal files of each project loaded for editors, views and the builder.
 */
public class ProposalUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.proposalstudio.ui";

	private static ProposalUiPlugin instance;

	/** Validates the proposal projects again when the workspace's check severities change. */
	private final Revalidation revalidation = new Revalidation();
	private Injector injector;
	private ProjectModels projectModels;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		EclipseLogAppender.install();
		WorkspaceSeverities.addListener(revalidation);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		WorkspaceSeverities.removeListener(revalidation);
		revalidation.cancel();
		if (projectModels != null) {
			projectModels.dispose();
		}
		instance = null;
		super.stop(context);
	}

	public static ProposalUiPlugin get() {
		return instance;
	}

	/**
	 * The language's runtime and IDE services, with the workbench's own bindings ({@link ProposalUiModule}); created on
	 * first use, which registers the language with EMF.
	 */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new ProposalIdeSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(
							Modules2.mixin(new ProposalRuntimeModule(), new ProposalIdeModule(), new ProposalUiModule()));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public synchronized ProjectModels projectModels() {
		if (projectModels == null) {
			projectModels = new ProjectModels(injector());
		}
		return projectModels;
	}

	/**
	 * A failure of a language service is logged, never thrown at the user: the editor and its file stay intact.
	 */
	public static void log(String message, Throwable failure) {
		ILog.of(ProposalUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, failure));
	}
}
