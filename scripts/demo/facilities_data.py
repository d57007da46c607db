"""Facility and merchant rows of the Ruyi Lake demo (see docs/DEMO-DATA.md).

(a) the 17 cultural and sports venues named in seed 000, (b) the services seeds 000/001 list
inside each center, (c) the six subsidised shops, (d) invented ordinary merchants in all 11
handbook categories for each of the seven communities. Names of (d) are invented in the style
of Zhengzhou shops; every phone number is fictitious (0371-6555xxxx).
"""
import math

from geo import bd09_to_gcj02, metres, offset

CBD_CENTRE_GCJ = (113.7266, 34.7728)   # circle fitted to the 商务内环路/商务外环路 stops

# leaf code -> (kinds for the name, business scope, opening hours)
LEAF = {
    "restaurant": (["烩面馆", "家常菜馆", "饺子馆", "羊肉汤馆", "焖面馆", "砂锅米线", "牛肉拉面", "蒸菜馆"],
                   "中餐、烩面、家常炒菜、外卖", "Mo-Su 10:00-21:30"),
    "breakfast": (["胡辣汤", "早餐铺", "灌汤包", "水煎包"], "胡辣汤、豆腐脑、包子、油条、豆浆", "Mo-Su 06:00-10:30"),
    "cafe": (["咖啡", "轻食咖啡"], "咖啡、茶饮、简餐", "Mo-Fr 07:30-20:00; Sa,Su 09:00-20:00"),
    "bar": (["小酒馆", "精酿酒吧"], "酒水、小吃", "Mo-Su 18:00-23:30"),
    "canteen": (["长者食堂"], "老年人助餐、配餐送餐、家常菜（60岁以上优惠）", "Mo-Su 07:00-19:00"),
    "pharmacy": (["大药房", "药店"], "中西成药、医疗器械、保健品、处方药（凭处方）", "Mo-Su 08:00-22:00"),
    "clinic": (["诊所", "中医诊所"], "常见病诊疗、中医推拿、输液", "Mo-Su 08:00-20:00"),
    "dental": (["口腔诊所"], "洁牙、补牙、拔牙、正畸、种植", "Mo-Su 09:00-18:00"),
    "community_health_station": (["社区卫生服务站"], "基本医疗、慢病管理、预防接种、老年人健康体检、家庭医生签约",
                                 "Mo-Fr 08:00-17:30; Sa 08:00-12:00"),
    "barber": (["理发店", "美发沙龙", "发型工作室"], "理发、烫染、老人儿童理发", "Mo-Su 09:00-21:00"),
    "beauty_salon": (["美容美体", "美甲美睫"], "皮肤护理、美甲、美睫", "Mo-Su 10:00-21:00"),
    "repair_shop": (["家电维修部", "手机维修", "空调清洗维修", "电脑维修", "水电维修"],
                    "家电、手机、电脑、空调维修，上门服务", "Mo-Su 08:30-19:30"),
    "laundry": (["洗衣店"], "水洗、熨烫、洗鞋、改衣代收", "Mo-Su 08:00-21:00"),
    "parcel_point": (["快递驿站"], "快递代收代寄", "Mo-Su 08:00-21:00"),
    "key_shoe_repair": (["修鞋配钥匙"], "修鞋、配钥匙、换拉链", "Mo-Su 08:00-19:00"),
    "tailor": (["裁缝铺"], "改衣、缝补、定做", "Mo-Su 09:00-19:00"),
    "housekeeping_agency": (["家政服务", "保洁服务", "月嫂育儿嫂", "养老护理服务"],
                            "日常保洁、开荒保洁、月嫂、育儿嫂、保姆、老人陪护", "Mo-Su 08:00-20:00"),
    "bank": (["社区银行网点"], "存取款、理财、社保卡业务、老年人便捷通道", "Mo-Fr 09:00-17:00; Sa 09:00-12:00"),
    "post_office": (["邮政便民服务站"], "邮件寄递、报刊订阅、代缴费", "Mo-Fr 08:30-17:30; Sa 09:00-12:00"),
    "telecom": (["通信营业厅"], "话费、宽带、有线电视业务", "Mo-Su 09:00-20:00"),
    "utility_payment": (["水电气缴费代办点"], "代缴水费、电费、燃气费、有线电视费", "Mo-Fr 09:00-17:00"),
    "kindergarten": (["幼儿园"], "3-6岁幼儿保育教育", "Mo-Fr 07:30-17:30"),
    "training": (["少儿美术", "英语培训", "舞蹈培训", "书法培训", "编程培训"],
                 "少儿课外培训（美术、英语、舞蹈、书法、编程）", "Mo-Fr 15:00-20:30; Sa,Su 09:00-18:00"),
    "childcare": (["托育中心"], "0-3岁婴幼儿托育、临时托", "Mo-Fr 07:30-18:00"),
    "estate_agent": (["房产", "置业"], "二手房买卖、房屋租赁、过户代办", "Mo-Su 08:30-20:30"),
    "travel_agent": (["旅行社"], "国内游、出境游、老年专列", "Mo-Su 09:00-18:00"),
    "insurance": (["保险代理"], "人寿、财产、车险代理", "Mo-Fr 09:00-17:30"),
    "employment_agency": (["人力资源"], "职业介绍、灵活用工、招聘信息", "Mo-Fr 09:00-17:30"),
    "gym": (["健身工作室"], "器械健身、私教、瑜伽", "Mo-Su 07:00-22:00"),
    "sports_ground": (["羽毛球馆", "乒乓球馆"], "场地租赁、培训", "Mo-Su 08:00-22:00"),
    "library": (["社区书屋"], "图书借阅、阅读角（免费）", "Tu-Su 09:00-17:00"),
    "supermarket": (["超市", "生活超市"], "粮油副食、日用百货、生鲜", "Mo-Su 07:30-22:00"),
    "convenience_store": (["便利店"], "零食饮料、日用品、代收快递", "Mo-Su 07:00-23:00"),
    "vegetable_market": (["生鲜果蔬"], "蔬菜、水果、肉蛋、粮油", "Mo-Su 06:30-20:30"),
    "hardware_store": (["五金建材", "五金交电"], "五金工具、水暖电料、灯具", "Mo-Su 08:00-19:00"),
}

