package com.discomcare.connection.domain;

import java.time.LocalDate;

/** What the demand note asks of the versioned charges ({@code CONNECTION_CHARGES}). */
public interface Charges {

    /** The itemised quote by the version of the charges in force {@code on} that date. */
    Quote quote(QuoteSubject subject, LocalDate on);
}
