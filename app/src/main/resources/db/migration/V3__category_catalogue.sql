-- The category catalogue (data, editable by planners): the 5-minute service handbook's 11
-- categories and, beneath them, the kinds of service named by the seeds' center standard,
-- GB 50180-2018 and the Ministry of Commerce guideline. service_class places a kind in the
-- seeds' three classes (政务服务 GOVERNMENT, 社会事务服务 SOCIAL, 生活服务 DAILY_LIFE).
-- Mappings: OpenStreetMap tags and AMap type-code prefixes (starting table in STANDARDS.md;
-- no official crosswalk exists, so the table is data a planner can correct).

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order) values
    ('dining', null, '餐饮酒吧类', 'Dining and bars', null, 10),
    ('health', null, '医疗卫生类', 'Medical and health', null, 20),
    ('beauty', null, '美容美发类', 'Beauty and hairdressing', null, 30),
    ('appliance_repair', null, '家电维修类', 'Appliance repair', null, 40),
    ('daily_services', null, '生活服务类', 'Daily-life services', null, 50),
    ('housekeeping', null, '家政服务类', 'Housekeeping', null, 60),
    ('public_services', null, '公共服务类', 'Public services', null, 70),
    ('education', null, '教育类', 'Education', null, 80),
    ('agency', null, '中介服务类', 'Agency services', null, 90),
    ('culture_sports', null, '文化体育类', 'Culture and sports', null, 100),
    ('shopping', null, '购物服务类', 'Shopping', null, 110);

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('restaurant', '餐馆', 'Restaurant', 'DAILY_LIFE', 10),
    ('breakfast', '早餐店', 'Breakfast shop', 'DAILY_LIFE', 20),
    ('canteen', '居民食堂', 'Community canteen', 'DAILY_LIFE', 30),
    ('cafe', '咖啡馆', 'Cafe', 'DAILY_LIFE', 40),
    ('bar', '酒吧', 'Bar', 'DAILY_LIFE', 50)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'dining';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('pharmacy', '药店', 'Pharmacy', 'DAILY_LIFE', 10),
    ('clinic', '诊所', 'Clinic', 'SOCIAL', 20),
    ('dental', '口腔诊所', 'Dental clinic', 'SOCIAL', 30),
    ('community_health_center', '社区卫生服务中心', 'Community health center', 'SOCIAL', 40),
    ('community_health_station', '社区卫生服务站', 'Community health station', 'SOCIAL', 50),
    ('hospital', '医院', 'Hospital', 'SOCIAL', 60)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'health';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('barber', '理发店', 'Barber', 'DAILY_LIFE', 10),
    ('beauty_salon', '美容店', 'Beauty salon', 'DAILY_LIFE', 20)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'beauty';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('repair_shop', '维修店', 'Repair shop', 'DAILY_LIFE', 10)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'appliance_repair';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('laundry', '洗衣店', 'Laundry', 'DAILY_LIFE', 10),
    ('dry_cleaner', '干洗店', 'Dry cleaner', 'DAILY_LIFE', 20),
    ('tailor', '缝纫店', 'Tailor', 'DAILY_LIFE', 30),
    ('key_shoe_repair', '配钥匙修鞋', 'Keys and shoe repair', 'DAILY_LIFE', 40),
    ('parcel_point', '快递驿站', 'Parcel point', 'DAILY_LIFE', 50)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'daily_services';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('housekeeping_agency', '家政公司', 'Housekeeping agency', 'DAILY_LIFE', 10)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'housekeeping';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('service_hall', '便民服务大厅', 'Service hall', 'GOVERNMENT', 10),
    ('government_office', '政务服务机构', 'Government office', 'GOVERNMENT', 20),
    ('community_service_station', '社区服务站（居委会）', 'Community service station', 'GOVERNMENT', 30),
    ('police_desk', '警务室', 'Police desk', 'GOVERNMENT', 40),
    ('utility_payment', '缴费网点', 'Utility payment point', 'GOVERNMENT', 50),
    ('elder_day_care', '日间照料中心（托老所）', 'Elder day care', 'SOCIAL', 60),
    ('bank', '银行', 'Bank', 'DAILY_LIFE', 70),
    ('post_office', '邮政网点', 'Post office', 'DAILY_LIFE', 80),
    ('telecom', '通信营业厅', 'Telecom outlet', 'DAILY_LIFE', 90),
    ('public_toilet', '公共厕所', 'Public toilet', 'SOCIAL', 100)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'public_services';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('kindergarten', '幼儿园', 'Kindergarten', 'SOCIAL', 10),
    ('primary_school', '小学', 'Primary school', 'SOCIAL', 20),
    ('middle_school', '中学', 'Middle school', 'SOCIAL', 30),
    ('childcare', '托育机构', 'Childcare', 'SOCIAL', 40),
    ('training', '培训机构', 'Training school', 'DAILY_LIFE', 50)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'education';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('estate_agent', '房产中介', 'Estate agent', 'DAILY_LIFE', 10),
    ('employment_agency', '职业介绍', 'Employment agency', 'SOCIAL', 20),
    ('travel_agent', '旅行社', 'Travel agent', 'DAILY_LIFE', 30),
    ('insurance', '保险代理', 'Insurance agent', 'DAILY_LIFE', 40)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'agency';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('cultural_center', '文化活动中心', 'Cultural activity center', 'SOCIAL', 10),
    ('community_activity_room', '社区活动室', 'Community activity room', 'SOCIAL', 20),
    ('outdoor_activity_venue', '室外文化活动场所', 'Outdoor activity venue', 'SOCIAL', 30),
    ('library', '图书室', 'Library', 'SOCIAL', 40),
    ('gym', '综合健身馆', 'Gym', 'SOCIAL', 50),
    ('sports_ground', '运动场地', 'Sports ground', 'SOCIAL', 60)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'culture_sports';

