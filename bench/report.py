#!/usr/bin/env python3
"""Turn one bench/run.sh run into a Markdown report and a chart.

    python3 bench/report.py RESULTS.tsv MACHINE.txt OUT.md OUT.png

RESULTS.tsv: one row per (N, tool) with median/min/max seconds, peak RSS/heap, steps, cache;
the probe runs' --timings output is read from RESULTS.d/<tool>_<N>.timings.txt. The chart needs
matplotlib; without it the report says so and is written all the same.
"""
import csv
import os
import re
import sys

LABELS = {
    "lower_bound": "lower bound: queries.sql via psql, both DBs",
    "lower_bound_one": "lower bound, current DB only",
    "psql_load": "psql loading desired.sql into a fresh DB",
    "jvm_start": "JVM start + exit (./syncdb --version)",
    "syncdb_two_db": "syncdb check, desired from another DB",
    "syncdb_cold": "syncdb check, schema.sql, cold (empty cache)",
    "syncdb_cached": "syncdb check, schema.sql, cached",
    "migra": "@pgkit/migra (two DBs)",
    "apgdiff": "apgdiff (2x pg_dump + diff)",
    "sqlite_two_db": "SQLite: syncdb check, desired from another DB",
    "sqlite_cold": "SQLite: syncdb check, schema.sql, cold",
    "sqlite_cached": "SQLite: syncdb check, schema.sql, cached",
    "sqlite_noop": "SQLite: no-op check of a small DB (JVM start to exit)",
}
PHASES = ["connect", "connect desired", "inspect current", "cache read", "create scratch", "materialize",
          "inspect desired", "drop scratch", "cache write", "diff", "plan", "preflight", "total", "since JVM start"]
SYNCDB = ["syncdb_two_db", "syncdb_cold", "syncdb_cached", "sqlite_two_db", "sqlite_cold", "sqlite_cached"]


def load(tsv):
    rows = {}
    with open(tsv) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows[(int(r["n"]), r["tool"])] = r
    return rows


def med(rows, n, tool):
    r = rows.get((n, tool))
    try:
        return float(r["median_s"]) if r else None
    except ValueError:
        return None


def phases(base, tool, n):
    path = "%s.d/%s_%d.timings.txt" % (base, tool, n)
    out = {}
    if not os.path.exists(path):
        return out
    for line in open(path):
        m = re.match(r"^  (.+?)\s+([0-9.]+) s", line)
        if m:
            out[m.group(1).strip()] = float(m.group(2))
    return out


def fmt(x, digits=2):
    return "" if x is None else ("%.*f" % (digits, x))


def ratio(a, b):
    return "" if a is None or not b else "%.2f" % (a / b)


def main_table(rows, sizes, base):
    out = ["| N | tool | median s (min-max) | x lower bound | x migra | x apgdiff | peak RSS MiB | peak heap MiB | steps / expected |",
           "|---:|---|---|---:|---:|---:|---:|---:|---|"]
    for n in sizes:
        lb, mi, ap = med(rows, n, "lower_bound"), med(rows, n, "migra"), med(rows, n, "apgdiff")
        exp_path = "%s.d/expected_%d.txt" % (base, n)
        expected = open(exp_path).read().strip() if os.path.exists(exp_path) else ""
        for tool in ["lower_bound", "lower_bound_one", "psql_load", "jvm_start", "syncdb_two_db", "syncdb_cold",
                     "syncdb_cached", "migra", "apgdiff"]:
            r = rows.get((n, tool))
            if not r:
                continue
            m = med(rows, n, tool)
            if m is None:
                out.append("| %d | %s | %s | | | | %s | | |" % (n, LABELS[tool], r["cache"], r["peak_rss_mib"]))
                continue
            steps = ("%s / %s" % (r["steps"], expected)) if r["steps"] else ""
            out.append("| %d | %s | %s (%s-%s) | %s | %s | %s | %s | %s | %s |" % (
                n, LABELS[tool], fmt(m), fmt(float(r["min_s"])), fmt(float(r["max_s"])), ratio(m, lb), ratio(m, mi),
                ratio(m, ap), r["peak_rss_mib"], r["peak_heap_mib"], steps))
    return out


def phase_table(rows, sizes, base):
    tools = [t for t in SYNCDB if any((n, t) in rows for n in sizes)]
    cols = [p for p in PHASES if any(p in phases(base, t, n) for t in tools for n in sizes)]
    out = ["| N | mode | " + " | ".join(cols) + " | cache |", "|---:|---|" + "---:|" * len(cols) + "---|"]
    for n in sizes:
        for t in tools:
            ph = phases(base, t, n)
            if not ph:
                continue
            out.append("| %d | %s | %s | %s |" % (n, t, " | ".join(fmt(ph.get(c), 2) for c in cols), rows[(n, t)]["cache"]))
    return out


def growth(rows, sizes):
    if 1000 not in sizes or 5000 not in sizes:
        return []
    out = ["| tool | N=1000 s | N=5000 s | 5000 / 1000 |", "|---|---:|---:|---:|"]
    for tool in LABELS:
        a, b = med(rows, 1000, tool), med(rows, 5000, tool)
        if a and b:
            out.append("| %s | %s | %s | %.2f |" % (LABELS[tool], fmt(a), fmt(b), b / a))
    return out


