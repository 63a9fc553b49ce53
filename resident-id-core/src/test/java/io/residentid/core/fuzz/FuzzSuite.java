package io.residentid.core.fuzz;

import java.util.List;
import net.jqwik.api.Example;

/**
 * The two runs every fuzz target has, for its {@code *Fuzz} class to extend: the seeds and the target's regression
 * inputs replayed unchanged, then a timed mutation campaign over the corpus. A class adds its own properties (e.g.
 * mutants of every seed) beside these.
 */
public abstract class FuzzSuite {

    private final FuzzHarness harness;
    private final String regressionsRoot;
    private final List<FuzzCorpus.Seed> replayed;
    private final List<FuzzCorpus.Seed> corpus;
    private final FuzzHarness.Target target;

    /**
     * A suite of one target.
     *
     * @param harness         the target's harness (its name finds the regression inputs)
     * @param regressionsRoot the class-path root of {@code fuzz-regressions/<name>/}, e.g. {@code /io/residentid/core}
     * @param replayed        the seeds replayed unchanged (often the corpus, or part of it)
     * @param corpus          the seeds the campaign mutates
     * @param target          the code under test
     */
    protected FuzzSuite(FuzzHarness harness, String regressionsRoot, List<FuzzCorpus.Seed> replayed,
            List<FuzzCorpus.Seed> corpus, FuzzHarness.Target target) {
        this.harness = harness;
        this.regressionsRoot = regressionsRoot;
        this.replayed = replayed;
        this.corpus = corpus;
        this.target = target;
    }

    /** The seeds and the regression inputs keep the contract as they are. */
    @Example
    public void corpusAndRegressionsReplay() {
        harness.replay(replayed, target);
        harness.replay(FuzzCorpus.regressions(regressionsRoot, harness.name()), target);
    }

    /** Mutants of the corpus keep the contract, for {@link FuzzHarness#seconds()}. */
    @Example
    public void timedMutationCampaign() {
        harness.campaign(corpus, target);
    }
}
