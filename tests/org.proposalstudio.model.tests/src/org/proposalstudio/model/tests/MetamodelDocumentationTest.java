package org.proposalstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proposalstudio.model.proposal.ProposalPackage;

/** The metamodel is hand-designed for readers: every class, feature, enumeration and literal says what it means. */
class MetamodelDocumentationTest {

	static Stream<ENamedElement> elements() {
		return ProposalPackage.eINSTANCE.getEClassifiers().stream().flatMap(classifier -> Stream.concat(Stream.of(classifier),
				classifier instanceof EEnum enumeration ? enumeration.getELiterals().stream()
						: classifier.eContents().stream().filter(ENamedElement.class::isInstance).map(ENamedElement.class::cast)));
	}

	@ParameterizedTest
	@MethodSource("elements")
	void isDocumented(ENamedElement element) {
		String documentation = EcoreUtil.getDocumentation((EModelElement) element);
		assertTrue(documentation != null && documentation.length() > 10, element.getName() + " has no documentation");
	}
}
