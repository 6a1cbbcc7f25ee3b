package com.discomcare.connection.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One application in the read model: query columns plus the whole application as JSON. */
@Entity
@Table(name = "application_view")
public class ApplicationRecord extends PanacheEntityBase {

    @Id
    @Column(name = "application_number")
    public String applicationNumber;
    public String status;
    @Column(name = "request_type")
    public String requestType;
    public String category;
    public String district;
    public String phone;
    public String name;
    @Column(name = "consumer_number")
    public String consumerNumber;
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
