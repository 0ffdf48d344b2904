"""Reliability probes: what a tester tries (kill -9, two processes at once, a hostile visitor,
bad files), repeated and counted. Figures are printed, never asserted.

    .venv/bin/python bench/reliability.py                       # every probe on the demo data
    .venv/bin/python bench/reliability.py --only kill csv       # some probes
    .venv/bin/python bench/reliability.py --sources A B C       # the load probes on other files

Probes:

- ``kill``: ``munigraph load`` of the sources killed with SIGKILL at several moments; the
  graph left behind must be whole sources (before it, or after source k), and a rerun must
  give an export byte-identical to a clean load's.
- ``concurrent``: two loads on one folder started together; both should end with their
  full counts.
- ``serve``: ``munigraph serve`` attached while a load runs; pages must keep answering
  after the load ends.
- ``console``: write and administration forms through the console (store and web page);
  the graph must not change and every form must be refused.
- ``badfiles``: bad files get one line each, no traceback, and the graph stays as it was.
- ``web``: a bounded loopback load of the explorer with hostile URLs mixed in: 0 server
  errors, no redirect leaving the site.
- ``csv``: formula-looking names through every CSV writer: 0 cells a spreadsheet would run.

Every command runs as a separate ``munigraph`` process on its own scratch folder, as a user
would run it; only the console, web and csv probes open a store in this process.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import http.client
import io
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from munigraph.graph.output import FORMULA_STARTS, spreadsheet_safe  # noqa: E402
from munigraph.loaders import DEMO_DIR  # noqa: E402

MUNIGRAPH = [sys.executable, "-m", "munigraph"]
DEFAULT_SOURCES = [DEMO_DIR / "uclg.yaml", DEMO_DIR / "twinning" / "wikipedia-2026-sample.csv"]
TWINNING = ROOT.parent / "shared" / "data" / "twinning"
if (TWINNING / "konect-twin-2017" / "out.twin").exists():
    DEFAULT_SOURCES.append(TWINNING / "konect-twin-2017" / "out.twin")


# -- running munigraph as a user would ---------------------------------------------------


def command(*args: str, db: Path, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUNIGRAPH_DB", "NEO4J_"))}
    return subprocess.run(
        [*MUNIGRAPH, *args, "--db", str(db)], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def start(*args: str, db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUNIGRAPH_DB", "NEO4J_"))}
    return subprocess.Popen(
        [*MUNIGRAPH, *args, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def counts(db: Path) -> dict[str, int]:
    done = command("stats", "--format", "json", db=db)
    if done.returncode:
        return {"error": 1}
    data = json.loads(done.stdout)
    return {**data["nodes"], **data["relationships"]}


def export(db: Path) -> bytes:
    return command("export", "--format", "json", db=db).stdout.encode()


def timeless(exported: bytes) -> str:
    """An export without the times merges were made (a rerun makes them later)."""
    data = json.loads(exported or b"{}")
    for node in data.get("nodes", []):
        node.pop("merged_at", None)
    return json.dumps(data, sort_keys=True)


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:160] if lines else ""


def stop_engines(db: Path) -> None:
    """Stop an engine a killed command may have left running for ``db`` (a process this script started)."""
    runtime = db / "runtime.json"
    with contextlib.suppress(OSError, ValueError, KeyError, ProcessLookupError):
        pid = int(json.loads(runtime.read_text())["pid"])
        if pid != os.getpid():
            os.kill(pid, signal.SIGTERM)


@contextlib.contextmanager
def scratch(name: str, keep: Path | None) -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix=f"reliability-{name}-", dir=keep))
    try:
        yield base / "db"
    finally:
        stop_engines(base / "db")
        if keep is None:
            subprocess.run(["rm", "-rf", str(base)], check=False)


def timed(func: Callable[[], object]) -> tuple[object, float]:
    started = time.monotonic()
    result = func()
    return result, time.monotonic() - started


# -- kill -9 -----------------------------------------------------------------------------


def probe_kill(sources: list[Path], points: int, keep: Path | None) -> None:
    print(f"\n== kill -9 during `munigraph load` of {len(sources)} sources ({', '.join(s.name for s in sources)})")
    with scratch("clean", keep) as clean:
        prefixes = [{}]
        took = 0.0
        for source in sources:
            done, seconds = timed(lambda s=source: command("load", str(s), db=clean))
            took += seconds
            if done.returncode:
                print(f"clean load failed: {last_line(done.stderr)}")
                return
            prefixes.append(counts(clean))
        reference = export(clean)
    print(f"clean load: {took:.0f} s in {len(sources)} commands; export {len(reference):,} bytes")
    states, identical = [], 0
    for i in range(points):
        at = took * ((i + 1) / (points + 1)) ** 2  # denser early: engine start, first sources, then the big one
        with scratch("kill", keep) as db:
            process = start("load", *map(str, sources), db=db)
            time.sleep(at)
            finished = process.poll() is not None
            if not finished:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()
            stop_engines(db)
            after = counts(db) if db.exists() else {}
            state = next((f"after source {k}" if k else "empty" for k, c in enumerate(prefixes) if c == after), None)
            state = state or ("unreadable" if "error" in after else "PARTIAL")
            rerun, seconds = timed(lambda d=db: command("load", *map(str, sources), db=d))
            again = export(db)
            same = rerun.returncode == 0 and again == reference
            identical += same
            states.append(state)
            verdict = "identical" if same else "DIFFERENT"
            if not same and rerun.returncode == 0 and timeless(again) == timeless(reference):
                verdict += " (identical but for the times of merge records)"
            print(
                f"kill at {at:5.1f} s{' (had finished)' if finished else ''}: graph {state}; "
                f"rerun exit {rerun.returncode} in {seconds:.0f} s, export {verdict}"
                + ("" if rerun.returncode == 0 else f" ({last_line(rerun.stderr)})")
            )
    whole = sum(s != "PARTIAL" and s != "unreadable" for s in states)
    print(f"kill -9: {whole} of {points} kills left whole sources only; {identical} of {points} reruns byte-identical")


# -- two processes at once ---------------------------------------------------------------


def probe_concurrent(sources: list[Path], keep: Path | None) -> None:
    print("\n== two loads started together on one folder")
    if len(sources) < 2:
        print("skipped: needs two sources")
        return
    first, second = sources[:-1], sources[-1:]
    with scratch("clean2", keep) as clean:
        command("load", *map(str, sources), db=clean)
        expected = counts(clean)
    with scratch("concurrent", keep) as db:
        processes = [start("load", *map(str, group), db=db) for group in (first, second)]
        outcomes = [(p.wait(), p.communicate()) for p in processes]
        for group, (code, (_, err)) in zip((first, second), outcomes, strict=True):
            names = ", ".join(s.name for s in group)
            print(f"load {names}: exit {code}" + (f" ({last_line(err)})" if code else ""))
        final = counts(db)
    ok = sum(code == 0 for code, _ in outcomes)
    print(
        f"concurrent loads: {ok} of 2 succeeded; final counts {'equal' if final == expected else 'DIFFER from'} a clean load"
    )


def probe_serve(sources: list[Path], keep: Path | None, after: float = 15.0, limit: float = 900.0) -> None:
    print("\n== `munigraph serve` attached to a running load, pages after the load ends")
    port = _free_port()
    with scratch("serve", keep) as db:
        load = start("load", *map(str, sources), db=db)
        began = time.monotonic()
        while not (db / "runtime.json").exists() and load.poll() is None and time.monotonic() - began < 120:
            time.sleep(0.2)
        serve = start("serve", "--port", str(port), db=db)
        during, after_ok, after_bad = [0, 0], 0, 0
        ended: float | None = None
        engine_gone: float | None = None
        try:
            while time.monotonic() - began < limit:
                status = _get(port, "/?format=json")
                if engine_gone is None and not (db / "runtime.json").exists() and time.monotonic() - began > 5:
                    engine_gone = time.monotonic() - began
                if ended is None:
                    during[status == 200] += 1
                    if load.poll() is not None:
                        ended = time.monotonic()
                else:
                    after_ok += status == 200
                    after_bad += status != 200
                    if time.monotonic() - ended > after:
                        break
                if serve.poll() is not None:
                    break
                time.sleep(0.5)
        finally:
            hung = load.poll() is None
            for process in (load, serve):
                if process.poll() is None:
                    process.send_signal(signal.SIGINT)
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        process.wait(timeout=30)
                if process.poll() is None:
                    process.kill()
                process.wait()
    took = f"load exit {load.returncode}" if not hung else f"load STILL RUNNING after {limit:.0f} s (stopped)"
    gone = f"; runtime.json gone at {engine_gone:.0f} s" if engine_gone is not None else ""
    print(
        f"serve+load: {took}{gone}; during the load {during[1]} pages answered, {during[0]} not; "
        f"in the {after:.0f} s after it {after_ok} answered, {after_bad} not"
    )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, url: str) -> int:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", url)
        response = conn.getresponse()
        response.read()
        conn.close()
        return response.status
    except OSError:
        return 0


# -- the console ---------------------------------------------------------------------------

WRITES = [
    "CREATE (n:City {id: 'city:x', name: 'X'})",
    "MERGE (n:City {id: 'city:x'})",
    "MATCH (n) SET n.name = 'x'",
    "MATCH (n) SET n += {name: 'x'}",
    "MATCH (n) SET n = {}",
    "MATCH (n:City) SET n:Evil",
    "MATCH (n) REMOVE n.name",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r]->() DELETE r",
    "MATCH (a:City), (b:City) CREATE (a)-[:TWINNED_WITH]->(b)",
    "UNWIND [1, 2] AS i CREATE (:City {id: toString(i), name: 'n'})",
    "FOREACH (i IN [1] | CREATE (:City {id: 'city:f', name: 'f'}))",
    "CALL { CREATE (:City {id: 'city:c', name: 'c'}) } RETURN 1",
    "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN count(*)",
    "CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS",
    "WITH 1 AS x CALL { CREATE (n:City {id: 'city:w', name: 'w'}) } RETURN x",
    "MATCH (n) WITH n LIMIT 1 SET n.name = 'x' RETURN n",
    "MATCH (n) SET n.`name` = 'x'",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'file:///etc/hostname' AS line RETURN line",
    "// a comment\nCREATE (n:City {id: 'city:k', name: 'k'})",
    "/* a comment */ CREATE (n:City {id: 'city:k', name: 'k'})",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    "RETURN 1 /* ; */ ; CREATE (n:City {id: 'city:s', name: 's'})",
    "ＣＲＥＡＴＥ (n:City {id: 'city:fw', name: 'fw'})",
    "cReAtE (n:City {id: 'city:mc', name: 'mc'})",
    "CREATE\t(n:City {id: 'city:t', name: 't'})",
    "EXPLAIN CREATE (n:City {id: 'city:e', name: 'e'})",
    "PROFILE MATCH (n) SET n.x = 1",
    "CALL db.createLabel('Evil')",
    "CALL apoc.create.node(['City'], {id: 'city:apoc'})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CREATE INDEX evil FOR (n:City) ON (n.evil)",
    "DROP INDEX evil",
    "CREATE CONSTRAINT evil FOR (n:City) REQUIRE n.evil IS UNIQUE",
    "CREATE DATABASE evil",
    "STOP DATABASE munigraph",
]
ADMIN = [
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'munigraph-transaction-1'",
    "SHOW SETTINGS",
    "SHOW USERS",
    "SHOW DATABASES",
    "CALL dbms.listConnections()",
    "CALL dbms.security.createUser('evil', 'evil', false)",
    "CALL dbms.killQuery('query-1')",
]


def probe_console(keep: Path | None) -> None:
    from munigraph.graph.errors import MunigraphError
    from munigraph.graph.export import node_link
    from munigraph.graph.scratch import scratch_store
    from munigraph.loaders.run import load_paths
    from munigraph.webapp import create_app

    print(f"\n== the console: {len(WRITES)} write forms and {len(ADMIN)} administration commands")
    with scratch_store() as store:
        load_paths(store, [DEMO_DIR])

        def fingerprint() -> str:
            return hashlib.sha256(json.dumps(node_link(store), sort_keys=True, default=str).encode()).hexdigest()

        before = fingerprint()
        app = create_app({"MUNIGRAPH_DB": store.label, "TESTING": True})
        client = app.test_client()
        for label, forms in (("write", WRITES), ("admin", ADMIN)):
            refused = web_refused = changed = 0
            ran = []
            for form in forms:
                try:
                    store.console(form)
                except MunigraphError:
                    refused += 1
                else:
                    ran.append(form.split("\n")[-1][:50])
                response = client.get("/cypher?format=json&q=" + quote(form))
                web_refused += response.status_code >= 400
                if fingerprint() != before:
                    changed += 1
                    before = fingerprint()
            print(
                f"console {label} forms: {refused} of {len(forms)} refused by the store, {web_refused} by the web page; "
                f"{changed} changed the graph" + (f"; ran: {'; '.join(ran)}" if ran else "")
            )


# -- bad files ---------------------------------------------------------------------------


def bad_files(folder: Path) -> dict[str, bytes]:
    """File name -> content: each must be refused with one line naming it."""
    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(200, 200)
    writer.write(buffer)
    pdf = buffer.getvalue()
    files = {
        "empty.txt": b"",
        "blank.md": b"  \n\n ",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "noise.txt": bytes(range(0x80, 0xA0)) * 50,
        "sheet.xlsx": b"PK\x03\x04",
        "broken.pdf": b"%PDF-1.4 not really",
        "no-eof.pdf": pdf.replace(b"%%EOF", b""),
        "truncated.pdf": pdf[: len(pdf) // 2],
        "broken.docx": b"PK\x03\x04 not a zip",
        "syntax.yaml": b"source: x\nentities: [\n",
        "kind.yaml": b"source: x\nentities:\n  - {kind: Planet, id: 'planet:x', name: X}\n",
        "dangling.yaml": b"source: x\nrelationships:\n  - {from: 'person:nobody', type: ATTENDED, to: 'event:nothing'}\n",
        "header.csv": b"alpha,beta\n1,2\n",
        "latin1-attendance.csv": "Prénom,Nom,Organisation,Présent\nÉlsa,Touré,Ville,oui\n".encode("latin-1"),
        "no-event-attendance.csv": b"First Name,Last Name,Email\nAna,Perez,ana@example.org\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:  # sparse: larger than any document
        handle.truncate(21 * 1024 * 1024)
    files["huge.txt"] = b""
    return files


def probe_badfiles(keep: Path | None) -> None:
    print("\n== bad files on a loaded graph")
    with scratch("bad", keep) as db:
        folder = db.parent / "bad"
        folder.mkdir()
        files = bad_files(folder)
        command("load", str(DEMO_DIR), db=db)
        before = export(db)
        done = command("load", str(folder), db=db)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        named = sum(any(name in line for line in lines) for name in files)
        unchanged = export(db) == before
    tracebacks = done.stderr.count("Traceback")
    print(
        f"bad files: {len(files)} files, exit {done.returncode}, {len(lines)} lines on stderr, {named} files named, "
        f"{tracebacks} tracebacks; graph {'unchanged' if unchanged else 'CHANGED'}"
    )
    for line in lines:
        print(f"  {line[:150]}")


# -- the explorer under a bounded loopback load ------------------------------------------

HOSTILE_URLS = [
    "/lang/fr?next=/%09/evil.example/",
    "/lang/fr?next=/%0d%0aSet-Cookie:%20x=1",
    "/lang/en?next=//evil.example/",
    "/lang/fr?next=/%5Cevil.example",
    "/lang/fr?next=https://evil.example/",
    "/entity/city:utrecht?as_of=2022-13-45",
    "/queries/sister-cities?city=Utrecht&as_of=2022-13-45",
    "/search?q=" + "%F0%9F%98%80" * 200,
    "/search?q=%00%ff",
    "/entity/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/graph/city:nope?depth=99",
    "/path?from=Lyon&to=Lyon",
    "/documents/doc:0000?hl=1-99999999",
    "/cypher?q=" + quote("MATCH (n) DETACH DELETE n"),
    "/cypher?q=" + quote("MATCH (c:City) RETURN c.name AS name LIMIT 5") + "&params=%7Bbad",
    "/queries/attendees?event=" + "x" * 5000,
    "/static/../../etc/passwd",
]


def probe_web(requests: int, workers: int) -> None:
    from munigraph.graph.scratch import scratch_store
    from munigraph.loaders.run import load_paths
    from munigraph.webapp import create_app
    from munigraph.webapp.live import serve

    from bench.web import run_threads

    print(f"\n== the explorer: {requests} requests from {workers} loopback clients, hostile URLs mixed in")
    with scratch_store() as store:
        load_paths(store, [DEMO_DIR])
        event = store.read("MATCH (e:Event)<-[:ATTENDED]-() RETURN e.id AS id LIMIT 1")[0]["id"]
        pages = [
            "/",
            "/search?q=Utrech",
            "/entity/city:utrecht" if store.read("MATCH (c {id: 'city:utrecht'}) RETURN 1") else "/queries",
            f"/event/{quote(event)}",
            f"/event/{quote(event)}?format=csv",
            "/queries/sister-cities?city=Utrecht&format=csv",
            "/cypher?q=" + quote("MATCH (c:City) RETURN c.name AS name LIMIT 20"),
            "/queries",
        ]
        app = create_app({"MUNIGRAPH_DB": store.label})
        urls = pages * 3 + HOSTILE_URLS
        statuses: dict[int, int] = {}
        off_site = failures = 0
        lock = threading.Lock()
        with serve(app) as base:
            port = int(base.rsplit(":", 1)[1])
            share = [requests // workers + (i < requests % workers) for i in range(workers)]

            def worker(seed: int, n: int) -> None:
                nonlocal off_site, failures
                rng = random.Random(seed)
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                for _ in range(n):
                    url = rng.choice(urls)
                    try:
                        conn.request("GET", url)
                        response = conn.getresponse()
                        response.read()
                    except (OSError, http.client.HTTPException):
                        with lock:
                            failures += 1
                        conn.close()
                        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                        continue
                    location = response.getheader("Location") or ""
                    with lock:
                        statuses[response.status] = statuses.get(response.status, 0) + 1
                        off_site += bool(location) and not (location.startswith("/") and not location.startswith("//"))
                conn.close()

            elapsed = run_threads([threading.Thread(target=worker, args=(i, n)) for i, n in enumerate(share)])
    errors = sum(n for status, n in statuses.items() if status >= 500)
    mix = ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
    print(
        f"explorer: {sum(statuses.values())} answers in {elapsed:.0f} s ({sum(statuses.values()) / elapsed:.1f}/s); "
        f"{errors} server errors, {failures} failed connections, {off_site} redirects off the site ({mix})"
    )


# -- CSV injection -------------------------------------------------------------------------

HOSTILE_TABLE = (
    "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
    '"=HYPERLINK(""http://evil.example"",""click"")",France,,,Lyon,France,45.75,4.85\n'
    "\"+cmd|' /C calc'!A0\",France,,,Lyon,France,45.75,4.85\n"
    "@SUM(1+1),France,,,Bogotá,Colombia,4.61,-74.08\n"
    "-2+3,France,,,Lyon,France,45.75,4.85\n"
    f"{'A' * 10_000},France,,,Lyon,France,45.75,4.85\n"
    "=+-@,France,,,Lyon,France,45.75,4.85\n"
)


def _formulas(text: str) -> tuple[int, int]:
    """(cells, cells a spreadsheet would run) in CSV text."""
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    return len(cells), sum(c.startswith(FORMULA_STARTS) and spreadsheet_safe(c) != c for c in cells)


def probe_csv(keep: Path | None) -> None:
    print("\n== CSV injection: formula-looking names through every CSV writer")
    with scratch("csv", keep) as db:
        table = db.parent / "hostile.csv"
        table.write_text(HOSTILE_TABLE, encoding="utf-8")
        rejects = db.parent / "rejects.txt"
        load = command("load", str(table), "--rejects", str(rejects), db=db)
        rejected = rejects.read_text(encoding="utf-8").splitlines() if rejects.exists() else []
        outputs = {
            "cypher --format csv": command(
                "cypher", "MATCH (c:City) RETURN c.name AS name, c.lon AS lon", "--format", "csv", db=db
            ).stdout,
            "query --format csv": command("query", "sister-cities", "-p", "city=Lyon", "--format", "csv", db=db).stdout,
        }
        out = db.parent / "export"
        command("export", "--format", "csv", "--out", str(out), db=db)
        outputs["export --format csv"] = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.csv")))
        from munigraph.webapp import create_app

        client = create_app({"MUNIGRAPH_DB": str(db), "TESTING": True}).test_client()
        outputs["web download"] = client.get("/queries/sister-cities?city=Lyon&format=csv").get_data(as_text=True)
        from munigraph.webapp.db import close_store

        close_store(client.application)
    print(f"load exit {load.returncode}; {len(rejected)} rows in the rejects file:")
    for line in rejected:
        print(f"  {line[:150]}")
    for name, text in outputs.items():
        cells, live = _formulas(text)
        print(f"{name}: {cells} cells, {live} a spreadsheet would run")


PROBES = ("kill", "concurrent", "serve", "console", "badfiles", "web", "csv")


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=PROBES, default=list(PROBES))
    parser.add_argument("--sources", nargs="*", type=Path, default=DEFAULT_SOURCES, help="files the load probes load")
    parser.add_argument("--points", type=int, default=4, help="moments at which a load is killed")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--keep", type=Path, help="keep the scratch folders under this folder")
    parser.add_argument(
        "--limit", type=float, default=900.0, help="seconds before the serve probe gives up on the load"
    )
    args = parser.parse_args()
    started = time.monotonic()
    for name in args.only:
        if name == "kill":
            probe_kill(args.sources, args.points, args.keep)
        elif name == "concurrent":
            probe_concurrent(args.sources, args.keep)
        elif name == "serve":
            probe_serve(args.sources, args.keep, limit=args.limit)
        elif name == "console":
            probe_console(args.keep)
        elif name == "badfiles":
            probe_badfiles(args.keep)
        elif name == "web":
            probe_web(args.requests, args.workers)
        else:
            probe_csv(args.keep)
    print(f"\n(all probes: {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
