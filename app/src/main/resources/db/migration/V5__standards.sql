-- planning standards (规划标准): what each tier of the life circle must offer, as data a planner
-- edits, never code constants. Seeded from the project's notes on the standards (GB 50180-2018
-- Appendix B, the Ministry of Commerce 2021 guideline; docs/PLANNING.md) and the two seed reports;
-- each row keeps its source and how sure we are of it:
--   V seen in a published source; C consistent with secondary sources; R reconstructed, to be
--   checked against the official text before it becomes a hard rule.
-- service_codes: the catalogue's kind or handbook-group codes (V3__category_catalogue) that satisfy
-- the row, '|'-separated, any one will do. Null: the catalogue has no such kind (bus stop, judicial
-- office, refuse station...): the row is kept and shown as not measurable from the registry.
-- tier: the atlas tiers (CENTER_15, STREET_10, CIRCLE_5) and BLOCK (居住街坊), which GB 50180 gives
-- no walking distance; 5 minutes is used for it (the Ministry of Commerce's convenience-store walk).

create table standard_requirement (
    id            bigserial primary key,
    tier          varchar(16)  not null check (tier in ('CENTER_15', 'STREET_10', 'CIRCLE_5', 'BLOCK')),
    name_zh       varchar(100) not null,
    name_en       varchar(100) not null,
    service_codes varchar(300),
    required      boolean      not null,                         -- ▲ true, △ false
    minutes       smallint     not null check (minutes between 1 and 60),
    metres        integer      check (metres is null or metres > 0),  -- the source's own distance, shown beside
    source        varchar(200) not null,
    confidence    char(1)      not null check (confidence in ('V', 'C', 'R')),
    note          varchar(1000),
    sort_order    integer      not null default 0,
    active        boolean      not null default true,
    version       integer      not null default 1,                -- counts the row's changes
    updated_by    varchar(100) not null default 'system',
    updated_at    timestamptz  not null default now()
);
create index standard_requirement_tier_idx on standard_requirement (tier, sort_order);

create table standard_requirement_version (      -- every version of every row, never edited
    id             bigserial primary key,
    requirement_id bigint       not null references standard_requirement (id) on delete cascade,
    version        integer      not null,
    change         varchar(12)  not null check (change in ('CREATED', 'UPDATED', 'DEACTIVATED', 'REACTIVATED')),
    tier           varchar(16)  not null,
    name_zh        varchar(100) not null,
    name_en        varchar(100) not null,
    service_codes  varchar(300),
    required       boolean      not null,
    minutes        smallint     not null,
    metres         integer,
    source         varchar(200) not null,
    confidence     char(1)      not null,
    note           varchar(1000),
    active         boolean      not null,
    changed_by     varchar(100) not null,
    changed_at     timestamptz  not null,
    unique (requirement_id, version)
);

-- The seeds' composition of a standard center (seed 001): about 12,000 m², of which government
-- services 1,000 m², social services 6,000 m², daily-life services 5,000 m². The total is their sum.
create table standard_composition (
    service_class varchar(16)   primary key check (service_class in ('GOVERNMENT', 'SOCIAL', 'DAILY_LIFE')),
    area_m2       numeric(10, 1) not null check (area_m2 >= 0),
    source        varchar(200)  not null,
    confidence    char(1)       not null check (confidence in ('V', 'C', 'R')),
    note          varchar(1000),
    updated_by    varchar(100)  not null default 'system',
    updated_at    timestamptz   not null default now()
);

-- The "12 basic functions" (12项基本功能) fixed before merchants are recruited (seed 001). The seed
-- names only three of them (便民服务大厅、农贸市场、社区医院); the rest are read from the same report's
-- description of the Sports Park center (办事、买菜、看病、购物、餐饮、文体活动、托老; 少儿培训、早教、
-- 银行、维修、洗衣店、老年理发、养生配餐): hence confidence R. See docs/PLANNING.md.
create table standard_function (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name_zh       varchar(100) not null,
    name_en       varchar(100) not null,
    service_class varchar(16)  not null check (service_class in ('GOVERNMENT', 'SOCIAL', 'DAILY_LIFE')),
    service_codes varchar(300) not null,
    source        varchar(200) not null,
    confidence    char(1)      not null check (confidence in ('V', 'C', 'R')),
    note          varchar(1000),
    sort_order    integer      not null default 0,
    active        boolean      not null default true,
    updated_by    varchar(100) not null default 'system',
    updated_at    timestamptz  not null default now()
);

insert into standard_requirement (tier, sort_order, name_zh, name_en, service_codes, required, minutes, metres,
                                  source, confidence, note) values
-- GB 50180-2018 Appendix B, 15-minute circle (R)
('CENTER_15', 10, '初中', 'Junior middle school', 'middle_school', true, 15, 1000, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 20, '大型多功能运动场地', 'Large multi-purpose sports ground', 'sports_ground', true, 15, null, 'GB 50180-2018 附录B', 'R',
 '登记册不记录场地规模，任何运动场地均计入'),
('CENTER_15', 30, '卫生服务中心（社区医院）', 'Community health center (community hospital)', 'community_health_center', true, 15, 1000,
 'GB 50180-2018 附录B', 'R', '1,700–2,000 m²'),
('CENTER_15', 40, '门诊部', 'Outpatient clinic', 'clinic|hospital', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 50, '养老院', 'Nursing home', null, true, 15, null, 'GB 50180-2018 附录B', 'R',
 '类别目录中没有养老院'),
('CENTER_15', 60, '老年养护院', 'Elder nursing home', null, true, 15, null, 'GB 50180-2018 附录B', 'R',
 '类别目录中没有老年养护院'),
('CENTER_15', 70, '文化活动中心', 'Cultural activity center', 'cultural_center', true, 15, null, 'GB 50180-2018 附录B', 'R',
 '3,000–6,000 m²'),
('CENTER_15', 80, '社区服务中心（街道级）', 'Sub-district community service center', 'service_hall', true, 15, null,
 'GB 50180-2018 附录B', 'R', '700–1,500 m²'),
('CENTER_15', 90, '街道办事处', 'Sub-district office', 'government_office', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 100, '司法所', 'Judicial office', null, true, 15, null, 'GB 50180-2018 附录B', 'R',
 '类别目录中没有司法所'),
('CENTER_15', 110, '派出所', 'Police station', 'police_desk', false, 15, null, 'GB 50180-2018 附录B', 'R',
 '以类别目录中的警务室（OSM amenity=police）代替'),
('CENTER_15', 120, '体育馆（场）或全民健身中心', 'Gym or public fitness center', 'gym', false, 15, null, 'GB 50180-2018 附录B', 'R', null),
-- GB 50180-2018 Appendix B, 15- and 10-minute circles (R): one row in each tier, tiers do not substitute
('CENTER_15', 130, '商场', 'Shopping center', 'mall', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 140, '餐饮设施', 'Catering', 'dining', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 150, '银行营业网点', 'Bank branch', 'bank', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 160, '电信营业网点', 'Telecom outlet', 'telecom', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
('CENTER_15', 170, '公交车站', 'Bus stop', null, true, 15, null, 'GB 50180-2018 附录B', 'R',
 '公交站不属于类别目录'),
('CENTER_15', 180, '邮政营业场所', 'Post office', 'post_office', true, 15, null, 'GB 50180-2018 附录B', 'R', null),
-- Ministry of Commerce 2021, within 15 minutes (V)
('CENTER_15', 300, '大型超市', 'Large supermarket', 'supermarket', true, 15, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V',
 '登记册不记录门店规模，任何超市均计入'),
('CENTER_15', 310, '维修', 'Repair', 'repair_shop|key_shoe_repair', true, 15, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', '一修'),
('CENTER_15', 320, '健身', 'Fitness', 'gym|sports_ground', true, 15, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', null),
-- Seed 001: the standard center's contents by class of service (V: the report says so in so many words)
('CENTER_15', 500, '水电气宽带有线电视缴费', 'Utility payments (water, power, gas, broadband, cable TV)', 'utility_payment', true, 15, null,
 'Seed 001 郑东新区便民服务中心标准', 'V', '政务服务类 1,000 m²'),
('CENTER_15', 510, '计生、社保、民政、工商、税务', 'Family planning, social security, civil affairs, registration, tax',
 'service_hall|government_office', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '政务服务类'),
('CENTER_15', 520, '民警驻点', 'Police desk', 'police_desk', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '政务服务类'),
('CENTER_15', 530, '社区卫生服务中心', 'Community health center', 'community_health_center', true, 15, null,
 'Seed 001 郑东新区便民服务中心标准', 'V', '社会事务服务类 6,000 m²'),
('CENTER_15', 540, '托老所', 'Elder day care', 'elder_day_care', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '社会事务服务类'),
('CENTER_15', 550, '文化活动中心', 'Cultural activity center', 'cultural_center', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '社会事务服务类'),
('CENTER_15', 560, '综合健身馆', 'Gym', 'gym', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '社会事务服务类'),
('CENTER_15', 570, '菜市场', 'Vegetable market', 'vegetable_market', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类 5,000 m²'),
('CENTER_15', 580, '小型超市', 'Small supermarket', 'supermarket|convenience_store', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 590, '餐饮', 'Dining', 'dining', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 600, '银行', 'Bank', 'bank', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 610, '邮政通信服务网点', 'Post and telecom outlet', 'post_office|telecom', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 620, '洗衣', 'Laundry', 'laundry|dry_cleaner', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 630, '美发', 'Hairdresser', 'barber', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 640, '药店', 'Pharmacy', 'pharmacy', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
('CENTER_15', 650, '维修', 'Repair', 'repair_shop', true, 15, null, 'Seed 001 郑东新区便民服务中心标准', 'V', '生活服务类'),
-- GB 50180-2018 Appendix B, 10-minute circle (R)
('STREET_10', 10, '小学', 'Primary school', 'primary_school', true, 10, 500, 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 20, '中型多功能运动场地', 'Medium multi-purpose sports ground', 'sports_ground', true, 10, null, 'GB 50180-2018 附录B', 'R',
 '登记册不记录场地规模，任何运动场地均计入'),
('STREET_10', 30, '菜市场或生鲜超市', 'Wet market or fresh supermarket', 'vegetable_market|supermarket', true, 10, 500,
 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 130, '商场', 'Shopping center', 'mall', true, 10, null, 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 140, '餐饮设施', 'Catering', 'dining', true, 10, null, 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 150, '银行营业网点', 'Bank branch', 'bank', true, 10, null, 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 160, '电信营业网点', 'Telecom outlet', 'telecom', true, 10, null, 'GB 50180-2018 附录B', 'R', null),
('STREET_10', 170, '公交车站', 'Bus stop', null, true, 10, null, 'GB 50180-2018 附录B', 'R',
 '公交站不属于类别目录'),
-- Ministry of Commerce 2021, within about 8 minutes (V): the 10-minute tier is the nearest that holds them
('STREET_10', 300, '早餐', 'Breakfast', 'breakfast', true, 8, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', '一早'),
('STREET_10', 310, '药店', 'Pharmacy', 'pharmacy', true, 8, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', null),
('STREET_10', 320, '洗染', 'Laundry and dyeing', 'laundry|dry_cleaner', true, 8, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', null),
('STREET_10', 330, '美发', 'Hairdresser', 'barber', true, 8, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', null),
('STREET_10', 340, '菜市场', 'Wet market', 'vegetable_market', true, 8, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', '一菜'),
-- Seed 000: the 10-minute service streets, "mainly dining and convenience shops"
('STREET_10', 500, '餐饮', 'Dining', 'dining', true, 10, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '以餐饮、便民店为主'),
('STREET_10', 510, '便民店', 'Convenience shop', 'convenience_store|supermarket', true, 10, null,
 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '以餐饮、便民店为主'),
-- GB 50180-2018 Appendix B, 5-minute circle (R)
('CIRCLE_5', 10, '社区服务站（含居委会）', 'Community service station (with the residents'' committee)', 'community_service_station',
 true, 5, 300, 'GB 50180-2018 附录B', 'R', '600–1,000 m²'),
('CIRCLE_5', 20, '文化活动站', 'Cultural activity station', 'community_activity_room|cultural_center', true, 5, null,
 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 30, '小型多功能运动（球类）场地', 'Small ball court', 'sports_ground', true, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 40, '室外综合健身场地', 'Outdoor fitness ground', 'outdoor_activity_venue|sports_ground', true, 5, null,
 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 50, '幼儿园', 'Kindergarten', 'kindergarten', true, 5, 300, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 60, '老年人日间照料中心（托老所）', 'Elderly day-care center', 'elder_day_care', true, 5, 300, 'GB 50180-2018 附录B', 'R',
 '350–750 m²'),
('CIRCLE_5', 70, '社区商业网点：超市', 'Neighbourhood shop: supermarket', 'supermarket|convenience_store', true, 5, null,
 'GB 50180-2018 附录B', 'R', '社区商业网点（超市、药店、洗衣店、美发店等），每类一行'),
('CIRCLE_5', 80, '社区商业网点：药店', 'Neighbourhood shop: pharmacy', 'pharmacy', true, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 90, '社区商业网点：洗衣店', 'Neighbourhood shop: laundry', 'laundry|dry_cleaner', true, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 100, '社区商业网点：美发店', 'Neighbourhood shop: hairdresser', 'barber', true, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 110, '再生资源回收点', 'Recycling point', null, true, 5, null, 'GB 50180-2018 附录B', 'R',
 '类别目录中没有再生资源回收点'),
('CIRCLE_5', 120, '生活垃圾收集站', 'Refuse station', null, true, 5, null, 'GB 50180-2018 附录B', 'R',
 '类别目录中没有生活垃圾收集站'),
('CIRCLE_5', 130, '公共厕所', 'Public toilet', 'public_toilet', true, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 140, '社区食堂', 'Community canteen', 'canteen', false, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 150, '托儿所', 'Nursery', 'childcare', false, 5, null, 'GB 50180-2018 附录B', 'R', null),
('CIRCLE_5', 160, '社区卫生服务站', 'Community health station', 'community_health_station', false, 5, null, 'GB 50180-2018 附录B', 'R',
 '120–270 m²'),
-- Ministry of Commerce 2021, within 5 minutes (V)
('CIRCLE_5', 300, '便利店', 'Convenience store', 'convenience_store', true, 5, null, 'MOFCOM 2021 一刻钟便民生活圈', 'V', '一店'),
-- Seed 000: what residents find within 5 minutes, one home-care station per community, the "6 shops"
('CIRCLE_5', 500, '家政服务', 'Housekeeping', 'housekeeping', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', null),
('CIRCLE_5', 510, '法律服务', 'Legal services', null, true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V',
 '类别目录中没有法律服务'),
('CIRCLE_5', 520, '生活服务', 'Daily-life services', 'daily_services', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', null),
('CIRCLE_5', 530, '医疗保健', 'Health care', 'health', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', null),
('CIRCLE_5', 540, '休闲娱乐', 'Leisure', 'culture_sports', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', null),
('CIRCLE_5', 550, '居家养老服务站（日间照料）', 'Home-care station (day care)', 'elder_day_care', true, 5, null,
 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '每个社区一个；报道未给步行时间，按本层级 5 分钟计'),
('CIRCLE_5', 560, '24小时便利店', '24-hour convenience store', 'convenience_store', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V',
 '“6个店”之一；未核对营业时间'),
('CIRCLE_5', 570, '理发店', 'Barber', 'barber', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '“6个店”之一'),
('CIRCLE_5', 580, '缝纫店', 'Tailor', 'tailor', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '“6个店”之一'),
('CIRCLE_5', 590, '维修店', 'Repair shop', 'repair_shop', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '“6个店”之一'),
('CIRCLE_5', 600, '干洗店', 'Dry cleaner', 'dry_cleaner|laundry', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '“6个店”之一'),
('CIRCLE_5', 610, '五交店', 'Hardware and electrical shop', 'hardware_store', true, 5, null, 'Seed 000 如意湖“15、10、5分钟”服务圈', 'V', '“6个店”之一'),
-- GB 50180-2018 Appendix B, residential block (R)
('BLOCK', 10, '物业管理与服务', 'Property management', null, true, 5, null, 'GB 50180-2018 附录B', 'R',
 '物业用房不属于类别目录'),
('BLOCK', 20, '儿童、老年人活动场地', 'Play space for children and elders', 'outdoor_activity_venue', true, 5, null,
 'GB 50180-2018 附录B', 'R', '小区内的场地较少登记在册'),
('BLOCK', 30, '室外健身器械', 'Outdoor fitness equipment', 'outdoor_activity_venue|sports_ground', true, 5, null,
 'GB 50180-2018 附录B', 'R', null),
('BLOCK', 40, '便利店（菜店、日杂等）', 'Convenience store', 'convenience_store|supermarket', true, 5, null, 'GB 50180-2018 附录B', 'R',
 '50–100 m²，每 1,000–3,000 人一处'),
('BLOCK', 50, '邮件和快件送达设施', 'Parcel delivery point', 'parcel_point|post_office', true, 5, null, 'GB 50180-2018 附录B', 'R', null);

-- version 1 of every seeded row
insert into standard_requirement_version (requirement_id, version, change, tier, name_zh, name_en, service_codes, required,
                                          minutes, metres, source, confidence, note, active, changed_by, changed_at)
select id, version, 'CREATED', tier, name_zh, name_en, service_codes, required, minutes, metres, source, confidence, note,
       active, updated_by, updated_at
from standard_requirement;

insert into standard_composition (service_class, area_m2, source, confidence, note) values
('GOVERNMENT', 1000, 'Seed 001 郑东新区便民服务中心标准', 'V',
 '水、电、气、宽带、有线电视缴费等非行政审批类及计生、社保、民政、工商、税务、民警驻点等政务服务'),
('SOCIAL', 6000, 'Seed 001 郑东新区便民服务中心标准', 'V', '社区卫生服务中心、托老所、文化活动中心、综合健身馆等'),
('DAILY_LIFE', 5000, 'Seed 001 郑东新区便民服务中心标准', 'V', '菜市场、小型超市、餐饮、银行、邮政通信服务网点及洗衣、美发、药店、维修等');

insert into standard_function (code, sort_order, name_zh, name_en, service_class, service_codes, source, confidence, note) values
('service_hall', 10, '便民服务大厅', 'Service hall', 'GOVERNMENT', 'service_hall|government_office|utility_payment',
 'Seed 001 体育公园便民服务中心', 'R', '报道点名（便民服务大厅）；办事'),
('farmers_market', 20, '农贸市场', 'Farmers'' market', 'DAILY_LIFE', 'vegetable_market', 'Seed 001 体育公园便民服务中心', 'R',
 '报道点名（农贸市场）；买菜'),
('community_hospital', 30, '社区医院', 'Community hospital', 'SOCIAL',
 'community_health_center|community_health_station|clinic|hospital', 'Seed 001 体育公园便民服务中心', 'R', '报道点名（社区医院）；看病'),
('shopping', 40, '超市购物', 'Supermarket', 'DAILY_LIFE', 'supermarket|convenience_store', 'Seed 001 体育公园便民服务中心', 'R', '购物'),
('dining', 50, '餐饮', 'Dining', 'DAILY_LIFE', 'dining', 'Seed 001 体育公园便民服务中心', 'R', '餐饮、养生配餐'),
('culture_sports', 60, '文体活动', 'Culture and sports', 'SOCIAL',
 'cultural_center|community_activity_room|library|gym|sports_ground', 'Seed 001 体育公园便民服务中心', 'R', '文体活动'),
('elder_care', 70, '托老', 'Elder care', 'SOCIAL', 'elder_day_care', 'Seed 001 体育公园便民服务中心', 'R', '托老'),
('children', 80, '少儿培训、早教', 'Children''s classes and early education', 'SOCIAL', 'training|childcare|kindergarten',
 'Seed 001 体育公园便民服务中心', 'R', '少儿培训、早教（幼教中心）'),
('bank', 90, '银行', 'Bank', 'DAILY_LIFE', 'bank', 'Seed 001 体育公园便民服务中心', 'R', null),
('repair', 100, '维修', 'Repair', 'DAILY_LIFE', 'repair_shop|key_shoe_repair', 'Seed 001 体育公园便民服务中心', 'R', null),
('laundry', 110, '洗衣', 'Laundry', 'DAILY_LIFE', 'laundry|dry_cleaner', 'Seed 001 体育公园便民服务中心', 'R', '洗衣店'),
('hairdressing', 120, '理发', 'Hairdressing', 'DAILY_LIFE', 'barber', 'Seed 001 体育公园便民服务中心', 'R', '老年理发');
