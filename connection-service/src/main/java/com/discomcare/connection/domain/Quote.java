package com.discomcare.connection.domain;

import com.discomcare.contracts.connection.ChargeItem;

import java.util.List;

/**
 * An itemised quote from the charges in force on a date.
 *
 * @param deferrableDeposit the part of the deposit that may be paid as a second instalment (HT: two thirds of it);
 *                          0 when everything is paid at once
 */
public record Quote(List<ChargeItem> items, String tariffVersion, long total, long deferrableDeposit) {

    public Quote {
        items = List.copyOf(items);
    }

    /** The amounts the demand note may be paid in, in order. */
    public List<Long> instalments() {
        return deferrableDeposit == 0 ? List.of(total) : List.of(total - deferrableDeposit, deferrableDeposit);
    }
}
