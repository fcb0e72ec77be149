package org.proposalstudio.language.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.proposalstudio.model.io.Messages;
import org.proposalstudio.model.proposal.NamedElement;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.ProposalPackage;

import com.google.inject.Inject;

/**
 * Whether the values of a model made elsewhere (read from XMI, say) can be written as proposal text and read back the
 * same: the parts the language requires, names the language can spell, section numbers, whole numbers from 0. Asked
 * before serializing, so that each value that cannot be written is reported on its element, in words, instead of the
 * serializer failing on the first.
 */
public class WritableValues {

	/** A section number as the grammar's SectionNumber reads it: 3, 4.2, 10.1.3. */
	private static final Pattern SECTION = Pattern.compile("[0-9]+(\\.[0-9]+)*");

	@Inject
	private IValueConverterService converters;

	/** A value that cannot be written, on the element that holds it. */
	public record Problem(EObject element, String message) {
	}

	/** The values below {@code root} (itself included) that cannot be written, in document order. */
	public List<Problem> problems(EObject root) {
		List<Problem> problems = new ArrayList<>();
		check(root, problems);
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(root, false)) {
			check(element, problems);
		}
		return problems;
	}

	/**
	 * The parts the grammar requires and the element lacks: the metamodel's lower bounds (an oversight's overseer, a
	 * signal's trained models), which EMF's own constraints check; the serializer would fail on the first, unlocated.
	 */
	private static void checkRequiredParts(EObject element, List<Problem> problems) {
		BasicDiagnostic found = new BasicDiagnostic();
		EObjectValidator.INSTANCE.validate_EveryMultiplicityConforms(element, found, null);
		for (org.eclipse.emf.common.util.Diagnostic missing : found.getChildren()) {
			String part = missing.getData().stream().filter(EStructuralFeature.class::isInstance).map(EStructuralFeature.class::cast)
					.map(EStructuralFeature::getName).findFirst().orElse("a part");
			problems.add(new Problem(element, "The " + element.eClass().getName() + nameOf(element) + " lacks its " + part
					+ ", which the language requires"));
		}
	}

	private static String nameOf(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? " " + Messages.quote(named.getName()) : "";
	}

	private void check(EObject element, List<Problem> problems) {
		checkRequiredParts(element, problems);
		if (element instanceof NamedElement named && named.getName() != null) {
			String rule = element instanceof Participant ? "ParticipantName" : "ValidID";
			try {
				converters.toString(named.getName(), rule);
			} catch (ValueConverterException notAName) {
				problems.add(new Problem(element, "The name " + Messages.quote(named.getName()) + " cannot be written in the language: a "
						+ "name is letters, digits and _, starts with a letter and may end in primes (Amp(M) for an amplified model)"));
			}
		}
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!element.eIsSet(attribute)) {
				continue;
			}
			List<?> values = attribute.isMany() ? (List<?>) element.eGet(attribute) : List.of(element.eGet(attribute));
			for (Object value : values) {
				if (attribute == ProposalPackage.Literals.PROPOSAL__SECTION || attribute == ProposalPackage.Literals.COMPONENT_ARGUMENT__SECTION) {
					if (!SECTION.matcher((String) value).matches()) {
						problems.add(new Problem(element, "The section " + Messages.quote((String) value)
								+ " is not a section number such as 3 or 4.2"));
					}
				} else if (value instanceof Integer number && number < 0) {
					problems.add(new Problem(element, "The " + attribute.getName() + " is " + number
							+ ", but the language writes only whole numbers from 0"));
				}
			}
		}
	}
}
