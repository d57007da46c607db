#!/usr/bin/env python3
"""Checks the demo CSVs against docs/IMPORT-FORMATS.md and the seeds' figures; prints a summary.
Exit code 1 on any problem.   python3 scripts/demo/validate_demo_data.py
"""
import collections
import csv
import os
import re
import sys

from geo import to_wgs84

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DEMO = os.path.join(ROOT, "app", "src", "main", "resources", "demo")
V3 = os.path.join(ROOT, "app", "src", "main", "resources", "db", "migration", "V3__category_catalogue.sql")
sys.path.insert(0, HERE)
from make_demo_data import H_CEN, H_CMP, H_DIV, H_FAC, HOUSEHOLD_GROUPS  # noqa: E402

BOX = (113.69, 113.81, 34.72, 34.83)   # Zhengdong, WGS-84
PHONE = re.compile(r"^(1[3-9]\d{9}|0371-\d{8})$")
BOOL = {"", "是", "否"}
TIERS = {"15分钟", "10分钟", "5分钟"}
problems = []


def bad(file, row, field, reason):
    problems.append(f"{file}, row {row}, {field}: {reason}")


def load(name, header):
    with open(os.path.join(DEMO, name), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        bad(name, 1, "header", f"expected {header}, got {rows[0]}")
    return [dict(zip(rows[0], r), _row=i + 2) for i, r in enumerate(rows[1:])]


def required(name, rows, fields):
    for r in rows:
        for f in fields:
            if not r.get(f, "").strip():
                bad(name, r["_row"], f, "required")


def unique(name, rows, key):
    seen = {}
    for r in rows:
        k = tuple(r[f] for f in key)
        if k in seen:
            bad(name, r["_row"], "+".join(key), f"duplicate of row {seen[k]}")
        seen[k] = r["_row"]


def position(name, r):
    try:
        lon, lat = float(r["经度"]), float(r["纬度"])
    except ValueError:
        bad(name, r["_row"], "经度/纬度", "not a number")
        return
    crs = r["坐标系"] or "WGS84"
    if crs not in ("WGS84", "GCJ02", "BD09"):
        bad(name, r["_row"], "坐标系", crs)
        return
    w = to_wgs84(lon, lat, crs)
    if not (BOX[0] <= w[0] <= BOX[1] and BOX[2] <= w[1] <= BOX[3]):
        bad(name, r["_row"], "经度/纬度", f"outside Zhengdong after conversion: {w}")


def booleans(name, r, fields):
    for f in fields:
        if r.get(f, "") not in BOOL:
            bad(name, r["_row"], f, f"not a boolean: {r[f]}")


def number(name, r, field, lo=0, hi=None, whole=True):
    v = r.get(field, "")
    if v == "":
        return None
    try:
        x = int(v) if whole else float(v)
    except ValueError:
        bad(name, r["_row"], field, f"not a number: {v}")
        return None
    if x < lo or (hi is not None and x > hi):
        bad(name, r["_row"], field, f"out of range: {v}")
    return x


def main():
    div = load("divisions.csv", H_DIV)
    cmp_ = load("compounds.csv", H_CMP)
    cen = load("centers.csv", H_CEN)
    fac = load("facilities.csv", H_FAC)
    codes = set(re.findall(r"\(\s*'([a-z_]+)'\s*,", open(V3, encoding="utf-8").read()))

    required("divisions.csv", div, H_DIV)
    unique("divisions.csv", div, ["社区代码"])
    communities = {}   # every accepted spelling -> code
    for r in div:
        if len(r["区县代码"]) > 12 or not re.fullmatch(r"\d{9}", r["街道代码"]) \
                or not re.fullmatch(r"\d{12}", r["社区代码"]) or not r["社区代码"].startswith(r["街道代码"]):
            bad("divisions.csv", r["_row"], "codes", "bad code")
        n = r["社区名称"]
        for s in (n, n.removesuffix("居民委员会").removesuffix("居委会"), r["社区代码"]):
            communities[s] = r["社区代码"]
    subs = {r["街道名称"] for r in div} | {r["街道代码"] for r in div}

    def community(name, r, field):
        if r[field] and r[field] not in communities:
            bad(name, r["_row"], field, f"unknown community {r[field]}")

    required("compounds.csv", cmp_, ["社区", "名称", "经度", "纬度"])
    unique("compounds.csv", cmp_, ["社区", "名称"])
    for r in cmp_:
        community("compounds.csv", r, "社区")
        position("compounds.csv", r)
        number("compounds.csv", r, "户数")
        number("compounds.csv", r, "人口")
        number("compounds.csv", r, "老年人口占比", 0, 1, whole=False)
        booleans("compounds.csv", r, ["估算"])
    for group, total in HOUSEHOLD_GROUPS:
        s = sum(int(r["户数"]) for r in cmp_ if r["社区"] in group)
        if s != total:
            bad("compounds.csv", "-", "户数", f"{'、'.join(group)}: {s} != {total}")
    per_comm = collections.Counter(r["社区"] for r in cmp_)
    for c, n in per_comm.items():
        if n < 2:
            bad("compounds.csv", "-", "社区", f"{c} has only {n} compound")

    required("centers.csv", cen, ["名称", "街道", "层级", "经度", "纬度"])
    unique("centers.csv", cen, ["名称"])
    for r in cen:
        if r["街道"] not in subs:
            bad("centers.csv", r["_row"], "街道", f"unknown sub-district {r['街道']}")
        if r["层级"] not in TIERS:
            bad("centers.csv", r["_row"], "层级", r["层级"])
        position("centers.csv", r)
        for f in ["地上层数", "地下层数", "服务户数", "商户数"]:
            number("centers.csv", r, f)
        for f in ["总面积", "政务服务面积", "社会事务面积", "生活服务面积"]:
            number("centers.csv", r, f, whole=False)
        for c in filter(None, re.split(r"[、;；|]", r["服务社区"])):
            if c not in communities:
                bad("centers.csv", r["_row"], "服务社区", f"unknown community {c}")
        booleans("centers.csv", r, ["估算"])
    center_names = {r["名称"] for r in cen}

    required("facilities.csv", fac, ["名称", "类别", "经度", "纬度"])
    unique("facilities.csv", fac, ["名称", "地址"])
    phones = collections.Counter()
    for r in fac:
        if r["类别"] not in codes:
            bad("facilities.csv", r["_row"], "类别", f"not a V3 code: {r['类别']}")
        position("facilities.csv", r)
        community("facilities.csv", r, "社区")
        if r["所属中心"] and r["所属中心"] not in center_names:
            bad("facilities.csv", r["_row"], "所属中心", f"unknown center {r['所属中心']}")
        for p in filter(None, re.split(r"[/、;]", r["电话"])):
            phones[p] += 1
            if not PHONE.match(p):
                bad("facilities.csv", r["_row"], "电话", p)
        if r["营业时间"] and not re.fullmatch(
                r"24/7|(((Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))?(,(Mo|Tu|We|Th|Fr|Sa|Su))* )?"
                r"\d\d:\d\d-\d\d:\d\d)(; ((Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))?(,(Mo|Tu|We|Th|Fr|Sa|Su))* )?"
                r"\d\d:\d\d-\d\d:\d\d)*", r["营业时间"]):
            bad("facilities.csv", r["_row"], "营业时间", r["营业时间"])
        booleans("facilities.csv", r, ["补贴店", "政府运营", "适老", "估算"])
        number("facilities.csv", r, "面积", whole=False)
        for f, limit in (("名称", 150), ("地址", 300), ("经营范围", 1000)):
            if len(r[f]) > limit:
                bad("facilities.csv", r["_row"], f, f"longer than {limit}")
    for p, n in phones.items():
        if n > 1:
            bad("facilities.csv", "-", "电话", f"{p} used {n} times")

    # summary ---------------------------------------------------------------------------------
    print(f"divisions.csv  {len(div)} rows ({len({r['街道代码'] for r in div})} sub-districts)")
    print(f"compounds.csv  {len(cmp_)} rows")
    for c, n in per_comm.items():
        h = sum(int(r["户数"]) for r in cmp_ if r["社区"] == c)
        print(f"    {c}: {n} compounds, {h} households")
    for group, total in HOUSEHOLD_GROUPS:
        s = sum(int(r["户数"]) for r in cmp_ if r["社区"] in group)
        print(f"    check {'、'.join(group)}: {s} (seed {total})")
    print(f"centers.csv    {len(cen)} rows: {dict(collections.Counter(r['层级'] for r in cen))}")
    print(f"facilities.csv {len(fac)} rows")
    parent = {}
    sql = open(V3, encoding="utf-8").read()
    for block in re.findall(r"\(values(.*?)\) as v .*?where p.code = '(\w+)'", sql, re.S):
        for leaf in re.findall(r"\('([a-z_]+)'", block[0]):
            parent[leaf] = block[1]
    tops = ["dining", "health", "beauty", "appliance_repair", "daily_services", "housekeeping",
            "public_services", "education", "agency", "culture_sports", "shopping"]
    by = collections.defaultdict(collections.Counter)
    for r in fac:
        by[r["社区"] or "(none)"][parent.get(r["类别"], r["类别"])] += 1
    print("    per community × handbook category:")
    print("    " + " ".join(f"{t[:6]:>6}" for t in tops) + "  total  community")
    for c, cnt in by.items():
        print("    " + " ".join(f"{cnt[t]:>6}" for t in tops) + f"  {sum(cnt.values()):>5}  {c}")
        if c in per_comm and any(cnt[t] < 3 for t in tops):
            bad("facilities.csv", "-", "类别", f"{c} has fewer than 3 merchants in some category")
    print("    per category:", dict(collections.Counter(r["类别"] for r in fac).most_common()))
    print(f"    subsidised {sum(r['补贴店'] == '是' for r in fac)}, government-run "
          f"{sum(r['政府运营'] == '是' for r in fac)}, elder-friendly {sum(r['适老'] == '是' for r in fac)}, "
          f"with center {sum(bool(r['所属中心']) for r in fac)}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        print("\n".join(problems))
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
