package org.proposalstudio.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.proposalstudio.language.ide.ProposalIdeSetup;
import org.proposalstudio.ui.model.ProjectModels;

import com.google.inject.Injector;

/**
 * The workbench side of Proposal Studio: it creates the language's injector, with the IDE services, once, and keeps
 * the proposal files of each project loaded for editors, views and the builder.
 */
public class ProposalUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.proposalstudio.ui";

	private static ProposalUiPlugin instance;

	private Injector injector;
	private ProjectModels projectModels;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		EclipseLogAppender.install();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (projectModels != null) {
			projectModels.dispose();
		}
		instance = null;
		super.stop(context);
	}

	public static ProposalUiPlugin get() {
		return instance;
	}

	/** The language's runtime and IDE services; created on first use, which registers the language with EMF. */
	public synchronized Injector injector() {
		if (injector == null) {
			injector = new ProposalIdeSetup().createInjectorAndDoEMFRegistration();
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
