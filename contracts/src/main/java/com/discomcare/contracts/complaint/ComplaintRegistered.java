package com.discomcare.contracts.complaint;

import java.time.Instant;

public record ComplaintRegistered(
        String requestNumber,
        String consumerNumber,
        String name,
        String phone,
        String category,
        AreaType areaType,
        String district,
        String address,
        String description,
        Channel channel,
        Language language,
        ClockType clock,
        Instant dueAt,
        String by,
        String byName,
        String byRole,
        Instant at) implements ComplaintEvent {
}
