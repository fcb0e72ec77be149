package org.proposalstudio.language;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Proposal files generate no code. Xtext's default asks, after each file's validation in a build (the language
 * server's, on every change), whether to run the generator, and finds out by validating the file a second time.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
