"""Benchmark the document loader on the corpus in ../shared/corpus (or any folder).

Run: ``python -m bench.documents [FOLDER] [--rounds 3] [--large 4]`` (about two minutes). Prints,
never asserts:

- model load time: the resolution data every extraction needs (GeoNames gazetteer from its
  disk cache, the table of known bodies and its compiled patterns), and spaCy's French model
  (read for people in French prose), timed apart;
- extraction throughput in words per second (reading + extraction + resolution, no store), beside
  a reference run on the same texts: spaCy's French model (the named-entity pipeline the loader
  loads) over every document, and their ratio;
- the CPU time of that extraction in words per second: the machine's other processes slow the
  wall-clock figure, much less this one;
- extraction throughput on large texts (the corpus repeated ``--large`` times, one text per
  language, each read in its language) beside the corpus figure, and their ratio (1.00:
  extraction is linear in the length of a text);
- whole-corpus load time into an empty scratch store, cold (first load in this process,
  right after the model load: store, JIT and resolution caches cold), a reload into the same
  store (everything merges), warm (again after emptying that store as ``munigraph reset``
  does: engine and caches warm), and into a new empty store (whose engine starts cold).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from munigraph.graph.scratch import scratch_store
from munigraph.loaders import DOCUMENT_SUFFIXES, iter_files

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _load_all(store, files: list[Path]) -> tuple[float, int, int]:
    from munigraph.loaders.documents import load_document

    started = time.perf_counter()
    created = relations = 0
    for path in files:
        report = load_document(store, path)
        created += report.entities_created
        relations += report.relationships_created
    return time.perf_counter() - started, created, relations


def _reference_seconds(files: list[Path]) -> float:
    """Seconds spaCy's French model (as the loader loads it) takes over every document's text."""
    from munigraph.loaders.documents import ner

    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp = ner.pipeline()  # the pipeline the loader runs on French and Spanish prose
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=3, help="extraction rounds for the throughput figure")
    parser.add_argument("--large", type=int, default=4, help="copies of the corpus in the large-text figure")
    args = parser.parse_args()
    files = [f for f in iter_files([args.folder]) if f.suffix.lower() in DOCUMENT_SUFFIXES]
    if not files:
        raise SystemExit(f"{args.folder}: no documents")

    started = time.perf_counter()
    from munigraph.graph.resolution import orgs, places
    from munigraph.loaders.documents import prose

    places.gazetteer()
    orgs.known_forms()
    prose.known_patterns()  # compiling the patterns is part of the model load
    places.region_index()  # the provinces and states every text's country names are checked against
    model_seconds = time.perf_counter() - started
    started = time.perf_counter()
    from munigraph.loaders.documents import ner

    spacy_loaded = ner.pipeline() is not None  # loaded once per process, on the first French text
    spacy_seconds = time.perf_counter() - started

    from munigraph.loaders.documents import read_facts

    words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
    with scratch_store() as store:
        cold, created, relations = _load_all(store, files)
        reload_seconds, recreated, _ = _load_all(store, files)
        store.reset()  # what ``munigraph reset`` does: empty, the engine still running
        warm, _, _ = _load_all(store, files)
    with scratch_store() as store:  # a store of its own starts an engine of its own (a JVM, JIT cold)
        new_engine, _, _ = _load_all(store, files)

    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for path in files:
            read_facts(path)
    extraction = time.perf_counter() - started
    extraction_cpu = time.process_time() - cpu_started  # what other processes on the machine do not change
    reference = _reference_seconds(files) if spacy_loaded else None

    from munigraph.loaders.documents.extract import extract
    from munigraph.loaders.documents.language import detect_language

    # one large text per language, read in its language (as one French text, the English and
    # Spanish pages would run the French rules and spaCy: not what a load of them does)
    by_language: dict[str, list[str]] = {}
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        by_language.setdefault(detect_language(text), []).append(text)
    large_texts = {language: "\n\n".join(texts) * args.large for language, texts in by_language.items()}
    large = "".join(large_texts.values())
    started = time.perf_counter()
    for language, text in large_texts.items():
        extract(text, f"doc:bench-{language}", language)
    large_seconds = time.perf_counter() - started

    print(f"documents                 {len(files)} ({words} words)")
    print(f"model load                {model_seconds:.2f} s (gazetteer, known bodies, patterns)")
    print(f"spaCy model load          {spacy_seconds:.2f} s ({ner.MODEL if spacy_loaded else 'not installed'})")
    throughput = words * args.rounds / extraction
    print(f"extraction                {throughput:,.0f} words/s ({args.rounds} rounds)")
    print(f"  CPU time                {words * args.rounds / extraction_cpu:,.0f} words/s (this process's CPU time)")
    if reference is not None:
        spacy_throughput = words / reference
        print(f"  reference: spaCy NER    {spacy_throughput:,.0f} words/s ({ner.MODEL} over the same texts, 1 round)")
        print(f"  ratio                   {throughput / spacy_throughput:.2f}")
    large_throughput = words * args.large / large_seconds
    print(
        f"large text                {large_throughput:,.0f} words/s ({len(large) / 1e6:.1f} MB in {len(large_texts)} texts, "
        f"one per language, {large_seconds:.1f} s)"
    )
    print(f"  reference: corpus       {throughput:,.0f} words/s (extraction above)")
    print(f"  ratio                   {large_throughput / throughput:.2f} (1.00: linear in the length of a text)")
    print(f"corpus load, cold         {cold:.2f} s ({created} nodes, {relations} relationships created)")
    print(f"corpus load, warm         {warm:.2f} s (emptied store, engine running)")
    print(f"corpus load, new engine   {new_engine:.2f} s (new empty store: its engine starts cold)")
    print(f"corpus reload, same store {reload_seconds:.2f} s ({recreated} nodes created)")


if __name__ == "__main__":
    main()
