-- identity: caregivers (养老护理员) get accounts, each bound to the home-care station they work for.
-- care_station_id holds a care module id without a foreign key, as community_id and center_id do,
-- so that identity's tables do not depend on another module's.

alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('RESIDENT', 'COMMUNITY_STAFF', 'CENTER_OPERATOR',
                                                                    'CARE_DISPATCHER', 'CAREGIVER', 'PLANNER', 'DISTRICT_ADMIN'));
alter table app_user add column care_station_id bigint;
alter table app_user add constraint app_user_caregiver_station_check check (role <> 'CAREGIVER' or care_station_id is not null);
