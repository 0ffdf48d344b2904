"""The ``munigraph`` command. Exit status: 0 success, 1 user error (one line), 2 misuse."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from munigraph.graph.errors import MunigraphError
from munigraph.graph.settings import Settings

FORMATS = ("table", "json", "csv")
log = logging.getLogger("munigraph")


def _params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise MunigraphError(f"parameter '{pair}' must be written key=value")
        params[key.strip()] = value
    return params


# The neo4j driver imports numpy, pandas and pyarrow if they are installed (networkx's numpy is),
# to pack their arrays as parameters: numpy alone is a quarter of the CPU time a command attached
# to a running engine takes. A command that only reads sends no such values (its parameters are
# the command line's strings), so it imports the driver as if they were absent; they stay
# importable for the rest of the process (hubs and communities use numpy through networkx).
# main() does it before the command runs: the modules a command imports (named queries, export)
# import the driver themselves, and the first import is the one that counts.
_DRIVER_EXTRAS = ("numpy", "pandas", "pyarrow")


def _import_driver_without_extras() -> None:
    """Import the neo4j driver with its optional numpy, pandas and pyarrow support off, unless the
    driver or one of them is imported already (then nothing changes)."""
    if "neo4j" in sys.modules or any(name in sys.modules for name in _DRIVER_EXTRAS):
        return
    sys.modules.update(dict.fromkeys(_DRIVER_EXTRAS))  # None: `import numpy` raises ImportError
    try:
        import neo4j  # noqa: F401
    finally:
        for name in _DRIVER_EXTRAS:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]


def _store(args: argparse.Namespace):  # -> Store, imported late: `--help` needs no driver
    from munigraph.graph.store import Store

    return Store.open(settings=args.settings)


def _print_rows(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    from munigraph.graph.output import render

    print(render(rows, fmt, columns))


# -- subcommands ---------------------------------------------------------------------------


def cmd_load(args: argparse.Namespace) -> int:
    from munigraph.loaders.run import load_paths

    paths = list(args.paths)
    if args.demo:
        from munigraph.loaders import DEMO_DIR

        paths.append(str(DEMO_DIR))
    if not paths:
        raise MunigraphError("name at least one file or folder to load, or --demo")
    with _store(args) as store:
        reports, errors = load_paths(
            store,
            paths,
            mapping=args.mapping,
            event=args.event,
            rejects=args.rejects,
            sessions=args.sessions,
            on_wait=_say,
        )
        rejects = {r.source: _rejects_file(store, r.source, args.rejects) for r in reports if r.rejected}
    if reports:
        _print_rows([r.as_row() for r in reports], args.format)
    for report in reports:
        for name in report.unresolved[:20]:
            print(f"unresolved city in {report.source}: {name}", file=sys.stderr)
        if len(report.unresolved) > 20:
            print(f"... and {len(report.unresolved) - 20} more unresolved cities", file=sys.stderr)
        if report.joined:
            print(
                f"{report.source}: {report.joined} unresolved cities joined to the namesake they share twins with"
                " (listed by munigraph merges)",
                file=sys.stderr,
            )
        if report.rejected:
            print(
                f"{report.source}: {len(report.rejected)} rejected rows, listed in {rejects[report.source]}",
                file=sys.stderr,
            )
    for error in errors:
        print(f"munigraph: {error}", file=sys.stderr)
    return 1 if errors else 0


def _rejects_file(store, source: str, rejects: str | None) -> Path:
    from munigraph.loaders.tabular import rejects_path

    return rejects_path(store, Path(source), rejects)


def cmd_query(args: argparse.Namespace) -> int:
    from munigraph.graph import named

    if args.list or not args.name:
        rows = [
            {"name": q.name, "audience": q.audience, "title": q.title, "parameters": q.signature()}
            for q in named.list_queries()
        ]
        _print_rows(rows, args.format)
        return 0
    with _store(args) as store, store.shared_reads():  # the entity lookups and the query: one session
        page = named.run_page(store, args.name, _params(args.param), limit=args.limit, offset=args.offset)
    _print_rows(page.rows, args.format)
    if page.note:
        print(f"munigraph: {page.note_text}", file=sys.stderr)
    return 0


def cmd_cypher(args: argparse.Namespace) -> int:
    with _store(args) as store:
        result = store.console(args.query, _params(args.param))
    _print_rows(result.rows, args.format, result.columns)
    if result.truncated:
        print(f"(stopped at the console's limit of {len(result.rows)} rows)", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _store(args) as store, store.shared_reads():
        counts = store.counts()
    if args.format == "json":
        print(json.dumps(counts, indent=2))
        return 0
    rows = [{"what": k, "kind": "node", "count": n} for k, n in counts["nodes"].items()]
    rows += [{"what": t, "kind": "relationship", "count": n} for t, n in counts["relationships"].items()]
    _print_rows(rows, args.format)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from munigraph.graph import export

    fmt = args.format if args.format in ("json", "graphml", "gexf", "csv") else "json"
    out = Path(args.out) if args.out else None
    if fmt in ("graphml", "gexf", "csv") and out is None:
        raise MunigraphError(f"--format {fmt} needs --out (a file, or a folder for csv)")
    with _store(args) as store, store.shared_reads():
        if fmt == "json":
            export.write_json(store, out or sys.stdout)
            if not out:
                print()
        elif fmt == "graphml":
            export.write_graphml(store, out)
        elif fmt == "gexf":
            export.write_gexf(store, out)
        else:
            export.write_csv(store, out)
    if out:
        print(f"wrote {out}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from munigraph.webapp import create_app

    app = create_app(settings=args.settings)
    print(f"munigraph explorer on http://{args.host}:{args.port}/ (Ctrl-C stops it)", file=sys.stderr)
    app.run(host=args.host, port=args.port, debug=False, use_reloader=False, threaded=True)
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    if not args.yes:
        raise MunigraphError("reset deletes the whole graph: add --yes to confirm")
    with _store(args) as store, store.exclusive("the reset", on_wait=_say):
        store.reset()
    print("the graph is empty", file=sys.stderr)
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    from munigraph.graph import embedded

    settings = args.settings
    if settings.neo4j_uri:
        print(f"nothing to stop: the graph is on the Neo4j server {settings.neo4j_uri}", file=sys.stderr)
        return 0
    in_use = (embedded.status(settings.db) or {}).get("in_use")
    pid = embedded.stop(settings.db)
    if pid is None:
        print(f"no engine runs on {settings.db}", file=sys.stderr)
        return 0
    print(f"stopped the engine of {settings.db} (process {pid})", file=sys.stderr)
    if in_use:
        print("processes were using it (an explorer?): their next request starts it again", file=sys.stderr)
    return 0


def _say(message: str) -> None:
    print(f"munigraph: {message}", file=sys.stderr, flush=True)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from munigraph.loaders.documents.evaluate import evaluate, format_report

    for path in (args.gold_dir, args.docs_dir):
        if not Path(path).is_dir():
            raise MunigraphError(f"{path}: no such folder")
    result = evaluate(Path(args.gold_dir), Path(args.docs_dir))
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.format == "json" else format_report(result))
    return 0


def cmd_merges(args: argparse.Namespace) -> int:
    from munigraph.graph.resolution.merges import join, list_merges, undo_merge

    with _store(args) as store:
        if args.undo:
            node_id, form = args.undo
            _print_rows([undo_merge(store, node_id, form)], args.format)
        elif args.join:
            _print_rows([join(store, *args.join)], args.format)
        else:
            _print_rows(list_merges(store, args.node), args.format)
    return 0


# -- logging and signals -------------------------------------------------------------------


class _LogFile(logging.FileHandler):
    """The log file, created with its folder at the first record; never an error of its own."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass  # a log that cannot be written must not print a traceback


