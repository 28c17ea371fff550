#!/usr/bin/env python3
"""Builds data/gazetteer/places.tsv, dyad's gazetteer, from geographic facts:

    tools/make_gazetteer.py ../shared/data/gazetteer > data/gazetteer/places.tsv

Rows are countries (ISO 3166 alpha-3, English common and official names, centroid) and
populated places with more than 15,000 inhabitants or national capitals (GeoNames
identifier, name, the Latin-script alternate names short enough to appear in news, country,
first-level division code, coordinates, population, whether a capital). Place facts come
from GeoNames (www.geonames.org, CC BY 4.0); country facts from the ISO 3166 tables.
"""
import csv
import os
import sys


def latin(name):
    return all(ord(c) < 0x250 for c in name) and any(c.isalpha() for c in name)


def main():
    folder = sys.argv[1]
    iso2to3, countries = {}, []
    with open(os.path.join(folder, "countries", "countries.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso2to3[row["cca2"]] = row["cca3"]
            lat, _, lon = row["latlng"].partition(",")
            names = [row["name.common"], row["name.official"]]
            countries.append((row["cca3"], names, lat, lon))

    print("# dyad gazetteer. Built by tools/make_gazetteer.py from GeoNames place facts")
    print("# (www.geonames.org, CC BY 4.0: attribution to GeoNames) and ISO 3166 country facts.")
    print("# kind\tid\tname\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital")
    for code, names, lat, lon in sorted(countries):
        alts = sorted(set(n for n in names[1:] if n != names[0]))
        print("\t".join(["country", code, names[0], "|".join(alts), code, "",
                         "%.4f" % float(lat or 0), "%.4f" % float(lon or 0), "0", "0"]))

    rows = []
    with open(os.path.join(folder, "geonames-cities15000", "cities15000.txt"),
              encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[8] not in iso2to3:
                continue
            name = c[1]
            alts = set(a for a in c[3].split(",") if a and latin(a) and len(a) <= 40)
            alts.add(c[2])
            alts.discard(name)
            # Keep the alternates news is likely to use: at most twelve, shortest first.
            alts = sorted(alts, key=lambda a: (len(a), a))[:12]
            capital = "1" if c[7] == "PPLC" else "0"
            rows.append((iso2to3[c[8]], name, c[0], "|".join(sorted(alts)), c[10],
                         "%.4f" % float(c[4]), "%.4f" % float(c[5]), c[14], capital))
    for country, name, gid, alts, admin1, lat, lon, pop, capital in sorted(rows):
        print("\t".join(["city", gid, name, alts, country, admin1, lat, lon, pop, capital]))


if __name__ == "__main__":
    main()
