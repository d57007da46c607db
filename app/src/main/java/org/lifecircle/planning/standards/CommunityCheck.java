package org.lifecircle.planning.standards;

import java.util.List;

/**
 * One requirement in one community: the residents within its walk (population-weighted over the
 * community's compounds), present when their share reaches the threshold. {@code share} is null
 * when the community has no residents recorded; {@code uncoveredCompounds} names the compounds
 * outside the walk.
 */
public record CommunityCheck(Requirement requirement, Verdict verdict, double population, double coveredPopulation,
                             Double share, List<String> uncoveredCompounds) implements Score.Judged {
}