insert into category (code, parent_id, name_zh, name_en, service_class, sort_order)
select v.code, p.id, v.name_zh, v.name_en, v.service_class, v.sort_order from category p, (values
    ('vegetable_market', '菜市场', 'Vegetable market', 'DAILY_LIFE', 10),
    ('supermarket', '超市', 'Supermarket', 'DAILY_LIFE', 20),
    ('convenience_store', '便利店', 'Convenience store', 'DAILY_LIFE', 30),
    ('hardware_store', '五交化商店', 'Hardware and electrical shop', 'DAILY_LIFE', 40),
    ('mall', '商场', 'Shopping mall', 'DAILY_LIFE', 50)
) as v (code, name_zh, name_en, service_class, sort_order) where p.code = 'shopping';

insert into category_mapping (category_id, source, pattern, name_keywords, note)
select c.id, v.source, v.pattern, v.name_keywords, v.note from category c join (values
    ('restaurant', 'OSM', 'amenity=restaurant', null, null),
    ('restaurant', 'OSM', 'amenity=food_court', null, null),
    ('breakfast', 'OSM', 'amenity=fast_food', null, null),
    ('cafe', 'OSM', 'amenity=cafe', null, null),
    ('bar', 'OSM', 'amenity=bar', null, null),
    ('bar', 'OSM', 'amenity=pub', null, null),
    ('dining', 'AMAP', '05', null, '05xxxx 餐饮服务'),
    ('breakfast', 'AMAP', '05', '早餐|早点|包子|豆浆', null),
    ('canteen', 'AMAP', '05', '食堂', null),
    ('cafe', 'AMAP', '0505', null, '咖啡厅'),
    ('bar', 'AMAP', '080304', null, '酒吧 (under entertainment)'),
    ('pharmacy', 'OSM', 'amenity=pharmacy', null, null),
    ('pharmacy', 'OSM', 'shop=chemist', null, null),
    ('clinic', 'OSM', 'amenity=clinic', null, null),
    ('clinic', 'OSM', 'amenity=doctors', null, null),
    ('dental', 'OSM', 'amenity=dentist', null, null),
    ('hospital', 'OSM', 'amenity=hospital', null, null),
    ('health', 'OSM', 'healthcare=*', null, null),
    ('pharmacy', 'AMAP', '0906', null, '医药保健销售店'),
    ('clinic', 'AMAP', '0903', null, '诊所'),
    ('dental', 'AMAP', '090202', null, '口腔医院'),
    ('hospital', 'AMAP', '0901', null, '综合医院'),
    ('community_health_center', 'AMAP', '0901', '社区卫生服务中心', null),
    ('community_health_station', 'AMAP', '0903', '社区卫生服务站|卫生室', null),
    ('health', 'AMAP', '09', null, '09xxxx 医疗保健服务'),
    ('barber', 'OSM', 'shop=hairdresser', null, null),
    ('beauty_salon', 'OSM', 'shop=beauty', null, null),
    ('beauty', 'AMAP', '0711', null, '美容美发店'),
    ('barber', 'AMAP', '0711', '理发|美发|发型', null),
    ('repair_shop', 'OSM', 'craft=electronics_repair', null, null),
    ('repair_shop', 'OSM', 'craft=hvac', null, null),
    ('repair_shop', 'OSM', 'shop=repair', null, null),
    ('repair_shop', 'AMAP', '0712', null, '维修站点'),
    ('laundry', 'OSM', 'shop=laundry', null, null),
    ('dry_cleaner', 'OSM', 'shop=dry_cleaning', null, null),
    ('tailor', 'OSM', 'shop=tailor', null, null),
    ('tailor', 'OSM', 'craft=tailor', null, null),
    ('key_shoe_repair', 'OSM', 'craft=key_cutter', null, null),
    ('key_shoe_repair', 'OSM', 'craft=shoemaker', null, null),
    ('key_shoe_repair', 'OSM', 'shop=shoe_repair', null, null),
    ('parcel_point', 'OSM', 'amenity=parcel_locker', null, null),
    ('laundry', 'AMAP', '0715', null, '洗衣店'),
    ('dry_cleaner', 'AMAP', '0715', '干洗', null),
    ('daily_services', 'AMAP', '0713', null, '摄影冲印'),
    ('daily_services', 'AMAP', '0717', null, '其他生活服务'),
    ('parcel_point', 'AMAP', '0705', null, '物流速递'),
    ('daily_services', 'AMAP', '0706', null, '电讯营业厅 (grouped as daily-life in the starting table)'),
    ('telecom', 'AMAP', '0706', '营业厅|移动|联通|电信', null),
    ('housekeeping_agency', 'OSM', 'craft=cleaning', null, null),
    ('housekeeping_agency', 'OSM', 'office=employment_agency', '家政|保洁|月嫂|保姆', null),
    ('housekeeping_agency', 'AMAP', '07', '家政|保洁|月嫂|保姆', '070000 plus name keywords'),
    ('government_office', 'OSM', 'amenity=townhall', null, null),
    ('government_office', 'OSM', 'office=government', null, null),
    ('police_desk', 'OSM', 'amenity=police', null, null),
    ('post_office', 'OSM', 'amenity=post_office', null, null),
    ('bank', 'OSM', 'amenity=bank', null, null),
    ('public_toilet', 'OSM', 'amenity=toilets', null, null),
    ('elder_day_care', 'OSM', 'amenity=social_facility', null, null),
    ('elder_day_care', 'OSM', 'social_facility=day_care', null, null),
    ('government_office', 'AMAP', '130105', null, '区县级政府及事业单位'),
    ('government_office', 'AMAP', '130106', null, '乡镇级政府及事业单位'),
    ('community_service_station', 'AMAP', '120304', null, '社区中心'),
    ('police_desk', 'AMAP', '130501', null, '公安警察'),
    ('post_office', 'AMAP', '0704', null, '邮局'),
    ('bank', 'AMAP', '1601', null, '银行'),
    ('public_toilet', 'AMAP', '200300', null, '公共厕所'),
    ('service_hall', 'AMAP', '1301', '便民服务|政务服务|行政审批', null),
    ('elder_day_care', 'AMAP', '', '日间照料|托老|养老服务站', 'any code with these name keywords'),
    ('kindergarten', 'OSM', 'amenity=kindergarten', null, null),
    ('primary_school', 'OSM', 'amenity=school', null, null),
    ('childcare', 'OSM', 'amenity=childcare', null, null),
    ('training', 'OSM', 'amenity=language_school', null, null),
    ('training', 'OSM', 'amenity=music_school', null, null),
    ('kindergarten', 'AMAP', '141204', null, '幼儿园'),
    ('primary_school', 'AMAP', '141203', null, '小学'),
    ('middle_school', 'AMAP', '141202', null, '中学'),
    ('training', 'AMAP', '1414', null, '培训机构'),
    ('education', 'AMAP', '1415', null, '驾校等'),
    ('estate_agent', 'OSM', 'office=estate_agent', null, null),
    ('employment_agency', 'OSM', 'office=employment_agency', null, null),
    ('travel_agent', 'OSM', 'shop=travel_agency', null, null),
    ('travel_agent', 'OSM', 'office=travel_agent', null, null),
    ('insurance', 'OSM', 'office=insurance', null, null),
    ('estate_agent', 'AMAP', '0716', null, '中介机构'),
    ('agency', 'AMAP', '0707', null, 'starting table, 中介服务类'),
    ('agency', 'AMAP', '0708', null, 'starting table, 中介服务类'),
    ('agency', 'AMAP', '0701', null, 'starting table, 中介服务类'),
    ('library', 'OSM', 'amenity=library', null, null),
    ('cultural_center', 'OSM', 'amenity=arts_centre', null, null),
    ('community_activity_room', 'OSM', 'amenity=community_centre', null, null),
    ('culture_sports', 'OSM', 'amenity=cinema', null, null),
    ('gym', 'OSM', 'leisure=sports_centre', null, null),
    ('gym', 'OSM', 'leisure=fitness_centre', null, null),
    ('sports_ground', 'OSM', 'leisure=pitch', null, null),
    ('outdoor_activity_venue', 'OSM', 'leisure=park', null, null),
    ('culture_sports', 'AMAP', '0801', null, '运动场馆'),
    ('gym', 'AMAP', '080111', null, '健身中心'),
    ('culture_sports', 'AMAP', '0806', null, '影剧院'),
    ('library', 'AMAP', '140500', null, '图书馆'),
    ('cultural_center', 'AMAP', '140800', null, '文化宫'),
    ('outdoor_activity_venue', 'AMAP', '1101', null, '公园广场'),
    ('supermarket', 'OSM', 'shop=supermarket', null, null),
    ('convenience_store', 'OSM', 'shop=convenience', null, null),
    ('vegetable_market', 'OSM', 'shop=greengrocer', null, null),
    ('vegetable_market', 'OSM', 'amenity=marketplace', null, null),
    ('mall', 'OSM', 'shop=mall', null, null),
    ('hardware_store', 'OSM', 'shop=hardware', null, null),
    ('hardware_store', 'OSM', 'shop=doityourself', null, null),
    ('convenience_store', 'AMAP', '0602', null, '便民商店/便利店'),
    ('supermarket', 'AMAP', '0604', null, '超级市场'),
    ('vegetable_market', 'AMAP', '060703', null, '综合市场/农贸'),
    ('vegetable_market', 'AMAP', '060704', null, '综合市场'),
    ('vegetable_market', 'AMAP', '060705', null, '综合市场'),
    ('vegetable_market', 'AMAP', '060706', null, '综合市场'),
    ('mall', 'AMAP', '0601', null, '商场'),
    ('hardware_store', 'AMAP', '0610', null, '家居建材/五金')
) as v (code, source, pattern, name_keywords, note) on c.code = v.code;
