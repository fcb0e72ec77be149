package org.proposalstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.proposalstudio.model.effective.EffectiveProposal;
import org.proposalstudio.model.effective.Inheritances;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.ProposalFactory;
import org.proposalstudio.model.proposal.ProposalModel;

/** {@code export-xmi}: writes a proposal file as XMI, for other EMF tools. */
final class ExportXmiCommand extends Command {

	ExportXmiCommand(ProposalFiles files) {
		super(files, "export-xmi", "write a proposal file as XMI for other EMF tools", "FILE.proposal", """
				Writes the model of a .proposal file as XMI (namespace
				http://www.proposalstudio.org/proposal/1.0). References to proposals in other files
				stay references to those .proposal files; --effective instead writes each proposal
				with everything it inherits, self-contained. A file with syntax or linking errors is
				not exported (exit 1). The output replaces an existing file only once it is complete.""",
				Option.withValue("out", "FILE.xmi", "where to write (default: beside the input, with .xmi)"),
				Option.flag("effective", "write proposals with what they inherit, without references to other files"));
	}

	@Override
	int run(CommandLine line, Console console) throws UsageException, InputException {
		if (line.operands().size() != 1) {
			throw new UsageException("name exactly one .proposal file to export");
		}
		Path input = Path.of(line.operands().get(0));
		Path output = line.value("out").map(Path::of).orElse(withExtension(input, ".xmi"));
		if (ProposalFiles.absolute(output).equals(ProposalFiles.absolute(input))) {
			throw new UsageException("--out names the input file itself; write the XMI to another file");
		}
		if (output.toString().endsWith(ProposalFiles.EXTENSION)) {
			throw new UsageException("--out names a " + ProposalFiles.EXTENSION + " file, which XMI would replace; write to a .xmi file");
		}
		XtextResource resource = load(line.operands(), console).requested().get(0);
		EcoreUtil.resolveAll(resource);
		String file = ProposalFiles.displayName(resource);
		List<Finding> problems = new ArrayList<>();
		resource.getErrors().forEach(error -> problems.add(Finding.of(file, error)));
		if (problems.isEmpty()) {
			problems.addAll(unwritableInXml(resource));
		}
		if (!problems.isEmpty()) {
			problems.forEach(console.err()::println);
			console.err().println(ProposalStudioCli.PROGRAM + " export-xmi: " + file + " has errors; nothing exported");
			return ExitCode.ERRORS;
		}
		ProposalModel model = (ProposalModel) resource.getContents().get(0);
		EObject root = line.has("effective") ? effectiveCopy(model) : model;
		AtomicFiles.write(output, toXmi(resource, root, output));
		console.out().println("Exported " + ProposalFiles.displayName(input) + " to " + ProposalFiles.displayName(output));
		return ExitCode.OK;
	}

	/**
	 * The texts XMI cannot hold: XML 1.0 has no way to write most control characters, which a string literal can hold
	 * through an escape such as \u0001. Reported where the text is written.
	 */
	private static List<Finding> unwritableInXml(XtextResource resource) {
		List<Finding> problems = new ArrayList<>();
		for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, true)) {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getInstanceClass() != String.class || !element.eIsSet(attribute)) {
					continue;
				}
				List<?> values = attribute.isMany() ? (List<?>) element.eGet(attribute) : List.of(element.eGet(attribute));
				for (Object value : values) {
					int bad = firstNonXmlCharacter((String) value);
					if (bad >= 0) {
						problems.add(Finding.at(element, "error", "export", String.format("The %s holds the character U+%04X, which XMI "
								+ "(XML 1.0) cannot hold: remove it or write it out in words", attribute.getName(), bad)));
					}
				}
			}
		}
		return problems;
	}

	/** The first character of {@code text} that XML 1.0 cannot hold, or -1. */
	private static int firstNonXmlCharacter(String text) {
		return text.codePoints().filter(c -> !(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
				|| c >= 0x10000 && c <= 0x10FFFF)).findFirst().orElse(-1);
	}

	private static ProposalModel effectiveCopy(ProposalModel model) {
		ProposalModel effective = ProposalFactory.eINSTANCE.createProposalModel();
		Inheritances inheritances = new Inheritances();
		for (Proposal proposal : model.getProposals()) {
			effective.getProposals().add(EffectiveProposal.of(inheritances.of(proposal)).proposal());
		}
		return effective;
	}

	/** Serializes into a resource of the same resource set, so that references to other files become relative. */
	private static byte[] toXmi(XtextResource source, EObject root, Path output) {
		Resource xmi = new XMIResourceImpl(URI.createFileURI(ProposalFiles.absolute(output).toString()));
		source.getResourceSet().getResources().add(xmi);
		xmi.getContents().add(root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			xmi.save(bytes, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException("writing XMI to memory failed", e);
		}
		return bytes.toByteArray();
	}

	static Path withExtension(Path file, String extension) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
	}
}
