package org.proposalstudio.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.eclipse.xtext.util.Modules2;
import org.osgi.framework.BundleContext;
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

	/** The failures logged so far, by what was being done and how it failed. */
	private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

	/**
	 * A failure of a language service is logged, never thrown at the user: the editor and its file stay intact. The
	 * same failure of the same work is logged once: a service that fails on every keystroke or every hover would
	 * otherwise fill the log with one entry.
	 */
	public static void log(String message, Throwable failure) {
		log(IStatus.ERROR, message, failure);
	}

	/** Logs, once, what Xtext and the language services report: see {@link #log(String, Throwable)}. */
	static void log(int severity, String message, Throwable failure) {
		if (LOGGED.add(message + " " + failure)) {
			ILog.of(ProposalUiPlugin.class).log(new Status(severity, ID, message, failure));
		}
	}
}
