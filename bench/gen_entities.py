#!/usr/bin/env python3
"""Writes N generated JPA entities for bench/jpa.sh: python3 gen_entities.py N OUT_DIR.

Entities bench.p<k>.E<i> in ten packages, each with: an identity id, @Version, varchar columns with
length and NOT NULL, numeric(12,2), a timestamp, a boolean, an @Enumerated(STRING) column (a CHECK),
an index and a named unique constraint, a @ManyToOne to the previous entity (named foreign key),
and every tenth entity a @ManyToMany join table to the previous one.
"""
import os
import sys

n, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(os.path.join(out, "bench"), exist_ok=True)
with open(os.path.join(out, "bench", "Status.java"), "w") as f:
    f.write("package bench;\npublic enum Status { NEW, ACTIVE, CLOSED }\n")
for i in range(n):
    pkg = "p%d" % (i % 10)
    prev = None if i == 0 else "bench.p%d.E%d" % ((i - 1) % 10, i - 1)
    d = os.path.join(out, "bench", pkg)
    os.makedirs(d, exist_ok=True)
    rel = ""
    if prev:
        rel += ('    @ManyToOne @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_e%d_parent"))\n'
                "    private %s parent;\n" % (i, prev))
        if i % 10 == 0:
            rel += "    @ManyToMany private java.util.Set<%s> tags;\n" % prev
    with open(os.path.join(d, "E%d.java" % i), "w") as f:
        f.write("""package bench.%(pkg)s;

import jakarta.persistence.*;

@Entity
@Table(name = "e%(i)d", indexes = @Index(name = "ix_e%(i)d_name", columnList = "name"),
       uniqueConstraints = @UniqueConstraint(name = "uk_e%(i)d_code", columnNames = {"code"}))
public class E%(i)d {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Version private int version;
    @Column(length = 80, nullable = false) private String name;
    @Column(length = 20) private String code;
    @Column(precision = 12, scale = 2) private java.math.BigDecimal amount;
    private java.time.Instant createdAt;
    private boolean active;
    @Enumerated(EnumType.STRING) @Column(length = 10) private bench.Status status;
%(rel)s}
""" % {"pkg": pkg, "i": i, "rel": rel})
