package com.discomcare.contracts.connection;

/** Load is in kW, for HT in kVA. */
public enum LoadUnit {
    KW, KVA
}
