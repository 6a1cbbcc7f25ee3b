package com.discomcare.connection.charges;

/** When a charge is paid. */
public enum Payable {
    WITH_APPLICATION, WITH_DEMAND_NOTE
}
