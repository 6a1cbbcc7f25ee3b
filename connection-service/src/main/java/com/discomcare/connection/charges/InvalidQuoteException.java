package com.discomcare.connection.charges;

import java.util.List;

/** A quote request that cannot be priced, with every problem at once. */
public class InvalidQuoteException extends IllegalArgumentException {

    private final transient List<QuoteProblem> problems;

    public InvalidQuoteException(List<QuoteProblem> problems) {
        super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<QuoteProblem> problems() {
        return problems;
    }
}
