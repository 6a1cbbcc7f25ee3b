package com.discomcare.contracts.escalation;

public record Officer(String id, String name, String phone) {
}
