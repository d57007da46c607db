#!/usr/bin/env bash
# Regenerates the demo's approximate walking network of the Ruyi Lake area,
#   app/src/main/resources/demo/network/ruyi-lake-approx.osm.gz,
# from the 2013 bus stops (tools/data/bus_stops_2013_bd09.csv) and the demo compounds
# (app/src/main/resources/demo/compounds.csv). Deterministic: the same inputs give the same file.
# How it is made: docs/DEMO-DATA.md, "Street network". Extra Maven options pass through (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pgenerate-demo-network -pl tools -am package -DskipTests "$@"