def targets(rows, sizes):
    """The targets of issue 18: database vs database and its heap at the largest N, schema.sql cold at
    5,000 tables (or the largest N below it), growth from 1,000 to 5,000 tables."""
    n = max(sizes)
    n5 = 5000 if 5000 in sizes else max(sizes)
    lb = med(rows, n, "lower_bound")
    lb5, lb1, load, jvm = (med(rows, n5, t) for t in ["lower_bound", "lower_bound_one", "psql_load", "jvm_start"])
    two = med(rows, n, "syncdb_two_db")
    cold, cached = (med(rows, n5, t) for t in ["syncdb_cold", "syncdb_cached"])
    out = ["| target | limit | measured | ratio | met |", "|---|---|---:|---:|---|"]

    def row(name, value, base, factor, text):
        if value is None or not base:
            out.append("| %s | %.1fx %s | n/a | | |" % (name, factor, text))
            return
        out.append("| %s | %.1fx %s = %.2f s | %.2f s | %.2fx | %s |" % (
            name, factor, text, factor * base, value, value / base, "met" if value <= factor * base else "missed"))

    row("DB vs DB, N=%d" % n, two, lb, 1.5, "lower bound")
    r = rows.get((n, "syncdb_two_db"))
    if r and r["peak_heap_mib"]:
        out.append("| DB vs DB peak heap, N=%d | 1024 MiB | %s MiB | | %s |" % (
            n, r["peak_heap_mib"], "met" if float(r["peak_heap_mib"]) <= 1024 else "missed"))
    row("schema.sql cold, N=%d" % n5, cold, (load + lb5) if load and lb5 else None, 0.6, "(psql load + lower bound)")
    row("schema.sql cached, N=%d" % n5, cached, (lb1 + jvm) if lb1 and jvm else None, 1.5,
        "(lower bound on the current DB + JVM start)")
    for tool in ["syncdb_two_db", "syncdb_cold", "syncdb_cached", "sqlite_two_db", "sqlite_cold", "sqlite_cached"]:
        a, b = med(rows, 1000, tool), med(rows, 5000, tool)
        if a and b:
            out.append("| 5000/1000 %s | 5.5 | %.2f | | %s |" % (tool, b / a, "met" if b / a <= 5.5 else "missed"))
    noop = med(rows, 0, "sqlite_noop")
    if noop:
        out.append("| SQLite no-op check, JVM start to exit | 0.6 s | %.3f s | | %s |" % (noop, "met" if noop <= 0.6 else "missed"))
    return out


def sqlite_table(rows, sizes):
    out = ["| N | mode | median s (min-max) | peak RSS MiB | peak heap MiB | steps |", "|---:|---|---|---:|---:|---:|"]
    for n in sizes + [0]:
        for tool in ["sqlite_two_db", "sqlite_cold", "sqlite_cached", "sqlite_noop"]:
            r = rows.get((n, tool))
            if r and r["median_s"]:
                out.append("| %s | %s | %s (%s-%s) | %s | %s | %s |" % (n or "demo v1", LABELS[tool], fmt(float(r["median_s"]), 3),
                                                                   fmt(float(r["min_s"]), 3), fmt(float(r["max_s"]), 3),
                                                                   r["peak_rss_mib"], r["peak_heap_mib"], r["steps"]))
    return out


def chart(rows, sizes, png):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "(no chart: python3-matplotlib is not installed)"
    fig, ax = plt.subplots(figsize=(8, 5.5))
    for tool, style in [("lower_bound", "k--o"), ("psql_load", "k:s"), ("syncdb_two_db", "b-o"), ("syncdb_cold", "c-s"),
                        ("syncdb_cached", "g-^"), ("migra", "r-x"), ("apgdiff", "m-d"), ("sqlite_cached", "y-v")]:
        pts = [(n, med(rows, n, tool)) for n in sizes if med(rows, n, tool)]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], style, label=LABELS[tool])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("tables (N)")
    ax.set_ylabel("median wall time, s (log)")
    ax.set_title("syncdb check vs peers and the catalog-query lower bound")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    return "![time vs N](%s)" % os.path.basename(png)


def main(tsv, machine, md, png):
    base = tsv[:-len(".tsv")]
    rows = load(tsv)
    sizes = sorted({n for n, _ in rows if n > 0})
    lines = ["# syncdb benchmark, %s" % os.path.basename(base), "", "```", open(machine).read().strip(), "```", "",
             "## PostgreSQL: wall time end to end (JVM start included), side by side", ""]
    lines += main_table(rows, sizes, base)
    lines += ["", "## Targets", ""] + targets(rows, sizes)
    lines += ["", "## Growth", ""] + growth(rows, sizes)
    lines += ["", "## Phases of syncdb (probe run with --timings, seconds; phases of the two sides overlap)", ""]
    lines += phase_table(rows, sizes, base)
    lines += ["", "## SQLite", ""] + sqlite_table(rows, sizes)
    lines += ["", "## Chart", "", chart(rows, sizes, png), ""]
    with open(md, "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:5])
