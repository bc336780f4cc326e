DROP TABLE digest_items;
DROP TABLE notification_prefs;