def _log_dir(args: argparse.Namespace) -> Path:
    settings = getattr(args, "settings", None)
    return Path(settings.db if settings else args.db or Settings.db) / "log"


def _setup_logging(args: argparse.Namespace) -> None:
    """Warnings of libraries (pypdf's "EOF marker not found") go to ``log/munigraph.log`` only;
    munigraph's own warnings (a file read with bad bytes replaced) also to stderr, one line each."""
    root = logging.getLogger()
    for logger in (root, log):
        for handler in [h for h in logger.handlers if getattr(h, "munigraph", False)]:
            logger.removeHandler(handler)
            handler.close()
    to_file = _LogFile(_log_dir(args) / "munigraph.log", encoding="utf-8", delay=True)
    to_file.setLevel(logging.WARNING)  # werkzeug keeps printing requests on the terminal
    to_file.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    to_terminal = logging.StreamHandler(sys.stderr)
    to_terminal.setLevel(logging.WARNING)
    to_terminal.setFormatter(logging.Formatter("munigraph: warning: %(message)s"))
    for logger, handler in ((root, to_file), (log, to_terminal)):
        handler.munigraph = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


class Terminated(KeyboardInterrupt):
    """SIGTERM: unwinds like Ctrl-C, so the running transaction is rolled back and the user told."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


# -- the parser ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"embedded database folder (env MUNIGRAPH_DB, default {Settings.db})",
    )
    format_option = argparse.ArgumentParser(add_help=False)
    format_option.add_argument("--format", choices=FORMATS, default=argparse.SUPPRESS, help="output (default table)")
    common = [db_option, format_option]
    parser = argparse.ArgumentParser(
        prog="munigraph",
        parents=common,
        description="A knowledge graph of the municipal diplomacy network. NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD select a Neo4j server instead of the embedded store; the README lists every setting.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_text: str, formats: bool = True, reads: bool = False
    ):
        parents = common if formats else [db_option]
        p = sub.add_parser(name, parents=parents, help=help_text, description=help_text)
        p.set_defaults(func=func, reads_only=reads)  # reads_only: the driver without numpy (see above)
        return p

    p = add("load", cmd_load, "load documents, twinning tables, attendance lists and curated facts")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (recursively)")
    p.add_argument("--demo", action="store_true", help="also load the bundled demo dataset")
    p.add_argument("--mapping", metavar="NAME|PATH", help="mapping for tables (default: chosen by header)")
    p.add_argument("--event", metavar="EVENT", help="the event an attendance list is for")
    p.add_argument("--rejects", metavar="FILE", help="where rejected rows go (default: beside the database)")
    p.add_argument(
        "--sessions",
        action="store_true",
        help="documents: agenda time slots become session events, attended by the people listed under them",
    )

    p = add("query", cmd_query, "run a named query (see --list)", reads=True)
    p.add_argument("name", nargs="?", help="query name")
    p.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--list", action="store_true", help="list the named queries")
    p.add_argument("--limit", type=int, default=None, help="rows per page")
    p.add_argument("--offset", type=int, default=0, help="rows to skip")

    p = add("cypher", cmd_cypher, "run a read-only Cypher query, with row and time limits", reads=True)
    p.add_argument("query")
    p.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")

    add("stats", cmd_stats, "count nodes per kind and relationships per type", reads=True)

    p = add(
        "export",
        cmd_export,
        "write the whole graph: json (networkx node-link), graphml, gexf, csv",
        formats=False,
        reads=True,
    )
    p.add_argument("--format", choices=("json", "graphml", "gexf", "csv"), default=argparse.SUPPRESS)
    p.add_argument("--out", metavar="PATH", help="output file (a folder for csv); json goes to stdout without it")

    p = add("serve", cmd_serve, "serve the explorer")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5000)

    add(
        "stop",
        cmd_stop,
        "stop the embedded engine of the database folder now (it stops by itself after MUNIGRAPH_ENGINE_IDLE "
        "seconds unused; the next command starts it again)",
        formats=False,
    )

    p = add("reset", cmd_reset, "delete the whole graph")
    p.add_argument("--yes", action="store_true", help="confirm")

    p = add(
        "merges",
        cmd_merges,
        "list the entity-resolution merges (rule, score, form, source, time) and judgements; undo one, or join two nodes",
    )
    p.add_argument("--node", metavar="ID", help="only this node's merges")
    actions = p.add_mutually_exclusive_group()
    actions.add_argument(
        "--undo",
        nargs=2,
        metavar=("ID", "FORM"),
        help="split FORM out of node ID, or undo the join of node FORM (its id) into ID; later loads keep them apart",
    )
    actions.add_argument(
        "--join", nargs=2, metavar=("A", "B"), help="join node B into node A; later loads that say B mean A"
    )

    p = add("evaluate", cmd_evaluate, "measure the document loader against gold annotations")
    p.add_argument("gold_dir")
    p.add_argument("docs_dir")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.format = getattr(args, "format", "table")
    main_thread = threading.current_thread() is threading.main_thread()  # signals are the main thread's
    previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
    try:
        args.settings = Settings.from_env(db=args.db)
        _setup_logging(args)
        if args.reads_only:
            _import_driver_without_extras()
        return args.func(args)
    except MunigraphError as exc:
        print(f"munigraph: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        print("munigraph: interrupted; the graph is as it was before this command's last source", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: the user gets one line, the details go to a log file
        log_path = _log_dir(args) / "errors.log"
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as handle:
                handle.write(f"{time.ctime()} {' '.join(sys.argv)}\n{traceback.format_exc()}\n")
        except OSError:
            log_path = Path("(not written)")
        print(f"munigraph: unexpected error: {type(exc).__name__}: {exc} (details in {log_path})", file=sys.stderr)
        return 1
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
