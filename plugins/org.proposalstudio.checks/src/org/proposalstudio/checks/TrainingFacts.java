package org.proposalstudio.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.proposalstudio.model.proposal.AmplifiedModel;
import org.proposalstudio.model.proposal.Debater;
import org.proposalstudio.model.proposal.Model;
import org.proposalstudio.model.proposal.Myopia;
import org.proposalstudio.model.proposal.Oversight;
import org.proposalstudio.model.proposal.Participant;
import org.proposalstudio.model.proposal.Proposal;
import org.proposalstudio.model.proposal.SignalKind;
import org.proposalstudio.model.proposal.Trainable;
import org.proposalstudio.model.proposal.TrainingSignal;

/**
 * What a proposal's training amounts to, in the terms the checks reason in: which participants are the same trained
 * model, which signals train them, who oversees them. Works on an effective proposal.
 */
public final class TrainingFacts {

	private final Proposal proposal;

	TrainingFacts(Proposal proposal) {
		this.proposal = proposal;
	}

	/**
	 * The trained model a participant is an instance of: copies of a debater (Bob is a copy of Alice, Alice1 is Alice at
	 * her first move) and earlier versions of a model (M' of M) are the same model at another time.
	 */
	static Trainable lineageRoot(Trainable trainable) {
		Set<Trainable> seen = new HashSet<>();
		Trainable current = trainable;
		while (seen.add(current)) {
			Trainable next = current instanceof Debater debater ? debater.getCopyOf()
					: current instanceof Model model ? model.getEarlierVersionOf() : null;
			if (next == null || next.eIsProxy()) {
				break;
			}
			current = next;
		}
		return current;
	}

	static boolean sameModel(Trainable a, Trainable b) {
		return lineageRoot(a) == lineageRoot(b);
	}

	/** The myopia a signal has: as stated, or else the usual myopia of its kind in the paper. */
	public static Myopia myopiaOf(TrainingSignal signal) {
		if (signal.getMyopia() != Myopia.UNSTATED) {
			return signal.getMyopia();
		}
		return switch (signal.getKind()) {
		case IMITATION, APPROVAL, PREDICTION -> Myopia.PER_STEP;
		case DEBATE, TASK -> Myopia.PER_EPISODE;
		case RL_REWARD, REWARD_MODELING -> Myopia.NON_MYOPIC;
		};
	}

	/** The signals that train the model {@code trainable} is an instance of. */
	List<TrainingSignal> signalsTraining(Trainable trainable) {
		return proposal.getSignals().stream()
				.filter(signal -> signal.getTrains().stream().anyMatch(trained -> sameModel(trained, trainable)))
				.toList();
	}

	boolean isTrained(Participant participant) {
		if (participant instanceof AmplifiedModel amplified) {
			return amplified.getModel() != null && isTrained(amplified.getModel());
		}
		return participant instanceof Trainable trainable && !signalsTraining(trainable).isEmpty();
	}

	/** The oversight mechanisms that oversee the model {@code trainable} is an instance of. */
	List<Oversight> oversightsOf(Trainable trainable) {
		return proposal.getOversights().stream()
				.filter(oversight -> oversight.getOverseen().stream().anyMatch(overseen -> sameModel(overseen, trainable)))
				.toList();
	}

	boolean isDeployed(Trainable trainable) {
		return proposal.getDeployment() != null && proposal.getDeployment().getDeployed().stream().anyMatch(deployed -> //
				deployed instanceof Trainable deployedModel && sameModel(deployedModel, trainable)
						|| deployed instanceof AmplifiedModel amplified && amplified.getModel() != null
								&& sameModel(amplified.getModel(), trainable));
	}

	/** A recursive scheme trains a model against its own amplification, or by debate against a copy of itself. */
	boolean isRecursive() {
		return proposal.getSignals().stream().anyMatch(signal -> signal.getKind() == SignalKind.DEBATE
				|| signal.getSources().stream().anyMatch(AmplifiedModel.class::isInstance));
	}

	/** The kind of signal that makes the scheme recursive, used to suggest its limit. */
	SignalKind recursiveSignalKind() {
		return proposal.getSignals().stream().filter(signal -> signal.getKind() == SignalKind.DEBATE
				|| signal.getSources().stream().anyMatch(AmplifiedModel.class::isInstance)).map(TrainingSignal::getKind)
				.findFirst().orElse(SignalKind.IMITATION);
	}
}
