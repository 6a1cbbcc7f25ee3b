package com.discomcare.contracts.complaint;

/** What the field crew did to resolve a complaint. */
public enum ResolutionCode {
    SUPPLY_RESTORED,
    FUSE_REPLACED,
    LINE_REPAIRED,
    CONDUCTOR_REPLACED,
    TREE_CLEARED,
    POLE_REPLACED,
    TRANSFORMER_REPAIRED,
    TRANSFORMER_REPLACED,
    SERVICE_LINE_REPAIRED,
    METER_REPLACED,
    METER_INSPECTED,
    BILL_CORRECTED,
    BILL_FOUND_CORRECT,
    RECHARGE_CREDITED,
    FAULT_ON_CONSUMER_SIDE,
    NO_FAULT_FOUND
}
