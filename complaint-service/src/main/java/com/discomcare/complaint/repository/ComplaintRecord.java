package com.discomcare.complaint.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One complaint in the read model: query columns plus the whole complaint as JSON. */
@Entity
@Table(name = "complaint_view")
public class ComplaintRecord extends PanacheEntityBase {

    @Id
    @Column(name = "request_number")
    public String requestNumber;
    public String status;
    public boolean paused;
    public String category;
    @Column(name = "area_type")
    public String areaType;
    public String district;
    @Column(name = "consumer_number")
    public String consumerNumber;
    public String phone;
    public String name;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "escalation_level")
    public int escalationLevel;
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
