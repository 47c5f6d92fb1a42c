#!/usr/bin/env python3
"""CFAG Workbench benchmark suite (issues 9 and 13). Run through Benchmarks/run, which builds first.

Measures P1-P6 against floors measured in the same run on the same machine, and P7 on a throwaway
PostgreSQL cluster (.ci/postgres, Unix socket), prints a table of figures and ratios, and rewrites
the figures section of BENCHMARKS.md. Each figure whose piece is missing prints "n/a (not built
yet)"; P7's print n/a when PostgreSQL cannot be started. Times are medians of several runs.
"""
import fcntl
import os
import pty
import random
import re
import resource
import select
import signal
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("BENCH_BIN", os.path.join(ROOT, ".build-bench", "release"))
DATA = os.environ.get("BENCH_DATA", os.path.join(ROOT, ".build-bench", "bench-data"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
# The starts (P1, its floors and P7b) take some 10 to 40 ms each, and vary by several ms from one
# to the next on a shared machine: their medians are of more runs.
START_RUNS = int(os.environ.get("BENCH_START_RUNS", "41"))
POSTGRES = os.environ.get("BENCH_POSTGRES", "1") != "0"
ONLY = [name for name in os.environ.get("BENCH_ONLY", "").split(",") if name]
WRITERS = 20
WRITERS_SECONDS = float(os.environ.get("BENCH_WRITERS_SECONDS", "60"))
TODAY = "2026-03-02"
SEED = "2019"
ROWS = 100_000
NA = "n/a (not built yet)"


def binary(name):
    path = os.path.join(BIN, name)
    return path if os.access(path, os.X_OK) else None


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else None


def environment(**extra):
    env = dict(os.environ, CFAG_TODAY=TODAY, TERM="xterm-256color", CFAG_USER="bench")
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


# ── Data ──────────────────────────────────────────────────────────────────────────────────────


def ten_year_database(notes):
    """The 10-year demo database, made once per seed and today and then reused."""
    path = os.path.join(DATA, f"ten-years-{SEED}-{TODAY}.sqlite")
    cfag = binary("cfag")
    if os.path.exists(path) or not cfag:
        return path if os.path.exists(path) else None
    os.makedirs(DATA, exist_ok=True)
    start = time.perf_counter()
    result = subprocess.run(
        [cfag, "demo", "--years", "10", "--seed", SEED, "--db", path, "--themes", os.path.join(ROOT, "Themes")],
        env=environment(), capture_output=True, text=True)
    if result.returncode != 0:
        notes.append("cfag demo --years 10 failed: " + result.stderr.strip())
        return None
    notes.append(f"cfag demo --years 10 took {time.perf_counter() - start:.0f} s: {result.stderr.strip().splitlines()[-1]}")
    return path


def candidate_csv():
    """A 100,000-row candidate list as a case management system exports it (fixed seed)."""
    path = os.path.join(DATA, f"candidates-{ROWS}.csv")
    if os.path.exists(path):
        return path
    os.makedirs(DATA, exist_ok=True)
    rng = random.Random(int(SEED))
    plans = ["Child in Need", "Child Protection", "Early Help", "CLA", "Pre-birth"]
    teams = ["Chatham Locality", "Gillingham Locality", "Rochester Locality", "Strood Locality",
             "Rainham Locality", "Disabled Children's Team", "Adolescent Team"]
    agencies = ["Police", "MFT", "MCH", "Primary Schools", "Secondary Schools", "KMPT", "Probation", "Housing"]
    with open(path + ".tmp", "w", newline="") as out:
        out.write("Case Reference,Plan Type,Age,Gender,Team,Start Date,Agencies Known\r\n")
        for row in range(ROWS):
            start = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            known = "; ".join(rng.sample(agencies, rng.randint(1, 4)))
            out.write(f"MC-{1_000_000 + row},{rng.choice(plans)},{rng.randint(0, 17)},"
                      f"{rng.choice(['Female', 'Male', 'Not known'])},\"{rng.choice(teams)}\",{start},\"{known}\"\r\n")
    os.replace(path + ".tmp", path)
    return path


# ── A pseudo-terminal ─────────────────────────────────────────────────────────────────────────


def pty_run(argv, marker=None, keys=(), quit_keys=b"", env=None, rows=60, cols=200, timeout=60.0):
    """Runs argv on a 200x60 pseudo-terminal. Returns (seconds to the first output holding
    `marker`, peak RSS in KiB). After the marker, sends each of `keys`, waiting for the screen to
    settle after each, then `quit_keys`, and waits for the program to exit.

    The peak is the program's own (`VmHWM`), read just before `quit_keys` are sent. The child's
    `ru_maxrss` is not: it is the peak of the process since its fork, and the forked Python
    holding the pty (about 13 MB) would stand in for any program smaller than itself."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(argv[0], argv, env or environment())
    seen = b""
    first = None

    def drain(quiet):
        nonlocal seen, first
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], quiet)
            if not ready:
                return True
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            seen += chunk
            if first is None and marker is not None and marker in seen:
                first = time.perf_counter() - start
                if quiet is None:
                    return True
        return True

    alive = drain(None if marker else 0.2)
    for key in keys:
        if not alive:
            break
        os.write(fd, key)
        alive = drain(0.05)
    peak = None
    if alive and quit_keys:
        peak = peak_rss_kib(pid)
        os.write(fd, quit_keys)
    if alive and drain(5.0):
        os.kill(pid, signal.SIGTERM)
    for _ in range(10):
        if not drain(1.0):
            break
    else:
        os.kill(pid, signal.SIGKILL)
    try:
        _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(fd)
    if first is None and marker is not None and marker not in seen:
        raise RuntimeError(f"{os.path.basename(argv[0])}: never drew {marker!r} (exit {status})")
    if peak is None:
        raise RuntimeError(f"{os.path.basename(argv[0])}: exited before its peak memory could be read")
    return first, peak


def peak_rss_kib(pid):
    """The running process's peak resident set since its exec (`VmHWM`), in KiB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for process {pid}")


# ── Figures ───────────────────────────────────────────────────────────────────────────────────


def p1(db, figures):
    """cfag's start and its floors', started in turn, so that a change in the machine's load
    falls on all three alike."""
    programs = {"floor_bare": [binary("bench-floor-bare")], "floor_foundation": [binary("bench-floor-foundation")],
                "p1": [binary("cfag"), "--db", db] if db else [None]}
    programs = {name: argv for name, argv in programs.items() if argv[0]}
    runs = {name: [] for name in programs}
    for _ in range(START_RUNS):
        for name, argv in programs.items():
            runs[name].append(pty_run(argv, marker=b"Audits", quit_keys=b"q")[0])
    for name, values in runs.items():
        figures[name + "_ms"] = median(values) * 1000


def p2_p4(db, figures):
    bench = binary("cfag-bench")
    if not (bench and db):
        return
    scratch = os.path.join(tempfile.mkdtemp(prefix="cfag-bench-"), "copy.sqlite")
    shutil.copy(db, scratch)
    for figure in ["keys", "reports", "saves"]:  # saves last: it changes the copy
        result = subprocess.run([bench, figure, scratch, TODAY], env=environment(), capture_output=True, text=True)
        if result.returncode != 0:
            figures[figure + "_error"] = (result.stderr.strip().splitlines() or ["failed"])[-1]
            continue
        bench_lines(result, figures, "")
    shutil.rmtree(os.path.dirname(scratch), ignore_errors=True)


CANDIDATE_TABLE = ("CREATE TABLE candidate (reference TEXT PRIMARY KEY NOT NULL, plan_type TEXT NOT NULL, "
                   "age_band TEXT, gender TEXT, team TEXT, start_date TEXT, agencies_known TEXT NOT NULL DEFAULT '')"
                   " WITHOUT ROWID;")


def p3(csv, figures):
    """`cfag cases import` into a new database against `sqlite3 .import` of the same file into a new
    database file whose table has the same key and columns (the floor), and into `:memory:`."""
    cfag = binary("cfag")
    if not cfag:
        return
    help_text = subprocess.run([cfag, "cases", "import", "--help"], capture_output=True, text=True)
    if help_text.returncode != 0:
        return
    ours, floor, memory = [], [], []
    for _ in range(RUNS):
        folder = tempfile.mkdtemp(prefix="cfag-import-")
        db = os.path.join(folder, "cfag.sqlite")
        subprocess.run([cfag, "agencies", "list", "--db", db], env=environment(), capture_output=True)
        start = time.perf_counter()
        result = subprocess.run([cfag, "cases", "import", csv, "--db", db], env=environment(), capture_output=True,
                                text=True)
        ours.append(time.perf_counter() - start)
        if result.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            figures["import_error"] = (result.stderr.strip().splitlines() or ["failed"])[-1]
            return
        plain = os.path.join(folder, "plain.sqlite")
        subprocess.run(["sqlite3", plain, CANDIDATE_TABLE], check=True, capture_output=True)
        start = time.perf_counter()
        subprocess.run(["sqlite3", plain, f".import --csv --skip 1 {csv} candidate"], check=True, capture_output=True)
        floor.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run(["sqlite3", ":memory:", CANDIDATE_TABLE, f".import --csv --skip 1 {csv} candidate"],
                       check=True, capture_output=True)
        memory.append(time.perf_counter() - start)
        shutil.rmtree(folder, ignore_errors=True)
    figures["import_ms"] = median(ours) * 1000
    figures["sqlite_import_ms"] = median(floor) * 1000
    figures["sqlite_memory_ms"] = median(memory) * 1000


def p6(figures):
    """`cfag demo --years 10` into a new database: one run (it is the longest figure)."""
    cfag = binary("cfag")
    if not cfag:
        return
    folder = tempfile.mkdtemp(prefix="cfag-demo-")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [cfag, "demo", "--years", "10", "--seed", SEED, "--db", os.path.join(folder, "demo.sqlite"), "--themes",
         os.path.join(ROOT, "Themes")], env=environment(), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(folder, ignore_errors=True)
    if result.returncode != 0:
        figures["demo_error"] = (result.stderr.strip().splitlines() or ["failed"])[-1]
        return
    figures["demo_s"] = elapsed
    figures["demo_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


BROWSE = [b"j"] * 40 + [b"k"] * 10 + [b"\r", b"\t", b"j", b"j", b"\t", b"j", b"\r"] + [b"n"] * 5 + \
    [b"]"] * 4 + [b"\x1b", b"\x1b", b"\x1b"] + [b"G", b"\r", b"m", b"n", b"n", b"s", b"\x1b", b"\x1b", b"\x1b"]


def p5(db, figures):
    cfag = binary("cfag")
    if not (cfag and db):
        return
    rss = [pty_run([cfag, "--db", db], marker=b"Audits", keys=BROWSE * 3, quit_keys=b"\x1b\x1b\x1bq")[1]
           for _ in range(max(1, RUNS // 2))]
    figures["p5_rss_mb"] = max(rss) / 1024
    floor = binary("bench-floor-foundation")
    if floor:
        figures["floor_rss_mb"] = pty_run([floor], marker=b"Audits", quit_keys=b"q")[1] / 1024


# ── PostgreSQL (P7) ───────────────────────────────────────────────────────────────────────────


def postgres_environment(uri):
    """On PostgreSQL the actor is the login: CFAG_USER is refused, so it is not set."""
    env = environment(CFAG_DB=uri)
    env.pop("CFAG_USER", None)
    return env


def failure(result):
    return (result.stderr.strip().splitlines() or result.stdout.strip().splitlines() or ["failed"])[-1]


class Cluster:
    """A throwaway cluster (`.ci/postgres start`: a socket in a new folder, no TCP port)."""

    def __init__(self):
        self.script = os.path.join(ROOT, ".ci", "postgres")
        self.folder = tempfile.mkdtemp(prefix="cfag-bench-pg-", dir="/tmp")
        try:
            result = subprocess.run([self.script, "start", self.folder], capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                raise RuntimeError("PostgreSQL did not start: " + failure(result))
        except BaseException:
            self.stop()
            raise
        self.uri = result.stdout.strip().splitlines()[-1]

    def stop(self):
        subprocess.run([self.script, "stop", self.folder], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def database(self, name):
        """A new, empty database on the cluster; its URI."""
        self.psql(f"CREATE DATABASE {name}")
        return self.uri.replace("/postgres?", f"/{name}?", 1)

    def psql(self, command):
        result = subprocess.run(["psql", self.uri, "-v", "ON_ERROR_STOP=1", "-qc", command], capture_output=True,
                                text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{command}: " + failure(result))


def pg_ten_year_database(cluster, figures, notes):
    """The 10-year demo database on the cluster: restored from a dump made the first time (under
    BENCH_DATA, as the SQLite one is kept), or made with `cfag demo --years 10` and dumped. Either
    way `cfag db migrate` brings it up to this cfag's schema."""
    cfag = binary("cfag")
    dump = os.path.join(DATA, f"ten-years-{SEED}-{TODAY}.pgdump")
    uri = cluster.database("bench")
    env = postgres_environment(uri)
    if os.path.exists(dump):
        restore = subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", "-d", uri, dump],
                                 capture_output=True, text=True)
        if restore.returncode == 0:
            migrate = subprocess.run([cfag, "db", "migrate", "--db", uri], env=env, capture_output=True, text=True)
            if migrate.returncode != 0:
                raise RuntimeError("cfag db migrate: " + failure(migrate))
            figures["pg_restored"] = True
            return settled(cluster, uri)
        notes.append(f"P7: the cached dump did not restore ({failure(restore)}); making the demo again")
        os.remove(dump)
        cluster.psql("DROP DATABASE bench")
        uri = cluster.database("bench")
    migrate = subprocess.run([cfag, "db", "migrate", "--db", uri], env=env, capture_output=True, text=True)
    if migrate.returncode != 0:
        raise RuntimeError("cfag db migrate: " + failure(migrate))
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    demo = subprocess.run([cfag, "demo", "--years", "10", "--seed", SEED, "--db", uri, "--themes",
                           os.path.join(ROOT, "Themes")],
                          env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if demo.returncode != 0:
        raise RuntimeError("cfag demo --years 10 on PostgreSQL: " + failure(demo))
    figures["pg_demo_s"] = time.perf_counter() - start
    figures["pg_demo_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    os.makedirs(DATA, exist_ok=True)
    saved = subprocess.run(["pg_dump", "-Fc", "-f", dump + ".tmp", uri], capture_output=True, text=True)
    if saved.returncode == 0:
        os.replace(dump + ".tmp", dump)
    else:
        notes.append("P7: pg_dump of the demo failed: " + failure(saved))
    return settled(cluster, uri)


def settled(cluster, uri):
    """`VACUUM ANALYZE`, as autovacuum would have done to a database in use: statistics for the
    planner and the visibility map that index-only scans need."""
    result = subprocess.run(["psql", uri, "-v", "ON_ERROR_STOP=1", "-qc", "VACUUM ANALYZE"], capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError("VACUUM ANALYZE: " + failure(result))
    return uri


def bench_lines(result, figures, prefix):
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        try:
            figures[prefix + name] = float(value)
        except ValueError:
            figures[prefix + name] = value


def p7(db, figures, notes):
    """P7 on PostgreSQL: the 10-year demo made into a new database on a throwaway cluster, then
    P7b (start to first frame, as P1, started in turn with P1's start on the SQLite file, so that
    a change in the machine's load falls on both alike), P7a (a save to the next frame, as P2b)
    and P7c (concurrent writers), in that order, since the last two change the database."""
    cfag, bench = binary("cfag"), binary("cfag-bench")
    if not POSTGRES:
        figures["pg_error"] = "n/a (BENCH_POSTGRES=0)"
        return
    if not cfag:
        return
    try:
        cluster = Cluster()
    except Exception as error:  # no PostgreSQL here: the P7 rows say why
        figures["pg_error"] = f"n/a ({error})"
        return
    try:  # the cluster is stopped and removed however this ends
        uri = pg_ten_year_database(cluster, figures, notes)
        env = postgres_environment(uri)
        runs, beside = [], []
        for _ in range(START_RUNS):
            runs.append(pty_run([cfag], marker=b"Audits", quit_keys=b"q", env=env)[0])
            if db:
                beside.append(pty_run([cfag, "--db", db], marker=b"Audits", quit_keys=b"q")[0])
        figures["p7b_ms"] = median(runs) * 1000
        if beside:
            figures["p7b_sqlite_ms"] = median(beside) * 1000
        if not bench:
            return
        for figure, extra in [("saves", []), ("writers", [str(WRITERS), f"{WRITERS_SECONDS:g}"])]:
            result = subprocess.run([bench, figure, uri, TODAY] + extra, env=env, capture_output=True, text=True)
            if result.returncode != 0:
                figures["pg_" + figure + "_error"] = failure(result)
                continue
            bench_lines(result, figures, "pg_")
            for line in result.stderr.strip().splitlines():
                notes.append(f"P7 {figure}: {line}")
    except Exception as error:  # shown in the P7 rows still empty
        figures["pg_error"] = f"n/a ({error})"
    finally:
        cluster.stop()


# ── The table ─────────────────────────────────────────────────────────────────────────────────


def row(figure, measured, reference, ratio, target, met):
    return [figure, measured, reference, ratio, target, met]


def met(ok):
    return "yes" if ok else "NO"


def table(figures):
    f = figures.get
    ms = lambda v: NA if v is None else f"{v:.1f} ms"
    rows = []
    if f("p1_ms") and f("floor_foundation_ms"):
        ratio = f("p1_ms") / f("floor_foundation_ms")
        rows.append(row("P1 start to first frame", ms(f("p1_ms")), f"floor {ms(f('floor_foundation_ms'))}",
                        f"{ratio:.2f}×", "≤ 1.5× floor", met(ratio <= 1.5)))
    else:
        rows.append(row("P1 start to first frame", ms(f("p1_ms")), f"floor {ms(f('floor_foundation_ms'))}", "", "≤ 1.5× floor", ""))
    rows.append(row("P1 floor without Foundation", ms(f("floor_bare_ms")), "", "", "(information)", ""))
    if f("key_p99_ms") is not None:
        rows.append(row("P2 key to frame (CPU)", f"p50 {f('key_p50_ms'):.3f} ms, p99 {f('key_p99_ms'):.3f} ms",
                        f"{int(f('keys'))} keys, 200×60", "", "p50 ≤ 0.5 ms, p99 ≤ 2 ms",
                        met(f("key_p50_ms") <= 0.5 and f("key_p99_ms") <= 2)))
        share = f("move_bytes") / f("full_repaint_bytes") * 100
        rows.append(row("P2 bytes per cursor move", f"{f('move_bytes'):.0f} B", f"full repaint {f('full_repaint_bytes'):.0f} B",
                        f"{share:.1f} %", "≤ 5 %", met(share <= 5)))
    else:
        rows.append(row("P2 key to frame", f("keys_error") or NA, "", "", "p50 ≤ 0.5 ms, p99 ≤ 2 ms", ""))
    if f("save_p99_ms") is not None:
        rows.append(row("P2b save to next frame (CPU)", f"p50 {f('save_p50_ms'):.2f} ms, p99 {f('save_p99_ms'):.2f} ms",
                        f"{int(f('saves'))} grades, {f('save_audit')}", "", "p99 ≤ 10 ms", met(f("save_p99_ms") <= 10)))
    else:
        rows.append(row("P2b save to next frame", f("saves_error") or NA, "", "", "p99 ≤ 10 ms", ""))
    if f("import_ms"):
        ratio = f("import_ms") / f("sqlite_import_ms")
        rows.append(row(f"P3 import {ROWS:,} rows", ms(f("import_ms")), f"sqlite3 .import to a file {ms(f('sqlite_import_ms'))}",
                        f"{ratio:.2f}×", "≤ 1.5×", met(ratio <= 1.5)))
        rows.append(row("P3 against :memory:", "", f"sqlite3 .import {ms(f('sqlite_memory_ms'))}",
                        f"{f('import_ms') / f('sqlite_memory_ms'):.2f}×", "(information)", ""))
    else:
        rows.append(row(f"P3 import {ROWS:,} rows", f("import_error") or NA, "", "", "≤ 1.5×", ""))
    for name in ["md", "html", "docx", "csv"]:
        value = f(f"report_{name}_ms")
        rows.append(row(f"P4 report ({name}, CPU)", ms(value), f("report_audit") or "", "", "≤ 5 ms",
                        "" if value is None else met(value <= 5)))
    for key, label in [("trends_ms", "P4 trends, whole database (CPU)"),
                       ("annual_ms", "P4 annual section, whole database (CPU)")]:
        value = f(key)
        rows.append(row(label, ms(value) if value is not None else (f("reports_error") or NA), "", "",
                        "≤ 50 ms", "" if value is None else met(value <= 50)))
    value, floor = f("p5_rss_mb"), f("floor_rss_mb")
    rows.append(row("P5 peak RSS browsing", NA if value is None else f"{value:.1f} MB",
                    "" if floor is None else f"floor {floor:.1f} MB",
                    "" if value is None or floor is None else f"+{value - floor:.1f} MB", "≤ floor + 10 MB",
                    "" if value is None or floor is None else met(value <= floor + 10)))
    value = f("demo_s")
    rows.append(row("P6 cfag demo --years 10", f"{value:.1f} s" if value is not None else (f("demo_error") or NA),
                    "one run" + (f", CPU {f('demo_cpu_s'):.1f} s" if f("demo_cpu_s") else ""), "", "≤ 10 s",
                    "" if value is None else met(value <= 10)))
    rows += postgres_rows(figures)
    header = ["Figure", "Measured", "Floor / reference", "Ratio", "Target", "Met"]
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |" for r in [header] + rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def postgres_data(figures):
    if figures.get("pg_demo_s"):
        return (f"; P7 on the same demo made into PostgreSQL ({figures['pg_demo_s']:.0f} s, of which cfag's CPU "
                f"{figures['pg_demo_cpu_s']:.0f} s), then kept as a dump.")
    if figures.get("pg_restored"):
        return "; P7 on the same demo made into PostgreSQL, restored from the dump kept by an earlier run."
    return "."


def postgres_rows(figures):
    f = figures.get
    error = f("pg_error")
    rows = []
    if f("pg_save_wall_p99_ms") is not None:
        rows.append(row("P7a save to next frame, PostgreSQL (wall)",
                        f"p50 {f('pg_save_wall_p50_ms'):.2f} ms, p99 {f('pg_save_wall_p99_ms'):.2f} ms",
                        f"{int(f('pg_saves'))} grades, {f('pg_save_audit')}; client CPU p99 {f('pg_save_p99_ms'):.2f} ms",
                        "", "p99 ≤ 15 ms", met(f("pg_save_wall_p99_ms") <= 15)))
    else:
        rows.append(row("P7a save to next frame, PostgreSQL", error or f("pg_saves_error") or NA, "", "", "p99 ≤ 15 ms",
                        ""))
    sqlite_start, reference = f("p7b_sqlite_ms"), "P1's start (SQLite), in turn with it"
    if sqlite_start is None:
        sqlite_start, reference = f("p1_ms"), "P1 (SQLite)"
    if f("p7b_ms") is not None and sqlite_start:
        ratio = f("p7b_ms") / sqlite_start
        rows.append(row("P7b start to first frame, PostgreSQL", f"{f('p7b_ms'):.1f} ms",
                        f"{reference} {sqlite_start:.1f} ms", f"{ratio:.2f}×", "≤ 2× P1", met(ratio <= 2)))
    else:
        value = f("p7b_ms")
        rows.append(row("P7b start to first frame, PostgreSQL", error or (NA if value is None else f"{value:.1f} ms"),
                        "", "", "≤ 2× P1", ""))
    label = f"P7c {WRITERS} writers for {WRITERS_SECONDS:g} s, PostgreSQL"
    if f("pg_writers_per_s") is not None:
        ok = f("pg_writers_ok") == 1
        rows.append(row(label, f"{f('pg_writers_per_s'):.0f} writes/s",
                        f"{int(f('pg_writers_saved'))} saved, {int(f('pg_writers_failed'))} failed, "
                        f"{int(f('pg_writers_records'))} change records; "
                        + ("none lost, chain valid" if ok else "LOST or chain broken"),
                        "", "nothing lost, chain valid", met(ok)))
    else:
        rows.append(row(label, error or f("pg_writers_error") or NA, "", "", "nothing lost, chain valid", ""))
    return rows


def write_markdown(text):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    begin, end = "<!-- figures: written by Benchmarks/run -->", "<!-- /figures -->"
    current = open(path).read() if os.path.exists(path) else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin not in current:
        current += f"\n{begin}\n{end}\n"
    before, rest = current.split(begin, 1)
    after = rest.split(end, 1)[1]
    with open(path, "w") as out:
        out.write(f"{before}{begin}\n{text}\n{end}{after}")


def main():
    # A run stopped by a signal still stops its PostgreSQL cluster (the `finally` in p7).
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, lambda received, _: sys.exit(128 + received))
    start_load = os.getloadavg()[0]
    notes = []
    db = ten_year_database(notes)
    csv = candidate_csv()
    figures = {}
    steps = [(p1, (db, figures)), (p2_p4, (db, figures)), (p3, (csv, figures)), (p5, (db, figures)), (p6, (figures,)),
             (p7, (db, figures, notes))]
    for step, args in steps:
        if ONLY and step.__name__ not in ONLY:
            continue
        try:
            step(*args)
        except Exception as error:  # a piece that fails is reported, and the rest still run
            notes.append(f"{step.__name__}: {error}")
    load = os.getloadavg()
    header = (f"Run {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores (load average {load[0]:.1f} at the end, "
              f"{start_load:.1f} at the start), "
              f"medians of {RUNS} runs ({START_RUNS} of each start); database: `cfag demo --years 10 --seed {SEED}` with CFAG_TODAY={TODAY}"
              + postgres_data(figures))
    text = "\n".join([header, "", table(figures)] + ([""] + [f"- {n}" for n in notes] if notes else []))
    print(text)
    if ONLY:
        print(f"(BENCH_ONLY={','.join(ONLY)}: BENCHMARKS.md left as it was)")
    else:
        write_markdown(text)


if __name__ == "__main__":
    main()
