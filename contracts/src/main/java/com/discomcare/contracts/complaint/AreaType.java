package com.discomcare.contracts.complaint;

public enum AreaType {
    URBAN, RURAL
}
