package com.discomcare.contracts.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The consumer's language for SMS and letters. */
public enum Language {
    @JsonProperty("en") ENGLISH,
    @JsonProperty("hi") HINDI
}
