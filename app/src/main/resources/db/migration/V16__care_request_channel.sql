-- care: the request channels the database accepts are exactly care.request.Channel's. V14 also allowed 'SERIES',
-- which the platform never writes (a series' requests carry the channel of whoever filed the series); a row with it
-- could not be read back (the demo's history once wrote some, and the family page failed on them).
update care_request set channel = 'DISPATCHER_PHONE' where channel = 'SERIES';
alter table care_request drop constraint care_request_channel_check;
alter table care_request add constraint care_request_channel_check
    check (channel in ('FAMILY_ONLINE', 'ELDER_ONLINE', 'COMMUNITY_STAFF', 'DISPATCHER_PHONE'));
alter table care_request_series add constraint care_request_series_channel_check
    check (channel in ('FAMILY_ONLINE', 'ELDER_ONLINE', 'COMMUNITY_STAFF', 'DISPATCHER_PHONE'));

-- the reports read a period's requests per community (part D)
create index care_request_community_day_idx on care_request (community_id, day);
