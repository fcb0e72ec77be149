package org.proposalstudio.language.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.proposalstudio.model.Limits;
import org.proposalstudio.model.io.Messages;

/**
 * A name as ValidID reads and writes it, a soft keyword included, of at most {@link Limits#MAX_NAME_LENGTH}
 * characters: a longer one is an error where it is written, before any command names a file after it, and a model
 * read from XMI with one is not written as text.
 */
public class BoundedNameConverter extends KeywordAlternativeConverter {

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		String name = super.toValue(string, node);
		requireShortEnough(name, node);
		return name;
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		requireShortEnough(value, null);
		return super.toString(value);
	}

	private static void requireShortEnough(String name, INode node) {
		if (name != null && name.length() > Limits.MAX_NAME_LENGTH) {
			throw new ValueConverterException("The name " + Messages.quote(name) + " has " + String.format("%,d", name.length())
					+ " characters; a name has at most " + Limits.MAX_NAME_LENGTH + ", as files are named after proposals and figures",
					node, null);
		}
	}
}
