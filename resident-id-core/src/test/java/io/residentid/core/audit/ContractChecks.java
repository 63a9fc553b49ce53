package io.residentid.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Helpers for the hostile-input contract tests of every module. */
public final class ContractChecks {

    private ContractChecks() {
    }

    /**
     * The names of the entries whose check fails with an {@link AssertionError}, in order: lets a test pin the
     * known failures of code it may not change in a list that must shrink, never grow.
     */
    public static <T> List<String> failingNames(List<T> entries, Function<T, String> name, Consumer<T> check) {
        List<String> failing = new ArrayList<>();
        for (T entry : entries) {
            try {
                check.accept(entry);
            } catch (AssertionError notDocumented) {
                failing.add(name.apply(entry));
            }
        }
        return failing;
    }
}