# per community: the leaf codes of the ordinary merchants, grouped by the handbook's 11 categories
PLAN = {
    "dining": ["restaurant", "restaurant", "breakfast", ("cafe", "bar")],
    "health": ["pharmacy", "clinic", "dental", "community_health_station"],
    "beauty": ["barber", "barber", "beauty_salon"],
    "appliance_repair": ["repair_shop", "repair_shop", "repair_shop"],
    "daily_services": ["laundry", "parcel_point", ("key_shoe_repair", "tailor")],
    "housekeeping": ["housekeeping_agency", "housekeeping_agency", "housekeeping_agency"],
    "public_services": ["community_service_station", "elder_day_care",
                        ("bank", "post_office", "telecom", "utility_payment", "police_desk")],
    "education": ["kindergarten", "training", ("training", "childcare")],
    "agency": ["estate_agent", "estate_agent", ("travel_agent", "insurance", "employment_agency")],
    "culture_sports": ["gym", "sports_ground", "library"],
    "shopping": ["supermarket", "convenience_store", "vegetable_market", "hardware_store"],
}
PREFIX = ["李记", "王记", "老张", "刘家", "马家", "陈记", "赵记", "郭记", "杨家", "孙记", "周记", "吴家",
          "豫香", "中原", "东区", "金水", "如意", "龙湖", "老郑州", "聚福", "福满", "禾丰", "嘉禾", "鑫盛",
          "瑞丰", "德顺", "百顺", "和美", "顺意", "家和", "康乐", "益民", "友邻", "邻里", "安居", "乐康",
          "同心", "福瑞", "天润", "恒通", "宏达", "佳禾", "新元", "喜洋洋", "好邻居", "春晖", "晨光", "惠众"]
ELDER_FRIENDLY = {"community_health_station", "elder_day_care", "canteen"}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.taken = []          # GCJ-02 positions already used, to keep points apart
        self.phone_no = 0
        self.keys = set()

    def phone(self):
        # fictitious: one consistent block, 0371-6555xxxx, numbered in file order (see DEMO-DATA.md)
        self.phone_no += 1
        return f"0371-6555{self.phone_no:04d}"

    def place(self, anchor, crs, near=(40, 220)):
        """A point near anchor (same crs) at least 15 m from every point placed before."""
        for _ in range(200):
            ang = self.rng.uniform(0, 2 * math.pi)
            dist = self.rng.uniform(*near)
            p = offset(anchor, dist * math.cos(ang), dist * math.sin(ang))
            g = bd09_to_gcj02(*p) if crs == "BD09" else p
            if all(metres(g, t) >= 15 for t in self.taken):
                self.taken.append(g)
                return round(p[0], 6), round(p[1], 6)
        raise RuntimeError(f"no free spot near {anchor}")

    def add(self, name, code, address, pt, crs, **kw):
        key = (name, address)
        assert key not in self.keys, key
        self.keys.add(key)
        row = {"名称": name, "类别": code, "地址": address, "经度": pt[0], "纬度": pt[1],
               "坐标系": crs, "估算": True}
        row.update({k: v for k, v in kw.items() if v is not None})
        self.rows.append(row)


