package com.discomcare.connection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One service request in the read model: query columns plus the whole request as JSON. */
@Entity
@Table(name = "service_request_view")
public class ServiceRequestRecord extends PanacheEntityBase {

    @Id
    @Column(name = "request_number")
    public String requestNumber;
    public String status;
    @Column(name = "request_type")
    public String requestType;
    @Column(name = "consumer_number")
    public String consumerNumber;
    public String district;
    public String phone;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    public long version;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
}