def facilities(compounds, centers, rng, roads):
    b = Builder(rng)
    by_comm = {}
    for c in compounds:
        by_comm.setdefault(c["社区"], []).append(c["pt"])
    center = {c["名称"]: c for c in centers if c["层级"] == "15分钟"}

    def anchor(community):
        if community == "商务区社区":   # shops sit in the office towers between the two rings
            ang, r = rng.uniform(0, 2 * math.pi), rng.uniform(600, 740)
            return offset(CBD_CENTRE_GCJ, r * math.cos(ang), r * math.sin(ang))
        return rng.choice(by_comm[community])

    def near_comm(community, near=(40, 220)):
        return b.place(anchor(community), "GCJ02", near)

    def in_center(cname):
        c = center[cname]
        return b.place(c["pt"], c["坐标系"], (10, 45)), c["坐标系"]

    # (a) 17 cultural and sports venues (seed 000) ---------------------------------------------
    b.add("如意湖办事处室内文化活动中心（老年活动中心）", "cultural_center",
          "顺驰第一大街维体健身三楼（原如意东路社区用房）", near_comm("如意东路社区"), "GCJ02",
          经营范围="室内文化活动中心、老年活动中心（新闻稿000）；棋牌、阅览、书画、健身，免费开放",
          营业时间="Mo-Su 08:30-21:00", 社区="如意东路社区", 适老=True, 电话=b.phone())
    outdoor = [("如意湖文化广场", offset(CBD_CENTRE_GCJ, -150, 120), "商务区社区", "CBD如意湖畔"),
               ("艺术中心室外广场", offset(CBD_CENTRE_GCJ, 260, -240), "商务区社区", "CBD河南艺术中心室外"),
               ("郑州之林公园", (113.7312, 34.7825), "如意东路社区", "如意西路与如意东路之间、农业东路南（估）"),
               ("祭伯城遗址公园", (113.7555, 34.7800), "天时路社区", "龙湖外环东路一带（估）")]
    for name, p, comm, addr in outdoor:
        b.taken.append(p)
        b.add(name, "outdoor_activity_venue", addr, (round(p[0], 6), round(p[1], 6)), "GCJ02",
              经营范围="室外文化活动中心（新闻稿000）：大众健身器材、儿童乐园", 营业时间="24/7", 社区=comm)
    for comm in ["联盟新城社区", "绿城百合社区", "如意东路社区", "商务区社区", "绿地社区", "馨悦苑社区", "天时路社区"]:
        b.add(f"{comm}活动室", "community_activity_room", f"{comm}居委会楼内", near_comm(comm, (30, 120)),
              "GCJ02", 经营范围="社区室内活动中心（新闻稿000：每处不低于100㎡）：棋牌、阅览、书画、舞蹈",
              营业时间="Mo-Su 08:30-20:30", 社区=comm, 面积=rng.choice([120, 150, 180, 200, 240]),
              适老=True, 电话=b.phone())
    b.add("民航花园社区服务工作站活动室", "community_activity_room", "天赋路与天瑞街交叉口民航花园",
          near_comm("天时路社区", (30, 100)), "GCJ02",
          经营范围="社区服务工作站室内活动中心（新闻稿000：8个社区含1个社区服务工作站）；工作站设于民航花园为推定",
          营业时间="Mo-Su 08:30-20:30", 社区="天时路社区", 面积=110, 适老=True, 电话=b.phone())
    venues = [("如意湖办事处建业城市生活广场", "文体活动中心", 1500,
               "党建活动室、会议室、谈心室、档案室、展示厅、小型图书馆、电子阅览室、志愿者活动室、心理咨询室、"
               "棋牌室、声乐室、书画室、健身室、儿童活动室（新闻稿000）", "绿城百合社区"),
              ("如意湖办事处社会事务便民服务中心", "党建及文体活动室", 200, "党建活动室、居民文体活动（新闻稿000）",
               "商务区社区"),
              ("如意湖办事处天时路便民服务中心", "文体活动室", 600,
               "棋牌类活动室、小型图书馆、青少年和老年人活动室（新闻稿000）", "天时路社区"),
              ("如意湖办事处CBD商务西三街便民服务中心", "文体活动中心（规划）", 2000,
               "规划中的大型中心文体活动空间（新闻稿000）；面积为估算", "商务区社区")]
    for cname, what, area, scope, comm in venues:
        pt, crs = in_center(cname)
        b.add(f"{cname.removeprefix('如意湖办事处')}{what}", "cultural_center", center[cname]["地址"], pt, crs,
              经营范围=scope, 营业时间="Mo-Su 09:00-21:00", 所属中心=cname, 社区=comm, 面积=area, 适老=True,
              电话=b.phone())

    # (b) services inside the centers ----------------------------------------------------------
    inside = {
        "如意湖办事处建业城市生活广场": ("绿城百合社区", [
            ("一站式服务大厅", "service_hall", "政务服务、社会事业服务一站式办理；水电气缴费", "Mo-Fr 09:00-17:00; Sa 09:00-12:00", False),
            ("居家养老信息平台服务指挥中心", "government_office",
             "统筹、安排、指挥各社区居家养老服务站（日间照料）；受理老人服务需求", "Mo-Su 08:00-20:00", True),
            ("银行网点", "bank", "存取款、社保卡业务", "Mo-Fr 09:00-17:00; Sa 09:00-12:00", False),
            ("邮政网点", "post_office", "邮件寄递、代缴费", "Mo-Fr 08:30-17:30", False),
            ("洗衣店", "laundry", "水洗、干洗、熨烫", "Mo-Su 08:00-21:00", False),
            ("理发店", "barber", "理发、老人理发", "Mo-Su 09:00-21:00", True),
            ("药店", "pharmacy", "中西成药、医疗器械", "Mo-Su 08:00-22:00", True),
            ("慈善超市", "supermarket", "慈善义卖、日用百货", "Mo-Su 09:00-18:00", False)]),
        "如意湖办事处社会事务便民服务中心": ("商务区社区", [
            ("一站式办证服务大厅", "service_hall", "便民办证、楼宇经济服务、房屋租赁信息咨询", "Mo-Fr 09:00-17:00", False),
            ("办卡缴费中心", "utility_payment", "办卡、水电气及有线电视缴费", "Mo-Fr 09:00-17:00; Sa 09:00-12:00", False),
            ("就业援助办公室", "employment_agency", "就业信息、就业援助、职业介绍", "Mo-Fr 09:00-17:00", False)]),
        "如意湖办事处天时路便民服务中心": ("天时路社区", [
            ("日用百货便民超市", "supermarket", "日用百货、粮油副食", "Mo-Su 07:30-21:30", False),
            ("菜市场", "vegetable_market", "蔬菜、水果、肉蛋禽、粮油", "Mo-Su 06:30-19:30", False),
            ("居民食堂", "canteen", "居民早中晚餐、老人助餐", "Mo-Su 06:30-19:30", True)]),
        "体育公园便民服务中心": (None, [
            ("便民服务大厅", "service_hall", "一站式便民服务：政务办理、缴费", "Mo-Fr 09:00-17:00; Sa 09:00-12:00", False),
            ("农贸市场", "vegetable_market", "蔬菜、肉蛋、水产；产地直采、限价经营", "Mo-Su 06:30-19:30", False),
            ("社区医院", "community_health_center", "门诊、公共卫生、医养结合", "Mo-Su 08:00-17:30", True),
            ("托老所", "elder_day_care", "日间照料、托老、医养结合", "Mo-Su 07:30-18:30", True),
            ("幼教中心", "training", "早教、少儿培训、课后辅导", "Mo-Fr 15:00-20:30; Sa,Su 09:00-18:00", False),
            ("老年理发", "barber", "老年人理发（优惠）", "Mo-Su 08:30-18:00", True),
            ("养生配餐", "canteen", "老年人养生配餐、送餐", "Mo-Su 07:00-19:00", True),
            ("银行网点", "bank", "存取款、社保卡业务", "Mo-Fr 09:00-17:00; Sa 09:00-12:00", False),
            ("维修服务点", "repair_shop", "家电、手机、钟表维修", "Mo-Su 09:00-19:00", False),
            ("洗衣店", "laundry", "水洗、干洗、熨烫", "Mo-Su 08:00-21:00", False),
            ("美食广场", "restaurant", "餐饮", "Mo-Su 10:00-21:00", False),
            ("文体活动中心", "cultural_center", "文体活动（免费开放）", "Mo-Su 09:00-21:00", True)]),
    }
    for cname, (comm, items) in inside.items():
        short = cname.removeprefix("如意湖办事处")
        for what, code, scope, hours, elder in items:
            pt, crs = in_center(cname)
            b.add(f"{short}{what}", code, center[cname]["地址"], pt, crs, 经营范围=scope, 营业时间=hours,
                  所属中心=cname, 社区=comm, 适老=elder, 电话=b.phone())
    pt, crs = in_center("体育公园便民服务中心")
    b.add("哈邻鲜生（体育公园店）", "supermarket", center["体育公园便民服务中心"]["地址"], pt, crs,
          经营范围="政府主导的便民超市（新闻稿001）：日用品到进口食品；货采源头、压缩环节、限价经营；"
                  "农产品检疫和品质追溯", 营业时间="Mo-Su 07:30-22:00", 所属中心="体育公园便民服务中心",
          政府运营=True, 电话=b.phone())

    # (c) the six subsidised shops (6个店, seed 000) ---------------------------------------------
    six = [("24小时便利店", "convenience_store", "绿城百合社区", "农业东路", "24/7"),
           ("理发店", "barber", "如意东路社区", "如意东路", "Mo-Su 08:00-20:00"),
           ("缝纫店", "tailor", "天时路社区", "天时路", "Mo-Su 08:30-19:00"),
           ("维修店", "repair_shop", "联盟新城社区", "龙湖外环西路", "Mo-Su 08:30-19:00"),
           ("干洗店", "dry_cleaner", "绿地社区", "九如路", "Mo-Su 08:00-21:00"),
           ("五交店", "hardware_store", "馨悦苑社区", "天韵街", "Mo-Su 08:00-19:00")]
    for what, code, comm, road, hours in six:
        b.add(f"如意湖惠民{what}", code, f"{road}{rng.randint(1, 199)}号", near_comm(comm, (30, 150)), "GCJ02",
              经营范围="办事处购买或补贴引进的“6个店”之一，价格至少低于市场价三分之一（新闻稿000）",
              营业时间=hours, 社区=comm, 补贴店=True, 适老=True, 电话=b.phone())

    # (d) ordinary merchants: all 11 handbook categories in each community -----------------------
    used_names = set()
    for i, (comm, roads) in enumerate(roads.items()):
        for top, leaves in PLAN.items():
            for j, leaf in enumerate(leaves):
                if isinstance(leaf, tuple):
                    leaf = leaf[(i + j) % len(leaf)]
                road = rng.choice(roads)
                addr = f"{road}{rng.randint(1, 260)}号"
                kw = {}
                if leaf == "community_service_station":
                    name = official_name(comm)
                    scope, hours = "社区居委会：政务办理代办、社区事务、便民服务手册发放", "Mo-Fr 09:00-17:30"
                elif leaf == "elder_day_care":
                    name = f"{comm}居家养老服务站（日间照料）"
                    scope = "日间照料、助餐、助浴、健康监测；接受居家养老信息平台服务指挥中心统一调度（新闻稿000）"
                    hours = "Mo-Su 08:00-18:00"
                elif leaf == "police_desk":
                    name, scope, hours = f"{comm}警务室", "户籍咨询、治安防范、调解", "Mo-Su 09:00-17:00"
                elif leaf in ("community_health_station", "library"):
                    kinds, scope, hours = LEAF[leaf]
                    name = f"{comm.removesuffix('社区')}{kinds[0]}"
                elif leaf in ("bank", "post_office", "telecom", "utility_payment", "parcel_point"):
                    kinds, scope, hours = LEAF[leaf]
                    name = f"{kinds[0]}（{road}）"
                else:
                    kinds, scope, hours = LEAF[leaf]
                    name = None
                    while name is None or name in used_names:
                        name = f"{rng.choice(PREFIX)}{rng.choice(kinds)}"
                used_names.add(name)
                elder = leaf in ELDER_FRIENDLY or (leaf == "housekeeping_agency" and "养老" in name)
                b.add(name, leaf, addr, near_comm(comm), "GCJ02", 经营范围=scope, 营业时间=hours, 社区=comm,
                      适老=elder, 电话=b.phone())
        if i % 2 == 0:   # a community canteen for elders in every other community
            kinds, scope, hours = LEAF["canteen"]
            b.add(f"{comm}长者食堂", "canteen", f"{rng.choice(roads)}{rng.randint(1, 260)}号", near_comm(comm),
                  "GCJ02", 经营范围=scope, 营业时间=hours, 社区=comm, 适老=True, 电话=b.phone())
    return b.rows


def official_name(comm):
    return "如意东路社区居委会" if comm == "如意东路社区" else f"{comm}居民委员会"
